/**
 * Two partners exchange scam data with @gpos/sdk, end to end:
 *
 *   build → normalise → pseudonymise → redact → sign → verify → validate → match
 *
 * Partner A is Thailand's Anti Online Scam Operation Center (AOC 1441); partner B is a Thai bank. They share a
 * community HMAC key out of band, so each can pseudonymise phone numbers and account numbers and still match
 * the other's without either sending the raw value. Everything here is fictitious.
 *
 * Run from the repository root: npx tsx --conditions=@gpos/source examples/sdk/exchange-two-partners.ts
 */
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import {
  buildBundle,
  buildCase,
  buildIndicator,
  compareObservables,
  compareObservablesWithKeyring,
  Keyring,
  pseudonymise,
  pseudonymiseIndicator,
  redact,
  signBundle,
  verifyBundle,
  type BuildResult,
} from '@gpos/sdk';
import { validate } from '@gpos/validate';

const AOC = 'TH-GOV:aoc1441';
const BANK = 'TH-BANK:demo_bank';

function must<T>(result: BuildResult<T>): T {
  if (!result.ok) throw new Error(`build failed: ${JSON.stringify(result.problems, null, 2)}`);
  return result.record;
}
function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`FAILED: ${what}`);
  console.log(`  ✓ ${what}`);
}

// 0. The community key, distributed out of band (a demo secret: never use it for real data).
const COMMUNITY_KEY = { keyId: 'th-scam-community-2026-01', secret: 'ZGVtby1vbmx5LWNvbW11bml0eS1rZXktMzItYnl0ZXMh' };
const keyringA = await Keyring.create([COMMUNITY_KEY]);
const keyringB = await Keyring.create([COMMUNITY_KEY]);

console.log('1. Both partners pseudonymise the same phone number, written differently in their systems');
const phoneAtA = must(buildIndicator({ kind: 'phone_number', raw: '081-234-5678', source: AOC, normalize: { defaultRegion: 'TH' }, status: 'confirmed', typology: ['impersonation.government_law_enforcement'] }));
const phoneAtB = must(buildIndicator({ kind: 'phone_number', raw: '+66 81 234 5678', source: BANK }));
const pseudonymA = await pseudonymise(keyringA, 'phone_number', phoneAtA.observable.canonical!);
const pseudonymB = await pseudonymise(keyringB, 'phone_number', phoneAtB.observable.canonical!);
console.log(`  A: ${phoneAtA.observable.raw} → ${phoneAtA.observable.canonical} → ${pseudonymA.value} (${pseudonymA.key_id})`);
console.log(`  B: ${phoneAtB.observable.raw} → ${phoneAtB.observable.canonical} → ${pseudonymB.value}`);
check(pseudonymA.value === pseudonymB.value, 'the pseudonyms match without either partner sending the number');

console.log('2. A builds a bundle: the number, the landing page, a mule account and the victim case');
const landingPage = must(buildIndicator({ kind: 'url', raw: 'hxxps://dsi-verify[.]example/case?id=99812', source: AOC, tlp: 'clear', status: 'active' }));
const muleAccount = must(buildIndicator({ kind: 'bank_account', raw: '004-1-23456-7', source: AOC, normalize: { country: 'TH', institution: '004' }, status: 'confirmed', roles: ['payment_destination'] }));
// As the source, A decides the mule account may reach the community as a pseudonym only: a new version of the
// record (same id, later modified), marked TLP:GREEN, whose observable carries only the keyed pseudonym.
const muleForCommunity = {
  ...(await pseudonymiseIndicator(muleAccount, keyringA)),
  tlp: 'green' as const,
  modified: new Date(Date.parse(muleAccount.modified) + 1000).toISOString(),
};
const victimCase = must(
  buildCase({
    source: AOC,
    intake: { channel: 'hotline', received_at: '2026-03-12T03:00:00Z', jurisdiction: 'TH' },
    scam_type: 'impersonation.government_law_enforcement',
    victim: { key: await pseudonymise(keyringA, 'victim.e164', '+66899999999'), age_band: 'age_60_69', vulnerability: ['elderly'] },
    indicator_refs: [phoneAtA.id, landingPage.id, muleAccount.id],
    narrative: { text: { en: 'A caller claiming to be from the DSI said the victim’s account was linked to money laundering.' } },
  }),
);
console.log(`  mule account ${muleAccount.observable.canonical} (${muleAccount.tlp}) → shared as ${JSON.stringify(muleForCommunity.observable.pseudonym)}`);
const full = must(buildBundle({ producer: AOC, records: [phoneAtA, landingPage, muleAccount, muleForCommunity, victimCase] }));
console.log(`  bundle ${full.id}: ${full.records.length} records, ${full.tlp}`);

console.log('3. A redacts the bundle for a TLP:GREEN audience and signs it');
const green = await redact(full, { audience: 'green', keyring: keyringA });
console.log(`  kept ${green.records.length} of ${full.records.length} records; bundle now ${green.tlp}`);
check(!JSON.stringify(green).includes('0041234567'), 'the raw mule account number is gone');
check(!green.records.some((r) => r.type === 'case'), 'the TLP:AMBER+STRICT victim case is gone');
check(validate(green).valid, 'the redacted bundle is valid');
const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
const aocJwks: { keys: JWK[] } = { keys: [{ ...(await exportJWK(publicKey)), kid: 'aoc1441-2026-01', alg: 'EdDSA', use: 'sig' }] };
const signed = await signBundle(green, { privateKey, kid: 'aoc1441-2026-01', alg: 'EdDSA' });
console.log(`  signature ${signed.signature!.jws.slice(0, 40)}… (${signed.signature!.alg}, kid ${signed.signature!.kid})`);

console.log('4. B receives the bundle over the wire, verifies and validates it');
const received: unknown = JSON.parse(JSON.stringify(signed));
const verdict = await verifyBundle(received, { keys: aocJwks });
check(verdict.ok, `signature verified with A's published key (${verdict.ok ? verdict.kid : verdict.reason})`);
check(validate(received).valid, 'the received bundle is valid');
const tampered = JSON.parse(JSON.stringify(signed)) as typeof signed;
tampered.records = tampered.records.slice(1);
const rejected = await verifyBundle(tampered, { keys: aocJwks });
check(!rejected.ok, `a bundle with a record removed is rejected (${rejected.ok ? '' : rejected.code})`);

console.log('5. B matches what it received against its own records');
const bundle = received as typeof signed;
const indicators = bundle.records.filter((r) => r.type === 'indicator') as unknown as (typeof phoneAtA)[];
const phoneMatch = indicators.map((i) => compareObservables(phoneAtB, i)).find((m) => m.same);
check(phoneMatch?.evidence.some((e) => e.by === 'observable_id') ?? false, 'B’s phone number matches A’s indicator by observable id');
const bankOwnRecord = must(buildIndicator({ kind: 'bank_account', raw: '0041234567', source: BANK, normalize: { country: 'TH', institution: '004' } }));
const accountMatches = await Promise.all(indicators.map((i) => compareObservablesWithKeyring(bankOwnRecord, i, keyringB)));
check(accountMatches.some((m) => m.same && m.evidence.some((e) => e.by === 'pseudonym')), 'B’s own account record matches A’s pseudonymised mule account');
console.log('done');
