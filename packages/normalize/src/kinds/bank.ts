import { ibanChecks } from '#heavy';
import { invalid, keys, valid } from '../result.js';
import type { KindResult, NormalizeOptions } from '../types.js';
import { countryOf, splitCountry } from './scope.js';

const ACCOUNT = /^[A-Z0-9]{4,34}$/;
const INSTITUTION = /^[A-Z0-9]{1,11}$/;

/**
 * `CC:BANK:ACCOUNT`: a domestic account number means nothing without its country and bank, so both are part of
 * the value. Separators are removed and leading zeros kept. The holder's name is never part of it.
 */
export function normalizeBankAccount(input: string, options: NormalizeOptions): KindResult {
  const { country: prefixed, rest } = splitCountry(input.trim());
  let institution = options.institution;
  let number = rest;
  if (prefixed) {
    const colon = rest.indexOf(':');
    if (colon < 0) return invalid('invalid_bank_account', 'write it as CC:BANK:ACCOUNT');
    institution = rest.slice(0, colon);
    number = rest.slice(colon + 1);
  }
  const country = prefixed ?? countryOf(options);
  const bank = institution?.trim().toUpperCase();
  if (!country || !bank) return invalid('missing_context', 'a bank account needs its country and bank code: write CC:BANK:ACCOUNT or pass country and institution');
  if (!INSTITUTION.test(bank)) return invalid('invalid_bank_account', 'the bank code is a BIC or national bank code of letters and digits');
  const account = number.replace(/[\s\-./]/g, '').toUpperCase();
  if (!ACCOUNT.test(account)) return invalid('invalid_bank_account', 'the account number is 4 to 34 letters and digits');
  const canonical = `${country}:${bank}:${account}`;
  return valid(canonical, keys(['bank_account', canonical]), { country, institution_id: bank, account_number: account });
}

/** An IBAN in electronic format (no spaces, upper case), with its country length and ISO 7064 mod-97 checked. */
export function normalizeIban(input: string): KindResult {
  const { electronicFormatIBAN, isValidIBAN } = ibanChecks();
  const canonical = electronicFormatIBAN(input.trim().replace(/^IBAN\s*/i, ''));
  if (!canonical || !/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(canonical)) return invalid('invalid_iban', 'it is not written as an IBAN');
  if (!isValidIBAN(canonical)) return invalid('bad_checksum', 'its length or mod-97 check digits are wrong for its country');
  return valid(canonical, keys(['iban', canonical]), { country: canonical.slice(0, 2) });
}
