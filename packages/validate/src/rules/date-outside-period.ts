import { compareDates } from '../dates.js';
import { get, valuesAt } from '../walk.js';
import { found, type Rule } from './rule.js';

export const dateOutsidePeriod: Rule = {
  code: 'date_outside_period',
  severity: 'error',
  title: 'Dates within the commitment period',
  summary: "A milestone's due date and a metric's reporting periods must fall within the commitment's period.",
  rationale:
    'A milestone due after the commitment ends cannot count towards it; when a commitment is extended, its period must be updated too, so that progress dashboards compare like with like.',
  wrong: { period: { start_date: '2026-01-01', end_date: '2027-12-31' }, milestones: [{ milestone_id: 'm1', title: { en: 'Hotline live' }, status: 'scheduled', due_date: '2028-06-30' }] },
  right: { period: { start_date: '2026-01-01', end_date: '2028-12-31' }, milestones: [{ milestone_id: 'm1', title: { en: 'Hotline live' }, status: 'scheduled', due_date: '2028-06-30' }] },
  families: ['commitment'],
  check(record) {
    if (record.type !== 'commitment') return [];
    const start = get(record, 'period', 'start_date');
    const end = get(record, 'period', 'end_date');
    if (typeof start !== 'string' && typeof end !== 'string') return [];
    const problems = [];
    const outside = (date: string) =>
      (typeof start === 'string' && (compareDates(date, start) ?? 0) < 0) || (typeof end === 'string' && (compareDates(date, end) ?? 0) > 0);
    const span = `${typeof start === 'string' ? start : '…'} to ${typeof end === 'string' ? end : '…'}`;
    for (const { pointer, value } of valuesAt(record, ['milestones', '*', 'due_date'])) {
      if (typeof value === 'string' && outside(value)) {
        problems.push(found(this, pointer, `This milestone is due on ${value}, outside the commitment period (${span}); correct the due date or extend "period".`));
      }
    }
    for (const { pointer, value } of valuesAt(record, ['metrics', '*', 'periods', '*', 'period'])) {
      for (const end of ['start_date', 'end_date'] as const) {
        const date = get(value, end);
        if (typeof date === 'string' && outside(date)) {
          problems.push(found(this, `${pointer}/${end}`, `This metric period ${end === 'start_date' ? 'starts' : 'ends'} on ${date}, outside the commitment period (${span}); correct it or extend "period".`));
        }
      }
    }
    return problems;
  },
};
