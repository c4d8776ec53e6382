import { get } from '../walk.js';
import { found, type Rule } from './rule.js';

export const completeWithoutEvidence: Rule = {
  code: 'complete_without_evidence',
  severity: 'warning',
  title: 'Completed commitments cite evidence',
  summary: 'A commitment whose `completion` is `complete` or whose `status` is `completed` should list at least one evidence item.',
  rationale: 'Completion claims are what the Bangkok monitoring reports aggregate; without evidence (a law, a report, a dataset) a reviewer cannot verify them, as OGP\'s independent reviews require.',
  wrong: { status: 'completed', completion: 'complete' },
  right: { status: 'completed', completion: 'complete', evidence: [{ evidence_id: 'e1', title: { en: 'Annual report 2026' }, url: 'https://example.org/report.pdf' }] },
  families: ['commitment'],
  check(record) {
    if (record.type !== 'commitment') return [];
    const complete = get(record, 'completion') === 'complete';
    if (!complete && get(record, 'status') !== 'completed') return [];
    const evidence = get(record, 'evidence');
    if (Array.isArray(evidence) && evidence.length > 0) return [];
    return [found(this, complete ? '/completion' : '/status', 'This commitment is reported complete but lists no evidence; add an "evidence" item (a report, a law, a dataset) that shows it.')];
  },
};
