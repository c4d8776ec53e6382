import { get, valuesAt } from '../walk.js';
import { found, type Rule } from './rule.js';

export const milestoneUnexpectedDateMet: Rule = {
  code: 'milestone_unexpected_date_met',
  severity: 'error',
  title: 'Only met milestones have a date met',
  summary: 'A milestone that is `scheduled` or `not_met` must not carry `date_met`.',
  rationale: 'A date met on a milestone that is not met contradicts its status; one of the two is stale, and progress figures would count it either way.',
  wrong: { milestones: [{ milestone_id: 'm1', title: { en: 'Hotline live' }, status: 'scheduled', date_met: '2026-05-02' }] },
  right: { milestones: [{ milestone_id: 'm1', title: { en: 'Hotline live' }, status: 'met', date_met: '2026-05-02' }] },
  families: ['commitment'],
  check(record) {
    if (record.type !== 'commitment') return [];
    const problems = [];
    for (const { pointer, value } of valuesAt(record, ['milestones', '*'])) {
      const status = get(value, 'status');
      if ((status === 'scheduled' || status === 'not_met') && get(value, 'date_met') !== undefined) {
        problems.push(found(this, `${pointer}/date_met`, `This milestone is "${String(status)}" but has a "date_met"; remove the date or change the status to "met".`));
      }
    }
    return problems;
  },
};
