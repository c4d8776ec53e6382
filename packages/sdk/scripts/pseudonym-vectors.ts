/**
 * Generates conformance/pseudonyms/vectors.json: keyed pseudonyms (HMAC-SHA-256 over the RFC 8785 JSON of
 * `{"kind","value"}`) under fixed test keys. `generate()` is pure; test/pseudonym-vectors.test.ts compares its
 * output with the committed file. Run `npm run vectors` (in packages/sdk) to rewrite it.
 */
import { canonicalJson } from '../src/canonical-json.js';
import { fromHex } from '../src/base64url.js';
import { Keyring } from '../src/keyring.js';
import { pseudonymise } from '../src/pseudonymise.js';

export const VECTORS_PATH = new URL('../../../conformance/pseudonyms/vectors.json', import.meta.url);

const KEYS = [
  { key_id: 'test-2026-01', key_hex: '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f' },
  { key_id: 'test-2026-07', key_hex: 'f0e1d2c3b4a5968778695a4b3c2d1e0f00112233445566778899aabbccddeeff' },
];

const CASES: { description: string; key_id: string; kind: string; canonical: string }[] = [
  { description: 'a Thai mobile number (observable)', key_id: 'test-2026-01', kind: 'phone_number', canonical: '+66812345678' },
  { description: 'the same number as an e164 match key: another domain, another pseudonym', key_id: 'test-2026-01', kind: 'e164', canonical: '+66812345678' },
  { description: 'the same number under the rotated key', key_id: 'test-2026-07', kind: 'phone_number', canonical: '+66812345678' },
  { description: 'a domestic bank account', key_id: 'test-2026-01', kind: 'bank_account', canonical: 'TH:004:0041234567' },
  { description: 'an IBAN', key_id: 'test-2026-01', kind: 'iban', canonical: 'GB82WEST12345698765432' },
  { description: 'a PromptPay proxy', key_id: 'test-2026-01', kind: 'payment_proxy', canonical: 'promptpay:MBNO:+66812345678' },
  { description: 'a victim key over a national id', key_id: 'test-2026-01', kind: 'victim.national_id.TH', canonical: '1101700203451' },
  { description: 'an e-mail address', key_id: 'test-2026-07', kind: 'email_address', canonical: 'refund-desk@bad-bank.example' },
  { description: 'non-ASCII text stays UTF-8 in the input, not \\u escapes', key_id: 'test-2026-01', kind: 'message_template', canonical: 'บัญชีของคุณถูกระงับ {url}' },
  { description: 'a quote, a backslash and a control character are escaped as JSON', key_id: 'test-2026-01', kind: 'social_media_account', canonical: 'x:"odd"\\name\u0007' },
];

export interface PseudonymVector {
  description: string;
  key_id: string;
  key_hex: string;
  kind: string;
  canonical: string;
  /** The exact text HMACed (UTF-8 encoded). */
  input: string;
  /** The expected `pseudonym.value`: HMAC-SHA-256, base64url without padding. */
  value: string;
}

export async function generate(): Promise<string> {
  const keyring = await Keyring.create(KEYS.map((k) => ({ keyId: k.key_id, secret: fromHex(k.key_hex) })));
  const vectors: PseudonymVector[] = [];
  for (const c of CASES) {
    const key = KEYS.find((k) => k.key_id === c.key_id)!;
    const { value } = await pseudonymise(keyring, c.kind, c.canonical, c.key_id);
    vectors.push({ ...c, key_hex: key.key_hex, input: canonicalJson({ kind: c.kind, value: c.canonical }), value });
  }
  return `${JSON.stringify({ alg: 'hmac-sha256', vectors }, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(VECTORS_PATH, await generate());
  console.log(`wrote ${VECTORS_PATH.pathname}`);
}
