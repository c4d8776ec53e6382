import type { IndexedField } from '@gpos/schema';
import { valuesAt } from '../walk.js';
import { fieldsWhere } from './codes.js';
import { found, type Rule } from './rule.js';

const isDeprecated = (f: IndexedField) => Boolean(f.deprecated);

export const deprecatedField: Rule = {
  code: 'deprecated_field',
  severity: 'warning',
  title: 'Deprecated fields',
  summary: 'A field the schema marks `deprecated: true`.',
  rationale: 'Deprecated fields still validate so old data keeps working, but they will be removed in the next major version; new data should use the field that replaces them (named in the field description).',
  wrong: { '(deprecated field)': '…' },
  right: { '(its replacement)': '…' },
  check(record) {
    const problems = [];
    for (const field of fieldsWhere(record.type, isDeprecated)) {
      for (const { pointer } of valuesAt(record, field.path)) {
        problems.push(found(this, pointer, `"${field.path.filter((p) => p !== '*').join('.')}" is deprecated; move the data to the field that replaces it (see the schema reference).`));
      }
    }
    return problems;
  },
};
