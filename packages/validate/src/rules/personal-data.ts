import type { IndexedField } from '@gpos/schema';
import { TLP_ORDER, type TlpCode } from '@gpos/schema/constants';
import { tokensOf } from '../pointer.js';
import { get } from '../walk.js';
import { rowOf } from './codes.js';

export const isTlp = (v: unknown): v is TlpCode => typeof v === 'string' && (TLP_ORDER as readonly string[]).includes(v);
export const tlpLabel = (tlp: string) => `TLP:${tlp.toUpperCase()}`;

/**
 * The lowest TLP under which one personal value may travel. `min_tlp_by` names a codelist column:
 * `indicator_kind.min_tlp` raises the field's minimum by the observable's kind; a column of the field's own
 * codelist (`vulnerability.min_tlp`, `victim_role.min_tlp`) sets the minimum of each code in place of the field's
 * default, which still applies to codes the list does not know or leaves empty.
 */
export function minimumOf(field: IndexedField, record: unknown, value: unknown): TlpCode {
  const marking = field.personal!;
  const by = marking.min_tlp_by;
  if (by === undefined) return marking.min_tlp;
  if (by === 'indicator_kind.min_tlp') {
    const kind = get(record, 'observable', 'kind');
    const raised = typeof kind === 'string' ? rowOf('indicator_kind', kind)?.min_tlp : undefined;
    return isTlp(raised) && TLP_ORDER.indexOf(raised) > TLP_ORDER.indexOf(marking.min_tlp) ? raised : marking.min_tlp;
  }
  const [list, column] = by.split('.');
  if (list !== undefined && column !== undefined && list === field.codelist && typeof value === 'string') {
    const own = rowOf(list, value)?.[column];
    if (isTlp(own)) return own;
  }
  return marking.min_tlp;
}

/** True when the field's minimum is set per code by its own codelist: the only values a marking may lower. */
export const setPerCode = (field: IndexedField) => {
  const by = field.personal?.min_tlp_by;
  return by !== undefined && field.codelist !== undefined && by.startsWith(`${field.codelist}.`);
};

/** One well-formed entry of a record's `markings`. */
export interface Marking {
  readonly index: number;
  readonly pointer: string;
  readonly tokens: readonly string[];
  readonly tlp: TlpCode;
}

/** The record's well-formed markings (a schema-invalid entry is the schema's to report). */
export function markingsOf(record: unknown): Marking[] {
  const list = get(record, 'markings');
  if (!Array.isArray(list)) return [];
  const out: Marking[] = [];
  list.forEach((m: unknown, index) => {
    const pointer = get(m, 'pointer');
    const tlp = get(m, 'tlp');
    if (typeof pointer === 'string' && pointer.startsWith('/') && isTlp(tlp)) out.push({ index, pointer, tokens: tokensOf(pointer), tlp });
  });
  return out;
}

const startsWith = (tokens: readonly string[], prefix: readonly string[]) => prefix.length <= tokens.length && prefix.every((t, i) => tokens[i] === t);

/** The deepest marking that covers the value at `pointer` (names it or one of its ancestors), if any. */
export function coveringMarking(markings: readonly Marking[], pointer: string, except?: Marking): Marking | undefined {
  const tokens = tokensOf(pointer);
  let best: Marking | undefined;
  for (const m of markings) {
    if (m === except || !startsWith(tokens, m.tokens)) continue;
    if (!best || m.tokens.length > best.tokens.length) best = m;
  }
  return best;
}
