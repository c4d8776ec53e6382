import { get, valuesAt } from '../walk.js';
import { found, type Rule } from './rule.js';

export const milestoneMetWithoutDate: Rule = {
  code: 'milestone_met_without_date',
  severity: 'error',
  title: 'A met milestone says when',
  summary: 'A milestone with status `met` must carry `date_met`.',
  rationale: 'Monitoring compares when milestones were met with when they were due; "met" without a date cannot be checked or counted on time (OCDS/Pelican milestone coherence).',
  wrong: { milestones: [{ milestone_id: 'm1', title: { en: 'Hotline live' }, status: 'met' }] },
  right: { milestones: [{ milestone_id: 'm1', title: { en: 'Hotline live' }, status: 'met', date_met: '2026-05-02' }] },
  families: ['commitment'],
  check(record) {
    if (record.type !== 'commitment') return [];
    return valuesAt(record, ['milestones', '*'])
      .filter(({ value }) => get(value, 'status') === 'met' && get(value, 'date_met') === undefined)
      .map(({ pointer }) => found(this, pointer, 'This milestone is "met" but has no "date_met"; add the date it was met.'));
  },
};
