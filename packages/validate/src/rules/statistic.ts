import { rowOf } from './codes.js';
import { found, type Rule } from './rule.js';

const WHOLE = /^(0|[1-9][0-9]*)$/;

export const statisticValueUnit: Rule = {
  code: 'statistic_value_unit',
  severity: 'error',
  title: 'Figures in the form their measure needs',
  summary:
    'A statistic gives exactly one figure unless it is `suppressed`: a money measure (value_kind `money` in the `statistic_measure` codelist) an `amount` with its currency, a count a whole-number `value`; a suppressed statistic gives neither.',
  rationale:
    'Published figures are added up across partners and periods. Money without a currency cannot be added; a count of "12.5 persons rescued" is a unit mistake; a figure given twice, or a withheld figure that is given anyway, leaves the reader guessing which to trust.',
  wrong: { type: 'statistic', measure: 'amount_prevented', value: '125000000' },
  right: { type: 'statistic', measure: 'amount_prevented', amount: { amount: '125000000', currency: 'THB' } },
  families: ['statistic'],
  check(record) {
    if (record.type !== 'statistic') return [];
    const kind = rowOf('statistic_measure', record.measure)?.value_kind;
    const { value, amount, suppressed } = record;
    if (suppressed === true) {
      if (value !== undefined) return [found(this, '/value', 'This statistic is marked "suppressed", so it must not carry a "value"; remove the value or the suppressed flag.')];
      if (amount !== undefined) return [found(this, '/amount', 'This statistic is marked "suppressed", so it must not carry an "amount"; remove the amount or the suppressed flag.')];
      return [];
    }
    if (value !== undefined && amount !== undefined) return [found(this, '/amount', 'Give the figure once: "value" for a count or "amount" for money, not both.')];
    if (kind === 'money') {
      if (value !== undefined) return [found(this, '/value', `"${record.measure}" is an amount of money: give it as "amount" with its currency ({ "amount": "${value}", "currency": "…" }), not as "value".`)];
      if (amount === undefined) return [found(this, '', `"${record.measure}" is an amount of money: give it as "amount" with its currency, or mark the statistic "suppressed".`)];
      return [];
    }
    if (kind === 'count') {
      if (amount !== undefined) return [found(this, '/amount', `"${record.measure}" is a count: give it as "value" (a whole number in a string), not as an amount of money.`)];
      if (value === undefined) return [found(this, '', `"${record.measure}" is a count: give it as "value", or mark the statistic "suppressed".`)];
      if (!WHOLE.test(value)) return [found(this, '/value', `"${record.measure}" is a count, so "value" must be a whole number; it is "${value}".`)];
      return [];
    }
    if (value === undefined && amount === undefined) return [found(this, '', 'This statistic gives no figure: give "value" or "amount", or mark it "suppressed".')];
    return [];
  },
};

export const smallCell: Rule = {
  code: 'small_cell',
  severity: 'warning',
  title: 'No small cells in public figures',
  summary:
    'A count statistic marked TLP:CLEAR whose `value` is at least 1 and below its own `small_cell_threshold` is a small cell: suppress it or share it under a more restrictive TLP.',
  rationale:
    'Statistical disclosure control: a published count of 2 victims aged over 80 in one district, or 1 person repatriated to one country in a month, can identify the people behind it. Publishers declare the threshold below which they withhold counts; the validator holds TLP:CLEAR data to it.',
  wrong: { type: 'statistic', tlp: 'clear', measure: 'persons_repatriated', value: '3', small_cell_threshold: 5 },
  right: { type: 'statistic', tlp: 'clear', measure: 'persons_repatriated', suppressed: true, small_cell_threshold: 5 },
  families: ['statistic'],
  check(record) {
    if (record.type !== 'statistic' || record.tlp !== 'clear' || record.small_cell_threshold === undefined || record.value === undefined) return [];
    if (!WHOLE.test(record.value)) return [];
    const value = Number(record.value);
    if (value < 1 || value >= record.small_cell_threshold) return [];
    return [
      found(
        this,
        '/value',
        `A count of ${record.value} is below the declared small-cell threshold of ${record.small_cell_threshold} and this statistic is TLP:CLEAR: mark it "suppressed" without a value, merge it into a larger cell, or share it under TLP:GREEN or above.`,
      ),
    ];
  },
};
