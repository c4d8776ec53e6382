import { displayAsset } from '../data/crypto-assets.js';
import { formatDecimal, parseDecimal } from '../decimal.js';
import { isObject } from '../walk.js';

/**
 * What a value is counted in: its ISO 4217 currency or its CAIP-19 asset. Undefined when it has neither or
 * both (`value_currency_or_asset` reports those). Currencies and assets never collide: an asset id has a colon.
 */
export function unitOf(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const { currency, asset } = value;
  if (typeof currency === 'string') return asset === undefined ? currency : undefined;
  return typeof asset === 'string' ? asset : undefined;
}

/** The currency of a value's fiat equivalent, when it has one in another unit than its own. */
export function equivalentUnitOf(value: unknown): string | undefined {
  if (!isObject(value) || !isObject(value.fiat_equivalent)) return undefined;
  const currency = value.fiat_equivalent.currency;
  return typeof currency === 'string' && currency !== unitOf(value) ? currency : undefined;
}

/**
 * The amount of a value in `unit`: its own amount when it is counted in that unit, else its fiat equivalent
 * when that is in `unit`; undefined when it cannot be expressed in `unit` without an exchange rate.
 */
export function amountIn(value: unknown, unit: string): bigint | undefined {
  if (!isObject(value)) return undefined;
  if (unitOf(value) === unit) return typeof value.amount === 'string' ? parseDecimal(value.amount) : undefined;
  if (equivalentUnitOf(value) === unit) {
    const fiat = value.fiat_equivalent as Record<string, unknown>;
    return typeof fiat.amount === 'string' ? parseDecimal(fiat.amount) : undefined;
  }
  return undefined;
}

/** Sums values per currency or asset (their own amounts, not their equivalents); entries that are not values are skipped. */
export function totals(list: unknown): Map<string, bigint> {
  const out = new Map<string, bigint>();
  if (!Array.isArray(list)) return out;
  for (const item of list) {
    const unit = unitOf(item);
    if (unit === undefined) continue;
    const value = parseDecimal(String((item as Record<string, unknown>).amount));
    if (value === undefined) continue;
    out.set(unit, (out.get(unit) ?? 0n) + value);
  }
  return out;
}

/**
 * The sum of a list of values in `unit`, counting each by its own amount or its fiat equivalent; undefined
 * when any of them cannot be expressed in `unit`, so a comparison never rests on a partial sum.
 */
export function sumIn(list: readonly unknown[], unit: string): bigint | undefined {
  let sum = 0n;
  for (const item of list) {
    const amount = amountIn(item, unit);
    if (amount === undefined) return undefined;
    sum += amount;
  }
  return sum;
}

/** Every unit a list of values can be compared in: their own units and those of their fiat equivalents. */
export function unitsOf(list: readonly unknown[]): Set<string> {
  const out = new Set<string>();
  for (const item of list) {
    const unit = unitOf(item);
    if (unit !== undefined) out.add(unit);
    const equivalent = equivalentUnitOf(item);
    if (equivalent !== undefined) out.add(equivalent);
  }
  return out;
}

export const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** An amount for a message: `1250 THB`, `1500.25 USDT (tron:0x2b6653dc)`. */
export const show = (value: bigint, unit: string) => `${formatDecimal(value)} ${unit.includes('/') ? displayAsset(unit) : unit}`;
