import type { NormalizeOptions } from '../types.js';

const COUNTRY_PREFIX = /^([A-Z]{2}):(.*)$/s;

/** Splits a `CC:` prefix off a value that carries its country. */
export function splitCountry(value: string): { country: string | undefined; rest: string } {
  const match = COUNTRY_PREFIX.exec(value);
  return match ? { country: match[1], rest: match[2]! } : { country: undefined, rest: value };
}

/** The country given in the options, upper-cased, if it looks like ISO 3166-1 alpha-2. */
export function countryOf(options: NormalizeOptions): string | undefined {
  const country = (options.country ?? options.defaultRegion)?.toUpperCase();
  return country && /^[A-Z]{2}$/.test(country) ? country : undefined;
}

const CODE = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;

/** Splits a `code:` prefix (a scheme, provider or platform from an open codelist) off a value. */
export function splitCode(value: string): { code: string | undefined; rest: string } {
  const colon = value.indexOf(':');
  if (colon > 0 && CODE.test(value.slice(0, colon))) return { code: value.slice(0, colon), rest: value.slice(colon + 1) };
  return { code: undefined, rest: value };
}

/** Whether a string is a code of an open codelist (`promptpay`, `truemoney`, `telegram`). */
export function isCode(value: string | undefined): value is string {
  return value !== undefined && CODE.test(value);
}
