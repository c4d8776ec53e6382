import { TLP_ORDER, tlpRank, type IndexedField, type TlpCode } from '@gpos/schema';
import { get, isObject, valuesAt } from '../walk.js';
import { fieldsWhere, rowOf } from './codes.js';
import { found, type Rule } from './rule.js';

const isTlp = (v: unknown): v is TlpCode => typeof v === 'string' && (TLP_ORDER as readonly string[]).includes(v);
const present = (v: unknown) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);
const label = (tlp: string) => `TLP:${tlp.toUpperCase()}`;

/** The minimum a `min_tlp_by` codelist column sets for this record, e.g. `indicator_kind.min_tlp` by the observable's kind. */
function raisedBy(column: string | undefined, record: unknown): TlpCode | undefined {
  if (column !== 'indicator_kind.min_tlp') return undefined;
  const kind = get(record, 'observable', 'kind');
  if (typeof kind !== 'string') return undefined;
  const value = rowOf('indicator_kind', kind)?.min_tlp;
  return isTlp(value) ? value : undefined;
}

const isPersonal = (f: IndexedField) => Boolean(f.personal);

export const personalDataBelowTlp: Rule = {
  code: 'personal_data_below_tlp',
  severity: 'error',
  title: 'Personal data at or above its minimum TLP',
  summary:
    'A record may carry a field marked as personal data only when its tlp is at least the minimum the schema sets for that field (raised per indicator kind for observable values); a case narrative is judged by its own tlp, TLP:RED when absent.',
  rationale:
    'The schema marks personal data (x-gpos-personal-data) with the least restrictive TLP under which it may travel. A victim\'s vulnerability at TLP:GREEN, or a personal bank account number at TLP:CLEAR, is a data-protection breach the moment the record is shared.',
  wrong: { tlp: 'green', victim: { vulnerability: ['elderly'] } },
  right: { tlp: 'amber+strict', victim: { vulnerability: ['elderly'] } },
  check(record) {
    if (!isTlp(record.tlp)) return [];
    const problems = [];
    for (const field of fieldsWhere(record.type, isPersonal)) {
      const marking = field.personal!;
      let min: TlpCode = marking.min_tlp;
      const raised = raisedBy(marking.min_tlp_by, record);
      if (raised && tlpRank(raised) > tlpRank(min)) min = raised;
      for (const { pointer, value } of valuesAt(record, field.path)) {
        if (!present(value)) continue;
        if (marking.category === 'narrative' && isObject(value)) {
          const own = isTlp(value.tlp) ? value.tlp : 'red';
          if (tlpRank(own) < tlpRank(min)) {
            problems.push(found(this, `${pointer}/tlp`, `The narrative is marked ${label(own)} but may hold personal data, which needs at least ${label(min)}; raise its tlp or leave tlp out (TLP:RED).`));
          }
          continue;
        }
        if (tlpRank(record.tlp) < tlpRank(min)) {
          problems.push(found(this, pointer, `"${field.path.filter((p) => p !== '*').join('.')}" is personal data (${marking.category}) and needs at least ${label(min)}, but the record is ${label(record.tlp)}; raise the record's tlp or remove the field.`));
        }
      }
    }
    return problems;
  },
};
