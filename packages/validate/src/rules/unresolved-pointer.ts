import { resolvePointer } from '../pointer.js';
import { valuesAt } from '../walk.js';
import { found, type Rule } from './rule.js';

export const unresolvedPointer: Rule = {
  code: 'unresolved_pointer',
  severity: 'error',
  title: 'Evidence applies to something that exists',
  summary: "An evidence item's `applies_to` must be a JSON Pointer to a value that exists in the same record.",
  rationale: 'The pointer ties a piece of evidence to the milestone or metric it supports; a pointer to nothing silently detaches the evidence.',
  wrong: { milestones: [{ milestone_id: 'm1' }], evidence: [{ evidence_id: 'e1', title: { en: 'Report' }, applies_to: '/milestones/3' }] },
  right: { milestones: [{ milestone_id: 'm1' }], evidence: [{ evidence_id: 'e1', title: { en: 'Report' }, applies_to: '/milestones/0' }] },
  families: ['commitment'],
  check(record) {
    if (record.type !== 'commitment') return [];
    const problems = [];
    for (const { pointer, value } of valuesAt(record, ['evidence', '*', 'applies_to'])) {
      if (typeof value === 'string' && resolvePointer(record, value) === undefined) {
        problems.push(found(this, pointer, `"${value}" points to nothing in this commitment; point to the milestone, metric or field the evidence supports.`));
      }
    }
    return problems;
  },
};
