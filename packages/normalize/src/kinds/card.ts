import { invalid, keys, valid } from '../result.js';
import type { KindResult } from '../types.js';

/** The Luhn (mod 10) check of ISO/IEC 7812. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

const MASKED = /^(\d{6,8})([*xX•#]+)(\d{4})$/;

/**
 * A card as its BIN and last four digits with the middle masked and the length kept (`411111******1111`), the
 * PCI DSS display form. A full card number is refused: it must never be shared.
 */
export function normalizeCard(input: string): KindResult {
  const text = input.trim().replace(/[\s-]/g, '');
  if (/^\d{12,19}$/.test(text)) {
    return passesLuhn(text)
      ? invalid('full_card_number', 'it is a full card number, which must never be shared; send the BIN and last four digits with the middle masked')
      : invalid('invalid_card', 'it is neither a masked card number nor a valid card number');
  }
  const match = MASKED.exec(text);
  if (!match || text.length < 12 || text.length > 19) return invalid('invalid_card', 'write the card as its BIN, a masked middle and the last four digits, e.g. 411111******1111');
  const [, bin, mask, last4] = match as unknown as [string, string, string, string];
  const canonical = `${bin}${'*'.repeat(mask.length)}${last4}`;
  return valid(canonical, keys(['card_bin_last4', `${bin}:${last4}`]), { bin, last4 });
}
