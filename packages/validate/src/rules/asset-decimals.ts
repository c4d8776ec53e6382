import { decimalsOfAsset } from '../data/crypto-assets.js';
import { decimalPlaces } from '../decimal.js';
import { eachObject } from '../walk.js';
import { found, type Rule } from './rule.js';

export const assetDecimals: Rule = {
  code: 'asset_decimals',
  severity: 'error',
  title: 'Crypto amounts use the decimals of their asset',
  summary: 'An amount of a known crypto asset (the `crypto_asset` codelist) may not have more decimal places than the asset has on its chain (USDT on TRON 6, BTC 8, ETH 18).',
  rationale:
    'No transfer can move less than an asset\'s smallest unit, so "100.1234567" USDT on TRON does not exist: it is usually an amount in base units divided by the wrong power of ten, or a fiat conversion written as the crypto amount. Assets the codelist does not list are not checked.',
  wrong: { amount: '1500.1234567', asset: 'tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t' },
  right: { amount: '1500.123456', asset: 'tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t' },
  check(record) {
    const problems: ReturnType<Rule['check']> = [];
    eachObject(record, (object, pointer) => {
      if (typeof object.amount !== 'string' || typeof object.asset !== 'string') return;
      const places = decimalPlaces(object.amount);
      const known = decimalsOfAsset(object.asset);
      if (known === undefined || places <= known) return;
      const at = pointer();
      // 1.0's crypto_amount predates this rule; a minor release does not tighten it
      if (at.endsWith('/crypto_amount')) return;
      problems.push(found(this, `${at}/amount`, `${object.amount} has ${places} decimal places, but this asset has only ${known}; an amount finer than its smallest unit cannot be transferred.`));
    });
    return problems;
  },
};
