import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCardNumber, findPersonalData, hasCardRun, ibanChecksum, looksLikePan, luhn } from '../src/rules/text-detectors.js';

// The detectors screen text cheaply (digit counts, a one-pass scan for a card-length run, "@") before their
// patterns run. These are the patterns alone, unscreened: the screens must never change an answer.
const CARD = /(?<![0-9A-Za-z])\d(?:[ -]?\d){12,18}(?![0-9A-Za-z])/g;
// identifiers are not card numbers: UUIDs are blanked out before the card pattern runs
const UUID = /[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}/g;
function cardByPattern(text: string): string | undefined {
  for (const match of text.replace(UUID, (u) => 'u'.repeat(u.length)).matchAll(CARD)) {
    const digits = match[0].replace(/[ -]/g, '');
    if (luhn(digits) && looksLikePan(digits)) return `${digits.slice(0, 6)}${'•'.repeat(digits.length - 10)}${digits.slice(-4)}`;
  }
  return undefined;
}
function personalByPattern(input: string): string | undefined {
  if (input.length < 7) return undefined;
  const text = input.replace(UUID, (u) => 'u'.repeat(u.length));
  if (/[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/.test(text)) return 'an e-mail address';
  for (const match of text.matchAll(/(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9])/g)) {
    if (ibanChecksum(match[0].replace(/ /g, ''))) return 'an IBAN';
  }
  if (cardByPattern(text)) return 'a payment card number';
  if (/(?<![\w+])\+[1-9](?:[ .()-]{0,2}\d){7,14}(?!\d)/.test(text)) return 'a phone number';
  if (/(?<![\w.,])0\d(?:[ .-]?\d){7,9}(?![\w])/.test(text)) return 'a phone number';
  if (/(?<![\w.,])\d{10,}(?![\w.,])/.test(text)) return 'a long account number';
  return undefined;
}

/** Text made of the characters the detectors care about, with real card numbers and IBANs mixed in. */
const risky = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...'0123456789', ' ', '-', '.', '+', '@', 'a', 'G', 'B', 'x', '(', ',') },
      { weight: 1, arbitrary: fc.constantFrom('4111 1111 1111 1111', '378282246310005', '5555-5555-5555-4444', 'GB82 WEST 1234 5698 7654 32', 'a.b@example.org', '+66 81 234 5678', '0812345678', '4222222222222', '4222-222222222', '+12345678', 'GB33BUKB20201555555555', '0192f0c4-7a1e-7c3b-4111-111111111111') },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('text detectors', () => {
  it('find a card number exactly when the pattern alone does', () => {
    fc.assert(fc.property(risky, (text) => findCardNumber(text) === cardByPattern(text)), { numRuns: 20_000 });
  });

  it('find personal data exactly when the patterns alone do', () => {
    fc.assert(fc.property(risky, (text) => findPersonalData(text) === personalByPattern(text)), { numRuns: 20_000 });
  });

  it('still see a card number split by single spaces or hyphens, and not one split twice', () => {
    expect(findCardNumber('pay to 4111-1111-1111-1111 now')).toBe('411111••••••1111');
    expect(findCardNumber('pay to 4111  1111  1111  1111 now')).toBeUndefined();
  });

  it('never take the digits ending a UUID for a card number, and still see a card beside one', () => {
    // the last two groups of this id are 16 digits that pass the Luhn check
    expect(findCardNumber('indicator--0192f0c4-7a1e-7c3b-4111-111111111111')).toBeUndefined();
    expect(findPersonalData('see case--0192f0c4-7a1e-7c3b-4111-111111111111')).toBeUndefined();
    expect(findCardNumber('card 4111-1111-1111-1111 in case--0192f0c4-7a1e-7c3b-4111-111111111111')).toBe('411111••••••1111');
  });
});

describe('the card-run screen', () => {
  it('finds 13 digits with at most one space or hyphen between each exactly where the pattern does', () => {
    const piece = fc.constantFrom('0', '1', '9', '42', '1234', '4111111111111111', ' ', '-', '  ', '--', ' -', 'a', 'T', ':', '.', 'x', '2026-03-14T09:26:53Z', 'indicator--0192f0c4-7a1e-7c3b-9d2e-000000000000');
    const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => hasCardRun(t) === /\d(?:[ -]?\d){12}/.test(t)), { numRuns: 30_000 });
    // runs at every offset from a stride position, with separators, and just too short
    for (let lead = 0; lead < 30; lead++) {
      for (const run of ['1234567890123', '1 2 3 4 5 6 7 8 9 0 1 2 3', '1-2-3-4-5-6-7-8-9-0-1-2-3', '123456789012', '1 2 3 4 5 6 7 8 9 0 1 2', '12345 678901  2']) {
        for (const before of ['x', ' ', '-', '5', '  ']) {
          const t = `${before.repeat(lead)}${run}z`;
          expect(hasCardRun(t), JSON.stringify(t)).toBe(/\d(?:[ -]?\d){12}/.test(t));
        }
      }
    }
  });
});
