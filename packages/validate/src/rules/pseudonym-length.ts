import { get, isObject } from '../walk.js';
import { found, type Rule } from './rule.js';

/** base64url characters of a pseudonym's value, by algorithm: a 32-byte HMAC, a 64-byte RFC 9497 OPRF output. */
const LENGTH: Readonly<Record<string, number>> = { 'hmac-sha256': 43, 'oprf-ristretto255-sha512': 86 };

/** Where the standard puts pseudonyms, by record type. */
const PLACES: Readonly<Record<string, readonly [string, string]>> = { indicator: ['observable', 'pseudonym'], case: ['victim', 'key'] };

export const pseudonymLength: Rule = {
  code: 'pseudonym_length',
  severity: 'error',
  title: 'A pseudonym has the length of its algorithm',
  summary: 'A pseudonym value is 43 base64url characters for `hmac-sha256` and 86 for `oprf-ristretto255-sha512`.',
  rationale:
    'Since 1.1 the schema admits both lengths for `pseudonym.value`, because JSON Schema cannot tie a pattern to the value of `alg` in the subset the standard keeps to. A value of the other algorithm\'s length is a truncated or mislabelled pseudonym: it can never match the pseudonym of the same value made by another partner.',
  wrong: { observable: { kind: 'phone_number', pseudonym: { alg: 'hmac-sha256', key_id: 'th-community-2026-01', value: `${'y7x-SZ0AajcQJ00xPCiGoerswA3gN36VFYUoxjUguXQ'.repeat(2)}` } } },
  right: { observable: { kind: 'phone_number', pseudonym: { alg: 'hmac-sha256', key_id: 'th-community-2026-01', value: 'y7x-SZ0AajcQJ00xPCiGoerswA3gN36VFYUoxjUguXQ' } } },
  families: ['indicator', 'case'],
  check(record) {
    const path = PLACES[record.type as string];
    if (!path) return [];
    const pseudonym = get(record, path[0], path[1]);
    if (!isObject(pseudonym) || typeof pseudonym.alg !== 'string' || typeof pseudonym.value !== 'string') return [];
    const expected = LENGTH[pseudonym.alg];
    if (expected === undefined || pseudonym.value.length === expected) return [];
    return [
      found(
        this,
        `/${path.join('/')}/value`,
        `A ${pseudonym.alg} pseudonym is ${expected} characters of base64url, this one ${pseudonym.value.length}: it is truncated or its "alg" is wrong, and it will match no one's.`,
      ),
    ];
  },
};
