import { formatDecimal, parseDecimal } from '../decimal.js';
import { isObject } from '../walk.js';

/** Sums money amounts per currency; entries that are not money are skipped. */
export function totals(list: unknown): Map<string, bigint> {
  const out = new Map<string, bigint>();
  if (!Array.isArray(list)) return out;
  for (const item of list) {
    if (!isObject(item) || typeof item.amount !== 'string' || typeof item.currency !== 'string') continue;
    const value = parseDecimal(item.amount);
    if (value === undefined) continue;
    out.set(item.currency, (out.get(item.currency) ?? 0n) + value);
  }
  return out;
}

export const show = (value: bigint, currency: string) => `${formatDecimal(value)} ${currency}`;
