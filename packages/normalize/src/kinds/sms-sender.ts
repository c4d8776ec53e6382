import { invalid, keys, valid } from '../result.js';
import type { KindResult, NormalizeOptions } from '../types.js';
import { countryOf, splitCountry } from './scope.js';

const SENDER = /^(?:[A-Z0-9][A-Z0-9 .&'_+-]{0,10}|\d{3,15})$/;

/**
 * `CC:SENDER`: sender ids are registered per country, so the country is part of the value. The sender is in
 * upper case with runs of spaces collapsed: networks and handsets display it case-insensitively.
 */
export function normalizeSmsSender(input: string, options: NormalizeOptions): KindResult {
  const { country: prefixed, rest } = splitCountry(input.trim());
  const country = prefixed ?? countryOf(options);
  if (!country) return invalid('missing_context', 'a sender id is scoped by country: write CC:SENDER or pass country or defaultRegion');
  const sender = rest.trim().replace(/\s+/g, ' ').toUpperCase();
  if (!SENDER.test(sender)) return invalid('invalid_sender_id', 'a sender id is up to 11 letters, digits and spaces, or a numeric short code of up to 15 digits');
  const canonical = `${country}:${sender}`;
  return valid(canonical, keys(['sender_id', canonical]), { country, sender: rest.trim() });
}
