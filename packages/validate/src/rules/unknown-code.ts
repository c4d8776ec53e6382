import { valuesAt } from '../walk.js';
import { codelist, codeOf, fieldsOf, rowOf } from './codes.js';
import { found, type Rule } from './rule.js';

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
    const problems = [];
    for (const field of fieldsOf(record.type)) {
      if (!field.codelist || field.closed) continue;
      const list = codelist(field.codelist);
      if (!list || list.rows.length === 0) continue;
      for (const { pointer, value } of valuesAt(record, field.path)) {
        if (typeof value !== 'string') continue;
        const code = codeOf(field.codelist, value);
        if (rowOf(field.codelist, code)) continue;
        problems.push(found(this, pointer, `"${code}" is not in the ${field.codelist} codelist; check the spelling, or propose the new code to the standard.`));
      }
    }
    return problems;
  },
};
