import type { IndexedField } from '@gpos/schema';
import { tlpRank } from '@gpos/schema/constants';
import { eachAt, isObject } from '../walk.js';
import { presentFieldsWhere } from './codes.js';
import { coveringMarking, isTlp, markingsOf, minimumOf, tlpLabel as label } from './personal-data.js';
import { found, type Rule } from './rule.js';

const present = (v: unknown) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);
const isPersonal = (f: IndexedField) => Boolean(f.personal);

export const personalDataBelowTlp: Rule = {
  code: 'personal_data_below_tlp',
  severity: 'error',
  title: 'Personal data at or above its minimum TLP',
  summary:
    'A record may carry a field marked as personal data only when its tlp is at least the minimum the schema sets for that field (raised per indicator kind for observable values, set per code for vulnerabilities and victim roles); a case narrative is judged by its own tlp, TLP:RED when absent. A value covered by one of the record\'s `markings` is judged by that marking instead (rule marking_below_minimum).',
  rationale:
    'The schema marks personal data (x-gpos-personal-data) with the least restrictive TLP under which it may travel. A victim\'s vulnerability at TLP:GREEN, or a personal bank account number at TLP:CLEAR, is a data-protection breach the moment the record is shared.',
  wrong: { tlp: 'green', victim: { vulnerability: ['elderly'] } },
  right: { tlp: 'amber', victim: { vulnerability: ['elderly'] } },
  check(record) {
    if (!isTlp(record.tlp)) return [];
    const tlp = record.tlp;
    const markings = markingsOf(record);
    const problems: ReturnType<Rule['check']> = [];
    const fields = presentFieldsWhere(record, record.type, isPersonal);
    if (fields.length === 0) return problems;
    // one visitor for every field (the field being visited is `field`)
    let field = fields[0]!;
    const visit = (value: unknown, at: () => string) => {
      if (!present(value)) return;
      const marking = field.personal!;
      const min = minimumOf(field, record, value);
      if (marking.category === 'narrative' && isObject(value)) {
        const own = isTlp(value.tlp) ? value.tlp : 'red';
        if (tlpRank(own) < tlpRank(min)) {
          problems.push(found(this, `${at()}/tlp`, `The narrative is marked ${label(own)} but may hold personal data, which needs at least ${label(min)}; raise its tlp or leave tlp out (TLP:RED).`));
        }
        return;
      }
      // the pointer is built only when a marking may cover the value, or for a problem
      if (markings.length > 0 && coveringMarking(markings, at())) return;
      if (tlpRank(tlp) < tlpRank(min)) {
        const what = typeof value === 'string' && field.path.at(-1) === '*' ? `"${value}" in "${field.path.slice(0, -1).join('.')}"` : `"${field.path.filter((p) => p !== '*').join('.')}"`;
        problems.push(found(this, at(), `${what} is personal data (${marking.category}) and needs at least ${label(min)}, but the record is ${label(tlp)}; raise the record's tlp, mark the field with at least ${label(min)} in markings, or remove it.`));
      }
    };
    for (field of fields) eachAt(record, field.path, visit);
    return problems;
  },
};
