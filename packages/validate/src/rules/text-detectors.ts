/** Longest stretch of a string the detectors look at: free text is at most 100 000 characters in the schema. */
const SCAN_LIMIT = 200_000;

const clip = (text: string) => (text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text);

/** The Luhn (mod 10) check used by payment card numbers. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Issuer prefixes and lengths of the major card networks (Visa, Mastercard, Amex, Discover, JCB, UnionPay, Diners). */
export function looksLikePan(digits: string): boolean {
  const n = digits.length;
  if (/^4/.test(digits)) return n === 13 || n === 16 || n === 19;
  if (/^(5[1-5]|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/.test(digits)) return n === 16;
  if (/^3[47]/.test(digits)) return n === 15;
  if (/^(6011|65|64[4-9]|62|35(2[89]|[3-8]))/.test(digits)) return n >= 16 && n <= 19;
  if (/^3(0[0-5]|[689])/.test(digits)) return n >= 14 && n <= 19;
  return false;
}

/** Masks all but the first six and last four digits. */
const mask = (digits: string) => `${digits.slice(0, 6)}${'•'.repeat(digits.length - 10)}${digits.slice(-4)}`;

/** Whether the text has at least `n` ASCII digits: a scan far cheaper than any pattern, and most strings fail it. */
function hasDigits(text: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++count >= n) return true;
  }
  return false;
}

/** Whether a character code is an ASCII digit, a space or a hyphen: what a card number is written with. */
const inCardRun = (c: number) => (c >= 48 && c <= 57) || c === 32 || c === 45;

/**
 * Whether the text has 13 digits in a row, each pair separated by at most one space or hyphen: what every
 * card number needs (the pattern `\d(?:[ -]?\d){12}`), found without running the pattern.
 *
 * Such a run spans at least 13 characters, all digits, spaces or hyphens, so it covers one of the positions
 * 12, 25, 38… (every 13th). Only those positions are looked at; where one holds such a character, the stretch of
 * them around it is scanned (from at most 24 characters back: a run is at most 25 long), and the next look is past
 * its end. Timestamps, ids and words are mostly skipped 13 characters at a time.
 */
export function hasCardRun(text: string): boolean {
  const n = text.length;
  for (let j = 12; j < n; j += 13) {
    if (!inCardRun(text.charCodeAt(j))) continue;
    let start = j;
    while (start > 0 && start > j - 24 && inCardRun(text.charCodeAt(start - 1))) start--;
    let run = 0;
    let separated = false;
    let i = start;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        if (++run >= 13) return true;
        separated = false;
      } else if ((c === 32 || c === 45) && run > 0 && !separated) separated = true;
      else if (c === 32 || c === 45) {
        run = 0;
        separated = false;
      } else break; // the end of the stretch: no run crosses it
    }
    // the next position to look at past the stretch (the loop adds 13)
    while (j + 13 <= i) j += 13;
  }
  return false;
}

const CARD_PATTERN = /(?<![0-9A-Za-z])\d(?:[ -]?\d){12,18}(?![0-9A-Za-z])/g;

/**
 * UUIDs, as in every record and observable id. The last two groups of one can be 16 digits joined by a hyphen
 * that pass the Luhn check (about one id in 100,000): an identifier is not a card number.
 */
const UUID_PATTERN = /[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}/g;
// a UUID is 36 characters with hyphens: shorter text (timestamps, dates, most values) skips the regex pass
const withoutUuids = (text: string) => (text.length >= 36 && text.includes('-') ? text.replace(UUID_PATTERN, (uuid) => 'u'.repeat(uuid.length)) : text);

/** A full card number in the text (masked for display), or undefined. */
export function findCardNumber(text: string): string | undefined {
  if (text.length < 13 || !hasCardRun(text)) return undefined;
  for (const match of withoutUuids(clip(text)).matchAll(CARD_PATTERN)) {
    const digits = match[0].replace(/[ -]/g, '');
    if (looksLikePan(digits) && luhn(digits)) return mask(digits);
  }
  return undefined;
}

/** ISO 13616 mod-97 check of an IBAN without spaces. */
export function ibanChecksum(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

export type PersonalDataKind = 'an e-mail address' | 'a phone number' | 'an IBAN' | 'a payment card number' | 'a long account number';

/** What kind of personal identifier the text appears to contain, or undefined. Linear-time patterns only. */
export function findPersonalData(input: string): PersonalDataKind | undefined {
  if (input.length < 7) return undefined;
  const text = withoutUuids(clip(input));
  if (text.includes('@') && /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/.test(text)) return 'an e-mail address';
  if (text.length >= 15) {
    for (const match of text.matchAll(/(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9])/g)) {
      if (ibanChecksum(match[0].replace(/ /g, ''))) return 'an IBAN';
    }
  }
  // the remaining identifiers all have at least eight digits
  if (!hasDigits(text, 8)) return undefined;
  if (findCardNumber(text)) return 'a payment card number';
  if (/(?<![\w+])\+[1-9](?:[ .()-]{0,2}\d){7,14}(?!\d)/.test(text)) return 'a phone number';
  if (/(?<![\w.,])0\d(?:[ .-]?\d){7,9}(?![\w])/.test(text)) return 'a phone number';
  if (/(?<![\w.,])\d{10,}(?![\w.,])/.test(text)) return 'a long account number';
  return undefined;
}
