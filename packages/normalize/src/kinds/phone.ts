import type { CountryCode, PhoneNumber } from 'libphonenumber-js/max';
import { phoneNumbers } from '#heavy';
import { invalid, valid } from '../result.js';
import type { KindResult, NormalizeOptions, ObservableAttributes } from '../types.js';

/** A valid phone number (full metadata of libphonenumber-js), or the reason there is none. */
export function parsePhone(input: string, region: string | undefined): PhoneNumber | { code: string; reason: string } {
  const text = input.trim().replace(/^tel:/i, '');
  if (!/^[+(]?[\d\s().\-/]{3,40}$/.test(text)) return { code: 'invalid_phone', reason: 'it is not written as a phone number' };
  const phone = phoneNumbers()(text, region ? { defaultCountry: region.toUpperCase() as CountryCode } : undefined);
  if (!phone) {
    return region
      ? { code: 'invalid_phone', reason: 'it is not a phone number' }
      : { code: 'missing_context', reason: 'it has no country code; write it in +E.164 or pass defaultRegion' };
  }
  if (!phone.isValid()) return { code: 'invalid_phone', reason: `it is not a valid number in ${phone.country ?? `+${phone.countryCallingCode}`}` };
  return phone;
}

/** E.164 (`+66812345678`), with the country and the number type libphonenumber reports. */
export function normalizePhone(input: string, options: NormalizeOptions): KindResult {
  const phone = parsePhone(input, options.defaultRegion);
  if ('code' in phone) return invalid(phone.code, phone.reason);
  const type = phone.getType();
  // plain assignments: spreading conditional objects cost more than the rest of this function
  const attributes: ObservableAttributes = {};
  if (phone.country) attributes.country = phone.country;
  if (type) attributes.number_type = type.toUpperCase();
  return valid(phone.number, [{ type: 'e164', value: phone.number }], attributes);
}
