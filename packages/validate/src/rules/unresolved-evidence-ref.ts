import { get, valuesAt } from '../walk.js';
import { found, type Rule } from './rule.js';

export const unresolvedEvidenceRef: Rule = {
  code: 'unresolved_evidence_ref',
  severity: 'error',
  title: 'Evidence references resolve',
  summary: 'Every `evidence_refs` entry (in milestones, progress reports and assessments) must be the `evidence_id` of an item in the same commitment\'s `evidence`.',
  rationale: 'Evidence is listed once and cited by id; a citation that names no evidence item leaves the claim unsupported and usually means a typo or a deleted item.',
  wrong: { evidence: [{ evidence_id: 'e1', title: { en: 'Report' } }], milestones: [{ milestone_id: 'm1', title: { en: 'Hotline live' }, status: 'met', date_met: '2026-05-02', evidence_refs: ['e2'] }] },
  right: { evidence: [{ evidence_id: 'e1', title: { en: 'Report' } }], milestones: [{ milestone_id: 'm1', title: { en: 'Hotline live' }, status: 'met', date_met: '2026-05-02', evidence_refs: ['e1'] }] },
  families: ['commitment'],
  check(record) {
    if (record.type !== 'commitment') return [];
    const known = new Set(valuesAt(record, ['evidence', '*']).map(({ value }) => get(value, 'evidence_id')));
    const problems = [];
    for (const list of ['milestones', 'progress_reports', 'assessments']) {
      for (const { pointer, value } of valuesAt(record, [list, '*', 'evidence_refs', '*'])) {
        if (typeof value === 'string' && !known.has(value)) {
          problems.push(found(this, pointer, `"${value}" is not the evidence_id of any item in "evidence"; add the evidence item or correct the reference.`));
        }
      }
    }
    return problems;
  },
};
