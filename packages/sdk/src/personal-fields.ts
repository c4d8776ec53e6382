import { fieldIndex, findCode, type PersonalDataMarking } from '@gpos/schema';
import type { Tlp } from '@gpos/types';
import { isTlp, stricterTlp } from './tlp.js';

/** A personal-data field of one record family, as the schema marks it. */
export interface PersonalField {
  readonly path: readonly string[];
  readonly marking: PersonalDataMarking;
  /** The codelist the field takes its codes from, when it has one. */
  readonly codelist?: string;
}

/** Every field the schema marks `x-gpos-personal-data` in the given record family (empty for an unknown family). */
export function personalFieldsOf(type: string): readonly PersonalField[] {
  const fields = Object.hasOwn(fieldIndex, type) ? fieldIndex[type] ?? [] : [];
  return fields.flatMap((f) => (f.personal ? [{ path: f.path, marking: f.personal, ...(f.codelist ? { codelist: f.codelist } : {}) }] : []));
}

/**
 * The lowest TLP under which a personal value may travel in `record`: its `min_tlp`, raised by the indicator
 * kind's `min_tlp` for observable values (an unknown kind counts as TLP:RED, so nothing leaks by mistake), or —
 * for fields whose own codelist sets a minimum per code, such as `vulnerability` and `victim_role` — the minimum of
 * the code `value`, the field's `min_tlp` when the code has none or no value is given.
 */
export function minTlpOf(marking: PersonalDataMarking, record: Readonly<Record<string, unknown>>, value?: unknown, codelist?: string): Tlp {
  const by = marking.min_tlp_by;
  if (by === undefined) return marking.min_tlp;
  if (by === 'indicator_kind.min_tlp') {
    const observable = record.observable;
    const kind = observable && typeof observable === 'object' ? (observable as Record<string, unknown>).kind : undefined;
    const raised = typeof kind === 'string' ? findCode('indicator_kind', kind)?.min_tlp : undefined;
    return isTlp(raised) ? stricterTlp(marking.min_tlp, raised) : 'red';
  }
  const [list, column] = by.split('.');
  if (list === undefined || column === undefined || (codelist !== undefined && list !== codelist)) return 'red';
  if (typeof value !== 'string') return marking.min_tlp;
  const own = findCode(list, value)?.[column];
  return isTlp(own) ? own : marking.min_tlp;
}

/** A place in a record where a field value sits: its parent object or array and its key there. */
export interface FieldLocation {
  readonly parent: Record<string, unknown> | unknown[];
  readonly key: string | number;
  readonly pointer: string;
}

const escape = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

/** Every present value at a fieldIndex path (`*` any array item, `{}` any map value). */
export function locate(root: unknown, path: readonly string[]): FieldLocation[] {
  const out: FieldLocation[] = [];
  const walk = (node: unknown, depth: number, pointer: string) => {
    if (depth === path.length || node === null || typeof node !== 'object') return;
    const step = path[depth]!;
    const children: [string | number, unknown][] =
      step === '*'
        ? Array.isArray(node) ? node.map((v, i) => [i, v]) : []
        : step === '{}'
          ? Array.isArray(node) ? [] : Object.entries(node)
          : !Array.isArray(node) && Object.hasOwn(node, step) ? [[step, (node as Record<string, unknown>)[step]]] : [];
    for (const [key, child] of children) {
      const here = `${pointer}/${escape(key)}`;
      if (depth === path.length - 1) {
        if (child !== undefined) out.push({ parent: node as Record<string, unknown> | unknown[], key, pointer: here });
      } else walk(child, depth + 1, here);
    }
  };
  walk(root, 0, '');
  return out;
}
