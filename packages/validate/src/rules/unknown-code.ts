import type { IndexedField } from '@gpos/schema';
import { eachAt } from '../walk.js';
import { codelist, codeOf, presentFieldsWhere, rowOf } from './codes.js';
import { found, type Rule } from './rule.js';

/** Fields with an open codelist that lists some codes (an empty list means any code is fine for now). */
const isOpenCodelist = (field: IndexedField) => Boolean(field.codelist && !field.closed && (codelist(field.codelist)?.rows.length ?? 0) > 0);

export const unknownCode: Rule = {
  code: 'unknown_code',
  severity: 'warning',
  title: 'Codes from open codelists',
  summary: 'A value of a field with an open codelist that is not (yet) in the codelist.',
  rationale:
    'Open codelists (typology, channels, payment methods, organisation schemes…) accept new codes so partners are never blocked, but an unlisted code is often a typo and cannot be aggregated with anyone else\'s data until it is proposed and added. Closed codelists reject unknown codes in the schema itself.',
  wrong: { scam_type: 'investmnet.relationship' },
  right: { scam_type: 'investment.relationship' },
  check(record) {
    const problems: ReturnType<Rule['check']> = [];
    const fields = presentFieldsWhere(record, record.type, isOpenCodelist);
    if (fields.length === 0) return problems;
    // one visitor for every field (the codelist of the field being visited is `name`)
    let name = '';
    const visit = (value: unknown, pointer: () => string) => {
      if (typeof value !== 'string') return;
      const code = codeOf(name, value);
      if (rowOf(name, code)) return;
      problems.push(found(this, pointer(), `"${code}" is not in the ${name} codelist; check the spelling, or propose the new code to the standard.`));
    };
    for (const field of fields) {
      name = field.codelist!;
      eachAt(record, field.path, visit);
    }
    return problems;
  },
};
