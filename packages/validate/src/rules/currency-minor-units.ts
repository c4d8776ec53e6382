import { minorUnits } from '../data/iso4217.js';
import { decimalPlaces } from '../decimal.js';
import { eachObject } from '../walk.js';
import { found, type Rule } from './rule.js';

export const currencyMinorUnits: Rule = {
  code: 'currency_minor_units',
  severity: 'error',
  title: 'Amounts use the minor units of their currency',
  summary: 'A money amount may not have more decimal places than its ISO 4217 currency has minor units (THB 2, JPY 0, KWD 3).',
  rationale:
    'An amount of "1000.5" JPY or "12.345" THB cannot be paid; it points to a conversion or a unit error (cents written as baht). Trailing zeros within the minor units are fine.',
  wrong: { amount: '1500.50', currency: 'JPY' },
  right: { amount: '1500', currency: 'JPY' },
  check(record) {
    const problems: ReturnType<Rule['check']> = [];
    eachObject(record, (object, pointer) => {
      if (typeof object.amount !== 'string' || typeof object.currency !== 'string') return;
      const units = minorUnits(object.currency);
      if (units === undefined || units === null) return;
      const places = decimalPlaces(object.amount);
      if (places > units) {
        problems.push(
          found(
            this,
            `${pointer()}/amount`,
            units === 0
              ? `${object.amount} has decimals, but ${object.currency} has no minor unit; write the amount as a whole number.`
              : `${object.amount} has ${places} decimal places, but ${object.currency} has only ${units}; write the amount with at most ${units} decimal${units === 1 ? '' : 's'}.`,
          ),
        );
      }
    });
    return problems;
  },
};
