import { isObject, valuesAt } from '../walk.js';
import { found, type Rule } from './rule.js';

export const estimateRange: Rule = {
  code: 'estimate_range',
  severity: 'error',
  title: 'Size estimates that say something',
  summary: "An operation's size estimate gives a value, a range or both; the range runs from `low` up to `high`, and a value given with a range lies inside it.",
  rationale:
    'Estimates of how many people work in a compound or how many victims it reached are quoted in briefings and compared between partners. A range whose ends are swapped, a best estimate outside its own range, or an estimate with no number at all is a data-entry mistake that would be repeated as fact.',
  wrong: { type: 'operation', size_estimates: [{ measure: 'workers', low: 3000, high: 1200 }] },
  right: { type: 'operation', size_estimates: [{ measure: 'workers', low: 1200, high: 3000, basis: 'satellite imagery of dormitory blocks' }] },
  families: ['operation'],
  check(record) {
    if (record.type !== 'operation') return [];
    const problems = [];
    for (const { pointer, value } of valuesAt(record, ['size_estimates', '*'])) {
      if (!isObject(value)) continue;
      const { value: best, low, high } = value as { value?: number; low?: number; high?: number };
      if (best === undefined && low === undefined && high === undefined) {
        problems.push(found(this, pointer, 'This estimate has no number: give its best `value`, its range (`low` and `high`), or both.'));
        continue;
      }
      if (low !== undefined && high !== undefined && low > high) {
        problems.push(found(this, `${pointer}/high`, `"high" (${high}) is below "low" (${low}); the range runs from low up to high.`));
        continue;
      }
      if (best !== undefined && low !== undefined && best < low) problems.push(found(this, `${pointer}/value`, `"value" (${best}) is below the low end of its own range (${low}).`));
      if (best !== undefined && high !== undefined && best > high) problems.push(found(this, `${pointer}/value`, `"value" (${best}) is above the high end of its own range (${high}).`));
    }
    return problems;
  },
};
