import { rowOf } from './codes.js';
import { found, type Rule } from './rule.js';

/** The family a record or observable id names: the part before `--`. */
export const familyOf = (id: string): string => id.slice(0, Math.max(0, id.indexOf('--')));

/** Whether `family` is among the space-separated families of a `relationship_type` column, `*` meaning any. */
function allows(column: string | undefined, family: string): boolean {
  if (column === undefined) return true;
  return column === '*' || column.split(' ').includes(family);
}

const list = (column: string) => (column === '*' ? 'any record' : column.split(' ').join(', '));

export const relationshipTypeMismatch: Rule = {
  code: 'relationship_type_mismatch',
  severity: 'error',
  title: 'Relationship types fit what they connect',
  summary:
    'The families of `source_ref` and `target_ref` (the part of each id before `--`) must be among those the `relationship_type` codelist allows for the type, in its `source_types` and `target_types` columns.',
  rationale:
    'A relationship is a sentence, "source <type> target": "this wallet is controlled by this operation" is meaningful, "this operation is controlled by this wallet" is the inverse written the wrong way round, and "this statistic impersonates this case" means nothing. Recipients build graphs from relationships and follow them by type; a relationship read backwards attributes a scam to the wrong party.',
  wrong: { type: 'relationship', relationship_type: 'controlled_by', source_ref: 'operation--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e', target_ref: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0f' },
  right: { type: 'relationship', relationship_type: 'controls', source_ref: 'operation--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e', target_ref: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0f' },
  families: ['relationship'],
  check(record) {
    if (record.type !== 'relationship') return [];
    const row = rowOf('relationship_type', record.relationship_type);
    if (!row) return [];
    const problems = [];
    const source = familyOf(record.source_ref);
    const target = familyOf(record.target_ref);
    const inverse = row.inverse && row.inverse !== record.relationship_type ? rowOf('relationship_type', row.inverse) : undefined;
    const reversed = inverse !== undefined && allows(inverse.source_types, source) && allows(inverse.target_types, target);
    const hint = reversed ? ` Did you mean "${row.inverse}", its inverse?` : '';
    if (!allows(row.source_types, source)) {
      problems.push(found(this, '/source_ref', `A "${record.relationship_type}" relationship starts from ${list(row.source_types!)}, not from a${/^[aeiou]/.test(source) ? 'n' : ''} ${source}.${hint}`));
    }
    if (!allows(row.target_types, target)) {
      problems.push(found(this, '/target_ref', `A "${record.relationship_type}" relationship points to ${list(row.target_types!)}, not to a${/^[aeiou]/.test(target) ? 'n' : ''} ${target}.${problems.length ? '' : hint}`));
    }
    return problems;
  },
};

export const relationshipToSelf: Rule = {
  code: 'relationship_to_self',
  severity: 'error',
  title: 'No relationship to itself',
  summary: 'A relationship\'s `source_ref` and `target_ref` must name different records.',
  rationale:
    'A record related to itself says nothing and is almost always a copy-and-paste mistake in which the intended target was lost. Graph tools also loop or double-count on self-edges.',
  wrong: { type: 'relationship', relationship_type: 'same_as', source_ref: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e', target_ref: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e' },
  right: { type: 'relationship', relationship_type: 'same_as', source_ref: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e', target_ref: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0f' },
  families: ['relationship'],
  check(record) {
    if (record.type !== 'relationship' || record.source_ref !== record.target_ref) return [];
    return [found(this, '/target_ref', `"target_ref" is the same as "source_ref" (${record.source_ref}); a relationship connects two different records.`)];
  },
};
