import { eachObject } from '../walk.js';
import { found, type Rule } from './rule.js';

export const valueCurrencyOrAsset: Rule = {
  code: 'value_currency_or_asset',
  severity: 'error',
  title: 'A value is money or a crypto asset, never both',
  summary: 'Every amount must say what it is an amount of: exactly one of an ISO 4217 `currency` or a CAIP-19 `asset`.',
  rationale:
    'Amounts are summed and compared per currency or asset. An amount with neither cannot be counted at all; one with both is ambiguous (is "1000" baht or USDT?) and usually means a fiat equivalent was written into the wrong field: it belongs in `fiat_equivalent`.',
  wrong: { amount: '15000.000000', currency: 'USD', asset: 'tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t' },
  right: { amount: '15000.000000', asset: 'tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', fiat_equivalent: { amount: '15000.00', currency: 'USD' } },
  check(record) {
    const problems: ReturnType<Rule['check']> = [];
    eachObject(record, (object, pointer) => {
      // every object of the standard with a string `amount` is a value, a money or a crypto amount
      if (typeof object.amount !== 'string') return;
      const hasCurrency = object.currency !== undefined;
      const hasAsset = object.asset !== undefined;
      if (hasCurrency === !hasAsset) return;
      const at = pointer();
      if (at.startsWith('/extensions/')) return; // extension data follows its own schema
      problems.push(
        hasCurrency
          ? found(this, `${at}/asset`, `This amount has both a currency (${String(object.currency)}) and a crypto asset; keep one. To give what a crypto amount was worth, put the money in fiat_equivalent.`)
          : found(this, at, `The amount ${object.amount} has neither a currency nor a crypto asset; add an ISO 4217 currency (for example THB) or a CAIP-19 asset id.`),
      );
    });
    return problems;
  },
};
