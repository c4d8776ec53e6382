import type { IndexedField } from '@gpos/schema';
import { valuesAt } from '../walk.js';
import { codeOf, hasDeprecated, presentFieldsWhere, rowOf } from './codes.js';
import { found, type Rule } from './rule.js';

const hasDeprecatedCodes = (f: IndexedField) => Boolean(f.codelist && hasDeprecated(f.codelist));

export const deprecatedCode: Rule = {
  code: 'deprecated_code',
  severity: 'warning',
  title: 'Deprecated codes',
  summary: 'A code that its codelist marks as deprecated (the `deprecated` column gives the version).',
  rationale: 'Deprecated codes stay valid so old data still validates, but new data should use their replacement: the code will be removed in the next major version.',
  wrong: { status: '(a code whose codelist row has deprecated = 1.1.0)' },
  right: { status: '(the code that replaces it)' },
  check(record) {
    const problems = [];
    for (const field of presentFieldsWhere(record, record.type, hasDeprecatedCodes)) {
      for (const { pointer, value } of valuesAt(record, field.path)) {
        if (typeof value !== 'string') continue;
        const row = rowOf(field.codelist!, codeOf(field.codelist!, value));
        if (row?.deprecated) {
          problems.push(found(this, pointer, `"${row.code}" is deprecated in the ${field.codelist} codelist since version ${row.deprecated}; use its replacement (see the codelist's description).`));
        }
      }
    }
    return problems;
  },
};
