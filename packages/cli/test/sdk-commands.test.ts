import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { Keyring, OprfKey, pseudonymise } from '@gpos/sdk';
import { ExchangeServer, OprfKeys, PgliteStorage } from '@gpos/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE, bin, gpos, indicator, ndjson, pretty, tempDir } from './helpers.js';

// gpos normalize, pseudonymise, redact, sign, verify and keygen, run as users run them: the built binary.

const t = tempDir();
const SECRET = Buffer.alloc(32, 7).toString('base64url');
const KEY_FILE = { keys: [{ key_id: 'th-community-2026-01', secret: SECRET }], current: 'th-community-2026-01' };

const phone = (n: number, raw: string, extra: Record<string, unknown> = {}) => indicator(n, { observable: { kind: 'phone_number', raw }, ...extra });
const RAW = [
  phone(1, '081-234-5678'),
  indicator(2, { observable: { kind: 'domain', raw: 'Bad-Bank[.]example' } }),
  indicator(3, { tlp: 'amber', observable: { kind: 'iban', raw: 'GB82 WEST 1234 5698 7654 32' } }),
];
const BAD_IBAN = indicator(4, { tlp: 'amber', observable: { kind: 'iban', raw: 'GB82 WEST 1234 5698 7654 33' } });

const lines = (text: string) => text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);

beforeAll(() => {
  t.write('raw.ndjson', ndjson(RAW));
  t.write('raw-bundle.json', pretty({ ...BUNDLE, records: RAW }));
  t.write('mixed.ndjson', ndjson([RAW[0], BAD_IBAN, RAW[1]]));
  t.write('keys/community.json', JSON.stringify(KEY_FILE));
  chmodSync(join(t.dir, 'keys/community.json'), 0o600);
});
afterAll(() => t.cleanup());

describe('gpos normalize', () => {
  it('fills canonical values, match keys, normaliser and ids, and the result validates', () => {
    const run = gpos(['normalize', '--default-region', 'TH', 'raw.ndjson', '--output', 'canonical.ndjson'], { cwd: t.dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    const out = lines(readFileSync(join(t.dir, 'canonical.ndjson'), 'utf8'));
    expect(out).toHaveLength(3);
    expect(out[0]!.observable).toMatchObject({
      kind: 'phone_number',
      raw: '081-234-5678',
      canonical: '+66812345678',
      match_keys: [{ type: 'e164', value: '+66812345678' }],
      attributes: { country: 'TH' },
      normalizer: { name: '@gpos/normalize' },
    });
    expect(out[0]!.observable.id).toMatch(/^observable--[0-9a-f-]{36}$/);
    expect(out[1]!.observable).toMatchObject({ canonical: 'bad-bank.example', id: 'observable--cd48b1a9-de66-5b1f-a4b8-ebd767ca1b26' });
    expect(out[2]!.observable.canonical).toBe('GB82WEST12345698765432');
    const check = gpos(['validate', 'canonical.ndjson'], { cwd: t.dir });
    expect(check.code, check.stdout).toBe(0);
  });

  it('mirrors the input: a JSON bundle stays an indented bundle; NDJSON on stdin stays NDJSON', () => {
    const run = gpos(['normalize', '--default-region', 'th', 'raw-bundle.json'], { cwd: t.dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.startsWith('{\n  "type": "bundle"')).toBe(true);
    const bundle = JSON.parse(run.stdout);
    expect(bundle.records.map((r: any) => r.observable.canonical)).toEqual(['+66812345678', 'bad-bank.example', 'GB82WEST12345698765432']);
    t.write('normalized-bundle.json', run.stdout);
    expect(gpos(['validate', 'normalized-bundle.json'], { cwd: t.dir }).code).toBe(0);

    const piped = gpos(['normalize', '--default-region', 'TH', '-'], { cwd: t.dir, input: ndjson(RAW) });
    expect(piped.code, piped.stderr).toBe(0);
    expect(lines(piped.stdout).map((r) => r.observable.canonical)).toEqual(['+66812345678', 'bad-bank.example', 'GB82WEST12345698765432']);
    // normalising canonical output again changes nothing
    const again = gpos(['normalize', '-'], { cwd: t.dir, input: piped.stdout });
    expect(again.stdout).toBe(piped.stdout);
  });

  it('reports every value it cannot normalise with file, line, column, pointer and reason, exits 1, and writes the rest', () => {
    const run = gpos(['normalize', '--default-region', 'TH', 'mixed.ndjson'], { cwd: t.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^mixed\.ndjson:2:\d+: error bad_checksum: the iban value could not be normalised: .+ \(at \/observable\/raw\)$/m);
    expect(run.stderr).not.toContain('    at ');
    const out = lines(run.stdout);
    expect(out).toHaveLength(3);
    expect(out[0]!.observable.canonical).toBe('+66812345678');
    expect(out[1]!.observable).toEqual(BAD_IBAN.observable);

    // a phone number without a country code and no region to read it with
    const json = gpos(['normalize', 'raw-bundle.json'], { cwd: t.dir });
    expect(json.code).toBe(1);
    const raw = readFileSync(join(t.dir, 'raw-bundle.json'), 'utf8').split('\n');
    const line = raw.findIndex((l) => l.includes('081-234-5678')) + 1;
    expect(json.stderr).toMatch(new RegExp(`^raw-bundle\\.json:${line}:\\d+: error [a-z_]+: the phone_number value could not be normalised: .+\\(at /records/0/observable/raw\\)$`, 'm'));
  });

  it('reads hostile input without falling over: a 10 MB line, broken lines, duplicate keys, bad UTF-8, deep nesting', () => {
    const big = phone(5, '+66 81 234 5678', { description: { en: 'x'.repeat(10 * 1024 * 1024) } });
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const input = Buffer.concat([
      Buffer.from(`${JSON.stringify(big)}\n{"type": "indicator",\n`),
      Buffer.from('{"type":"indicator","type":"case"}\n'),
      Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d, 0x0a]),
      Buffer.from(`${deep}\n${JSON.stringify(RAW[1])}\n`),
    ]);
    t.write('hostile.ndjson', input);
    const run = gpos(['normalize', 'hostile.ndjson'], { cwd: t.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^hostile\.ndjson:2:\d+: error: .*json_syntax/m);
    expect(run.stderr).toMatch(/^hostile\.ndjson:3:\d+: error: .*json_duplicate_key/m);
    expect(run.stderr).toMatch(/^hostile\.ndjson:4:1: error: the file is not valid UTF-8/m);
    expect(run.stderr).toMatch(/^hostile\.ndjson:5:\d+: error: .*json_too_deep/m);
    expect(run.stderr).not.toContain('    at ');
    const out = lines(run.stdout);
    expect(out.map((r) => r.observable.canonical)).toEqual(['+66812345678', 'bad-bank.example']);
    expect(out[0]!.description.en).toHaveLength(10 * 1024 * 1024);
  });

  it('exits 2 on usage errors and missing inputs', () => {
    for (const args of [['normalize', '--default-region', 'Thailand', 'raw.ndjson'], ['normalize', '--bogus', 'raw.ndjson'], ['normalize', 'missing.ndjson']]) {
      const run = gpos(args, { cwd: t.dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^gpos: /);
    }
  });
});

describe('gpos pseudonymise', () => {
  it('replaces every observable value by its keyed pseudonym, never leaving the raw value, and the result validates', async () => {
    const run = gpos(['pseudonymise', '--key-file', 'keys/community.json', '--default-region', 'TH', 'raw.ndjson'], { cwd: t.dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('warning');
    for (const leaked of ['081-234-5678', '812345678', 'Bad-Bank', 'bad-bank', 'WEST', '5698765432', SECRET]) expect(run.stdout).not.toContain(leaked);
    const out = lines(run.stdout);
    expect(out).toHaveLength(3);
    for (const record of out) {
      expect(record.observable.raw).toBeUndefined();
      expect(record.observable.canonical).toBeUndefined();
      expect(record.observable.id).toBeUndefined();
      expect(record.observable.match_keys.every((k: any) => k.type === 'hmac_sha256' && k.key_id === 'th-community-2026-01')).toBe(true);
    }
    // the pseudonym is the documented HMAC of the canonical value, so partners holding the key match it
    const keyring = await Keyring.create([{ keyId: 'th-community-2026-01', secret: SECRET }]);
    expect(out[0]!.observable.pseudonym).toEqual(await pseudonymise(keyring, 'phone_number', '+66812345678'));
    t.write('pseudonymised.ndjson', run.stdout);
    expect(gpos(['validate', 'pseudonymised.ndjson'], { cwd: t.dir }).code).toBe(0);
  });

  it('leaves out an indicator whose value cannot be normalised, rather than writing it in clear', () => {
    const run = gpos(['pseudonymise', '-k', 'keys/community.json', '--default-region', 'TH', 'mixed.ndjson'], { cwd: t.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^mixed\.ndjson:2:\d+: error bad_checksum: .*left out/m);
    expect(run.stdout).not.toContain('WEST');
    expect(lines(run.stdout)).toHaveLength(2);
  });

  it('refuses a missing, malformed or weak key file with status 2 and a clear message, never printing the secret', () => {
    const missing = gpos(['pseudonymise', '--key-file', 'keys/nope.json', 'raw.ndjson'], { cwd: t.dir });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe('gpos: cannot read the key file keys/nope.json: no such file or folder\n');

    const files: Record<string, string> = {
      'truncated.json': `{"keys": [{"key_id": "k", "secret": "${SECRET}`,
      'shape.json': JSON.stringify({ secret: SECRET }),
      'short.json': JSON.stringify({ keys: [{ key_id: 'k', secret: 'c2hvcnQ' }] }),
      'current.json': JSON.stringify({ keys: [{ key_id: 'k', secret: SECRET }], current: 'other' }),
    };
    for (const [name, content] of Object.entries(files)) {
      t.write(`keys/${name}`, content);
      chmodSync(join(t.dir, 'keys', name), 0o600);
      const run = gpos(['pseudonymise', '--key-file', `keys/${name}`, 'raw.ndjson'], { cwd: t.dir });
      expect(run.code, name).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr, name).toMatch(new RegExp(`^gpos: the key file keys/${name.replace('.', '\\.')} .+\\n$`));
      expect(run.stderr).not.toContain(SECRET);
      expect(run.stderr).not.toContain(SECRET.slice(0, 8));
      expect(run.stderr).not.toContain('    at ');
    }
    expect(gpos(['pseudonymise', 'raw.ndjson'], { cwd: t.dir }).code).toBe(2);
  });

  it('warns when the key file can be read by other users', () => {
    t.write('keys/open.json', JSON.stringify(KEY_FILE));
    chmodSync(join(t.dir, 'keys/open.json'), 0o644);
    const run = gpos(['pseudonymise', '-k', 'keys/open.json', 'raw.ndjson', '--default-region', 'TH'], { cwd: t.dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('gpos: warning: the key file keys/open.json can be read by other users (mode 644); restrict it with: chmod 600 keys/open.json');
  });
});

describe('gpos redact', () => {
  it('removes records above the audience and keeps the rest', () => {
    const canonical = gpos(['normalize', '--default-region', 'TH', 'raw.ndjson'], { cwd: t.dir }).stdout;
    t.write('canonical-for-redact.ndjson', canonical);
    const green = gpos(['redact', '--audience', 'green', 'canonical-for-redact.ndjson'], { cwd: t.dir });
    expect(green.code, green.stderr).toBe(0);
    const kept = lines(green.stdout);
    expect(kept.map((r) => r.id)).toEqual([RAW[0]!.id, RAW[1]!.id]);
    expect(green.stdout).not.toContain('GB82');
    expect(green.stderr).toContain('1 record removed');

    const clear = gpos(['redact', '--audience', 'clear', 'canonical-for-redact.ndjson'], { cwd: t.dir });
    expect(clear.code).toBe(0);
    expect(clear.stdout).toBe('');

    // a bundle keeps its envelope, loses nothing it may carry, and still validates
    t.write('bundle-for-redact.json', pretty({ ...BUNDLE, tlp: 'amber', records: lines(canonical) }));
    const bundle = gpos(['redact', '--audience', 'amber', '-k', 'keys/community.json', 'bundle-for-redact.json', '-o', 'redacted.json'], { cwd: t.dir });
    expect(bundle.code, bundle.stderr).toBe(0);
    const redacted = JSON.parse(readFileSync(join(t.dir, 'redacted.json'), 'utf8'));
    expect(redacted.records).toHaveLength(3);
    expect(gpos(['validate', 'redacted.json'], { cwd: t.dir }).code).toBe(0);
  });

  it('--lower-indicators brings GREEN and AMBER indicators to TLP:CLEAR as keyed pseudonyms, the result validates and holds no value', () => {
    const canonical = gpos(['normalize', '--default-region', 'TH', 'raw.ndjson'], { cwd: t.dir }).stdout;
    t.write('bundle-to-lower.json', pretty({ ...BUNDLE, tlp: 'amber', description: { en: 'Call 081-234-5678 or GB82 WEST 1234 5698 7654 32' }, records: lines(canonical) }));
    const run = gpos(['redact', '--audience', 'clear', '-k', 'keys/community.json', '--lower-indicators', 'bundle-to-lower.json', '-o', 'lowered.json'], { cwd: t.dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('3 indicators lowered');
    const text = readFileSync(join(t.dir, 'lowered.json'), 'utf8');
    const lowered = JSON.parse(text);
    expect(lowered.tlp).toBe('clear');
    expect(lowered.records.map((r: Record<string, any>) => [r.id, r.tlp, r.observable.pseudonym?.key_id])).toEqual(RAW.map((r) => [r.id, 'clear', 'th-community-2026-01']));
    for (const secret of ['081-234-5678', '+66812345678', 'GB82', 'bad-bank.example', 'Bad-Bank[.]example']) expect(text).not.toContain(secret);
    expect(gpos(['validate', 'lowered.json'], { cwd: t.dir }).code).toBe(0);
    // without a key there is nothing to lower with
    expect(gpos(['redact', '--audience', 'clear', '--lower-indicators', 'bundle-to-lower.json'], { cwd: t.dir }).code).toBe(2);
  });

  it('hides the observable id of a value it pseudonymises or drops from sightings and relationships that name it', () => {
    const records = lines(gpos(['normalize', '--default-region', 'TH', 'raw.ndjson'], { cwd: t.dir }).stdout);
    const iban = records[2]!;
    const ibanId = String(iban.observable.id);
    expect(ibanId).toMatch(/^observable--/);
    const envelope = { spec_version: '1.0.0', created: '2026-03-14T10:00:00Z', modified: '2026-03-14T10:00:00Z', source: 'TH-GOV:aoc1441', tlp: 'green' };
    const sighting = { type: 'sighting', id: 'sighting--0192f0c4-7a1e-7c3b-9d2e-000000000001', ...envelope, verdict: 'confirmed', indicator_ref: iban.id, observable_id: ibanId };
    const bare = { type: 'sighting', id: 'sighting--0192f0c4-7a1e-7c3b-9d2e-000000000002', ...envelope, verdict: 'seen', observable_id: ibanId };
    const link = { type: 'relationship', id: 'relationship--0192f0c4-7a1e-7c3b-9d2e-000000000001', ...envelope, relationship_type: 'linked_to', source_ref: ibanId, target_ref: records[0]!.id };
    t.write('bundle-with-ids.json', pretty({ ...BUNDLE, tlp: 'amber', records: [...records, sighting, bare, link] }));
    expect(gpos(['validate', 'bundle-with-ids.json'], { cwd: t.dir }).code).toBe(0);
    for (const extra of [[], ['-k', 'keys/community.json'], ['-k', 'keys/community.json', '--lower-indicators']]) {
      const run = gpos(['redact', '--audience', 'green', ...extra, 'bundle-with-ids.json', '-o', 'without-ids.json'], { cwd: t.dir });
      expect(run.code, run.stderr).toBe(0);
      const text = readFileSync(join(t.dir, 'without-ids.json'), 'utf8');
      expect(text, extra.join(' ')).not.toContain(ibanId);
      const ids = (JSON.parse(text).records as Record<string, any>[]).map((r) => r.id);
      expect(ids).not.toContain(bare.id);
      expect(ids).not.toContain(link.id);
      // the sighting still answers the indicator when the audience receives it, lowered
      expect(ids.includes(sighting.id), extra.join(' ')).toBe(extra.includes('--lower-indicators'));
      expect(gpos(['validate', 'without-ids.json'], { cwd: t.dir }).code).toBe(0);
    }
  });

  it('exits 2 without an audience or with an unknown one', () => {
    for (const args of [['redact', 'raw.ndjson'], ['redact', '--audience', 'purple', 'raw.ndjson'], ['redact', '--audience', 'green', '--key-file', 'keys/nope.json', 'raw.ndjson']]) {
      const run = gpos(args, { cwd: t.dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
    }
  });
});

describe('gpos keygen, sign and verify', () => {
  beforeAll(() => {
    const bundle = JSON.parse(gpos(['normalize', '--default-region', 'TH', 'raw-bundle.json'], { cwd: t.dir }).stdout);
    t.write('sign/bundle.json', pretty(bundle));
    for (const [kid, alg] of [['aoc-2026-01', 'EdDSA'], ['aoc-es', 'ES256'], ['stranger', 'EdDSA']]) {
      const run = gpos(['keygen', '--kid', kid!, '--alg', alg!, '--private', `sign/${kid}.jwk.json`, '--public', `sign/${kid}.jwks.json`], { cwd: t.dir });
      expect(run.code, run.stderr).toBe(0);
    }
  });

  it('writes the private key readable by its owner only and a public key set without private parts', () => {
    expect(statSync(join(t.dir, 'sign/aoc-2026-01.jwk.json')).mode & 0o077).toBe(0);
    const jwks = JSON.parse(readFileSync(join(t.dir, 'sign/aoc-2026-01.jwks.json'), 'utf8'));
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: 'aoc-2026-01', alg: 'EdDSA', use: 'sig' });
    expect(jwks.keys[0].d).toBeUndefined();
    const again = gpos(['keygen', '--kid', 'aoc-2026-01', '--private', 'sign/aoc-2026-01.jwk.json', '--public', 'sign/x.json'], { cwd: t.dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
  });

  it('round-trips sign → verify with EdDSA and ES256, and the signed bundle validates', () => {
    for (const kid of ['aoc-2026-01', 'aoc-es']) {
      const signed = gpos(['sign', '--key', `sign/${kid}.jwk.json`, 'sign/bundle.json', '--output', `sign/signed-${kid}.json`], { cwd: t.dir });
      expect(signed.code, signed.stderr).toBe(0);
      expect(signed.stdout).toBe('');
      const verified = gpos(['verify', '--jwks', `sign/${kid}.jwks.json`, `sign/signed-${kid}.json`], { cwd: t.dir });
      expect(verified.code, verified.stdout).toBe(0);
      expect(verified.stdout).toBe(`sign/signed-${kid}.json: ok (signed with ${kid === 'aoc-es' ? 'ES256' : 'EdDSA'} key ${kid})\n`);
      expect(gpos(['validate', `sign/signed-${kid}.json`], { cwd: t.dir }).code).toBe(0);
    }
    // standard input in, standard output out
    const piped = gpos(['sign', '--key', 'sign/aoc-2026-01.jwk.json', '--kid', 'aoc-2026-01', '-'], { cwd: t.dir, input: readFileSync(join(t.dir, 'sign/bundle.json')) });
    expect(piped.code).toBe(0);
    expect(gpos(['verify', '--jwks', 'sign/aoc-2026-01.jwks.json', '-'], { cwd: t.dir, input: piped.stdout }).code).toBe(0);
  });

  it('exits 1 with the SDK code and reason for each failing file', () => {
    const signed = readFileSync(join(t.dir, 'sign/signed-aoc-2026-01.json'), 'utf8');
    expect(signed).toContain('bad-bank.example');
    t.write('sign/tampered.json', signed.replace('bad-bank.example', 'bad-bank.exampla'));
    t.write('sign/not-json.json', '{"type": "bundle",');
    const run = gpos(['verify', '--jwks', 'sign/aoc-2026-01.jwks.json', '--format', 'json', 'sign/signed-aoc-2026-01.json', 'sign/tampered.json', 'sign/bundle.json', 'sign/not-json.json'], { cwd: t.dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.ok).toBe(false);
    expect(report.files.map((f: any) => [f.path, f.ok ? 'ok' : f.code])).toEqual([
      ['sign/signed-aoc-2026-01.json', 'ok'],
      ['sign/tampered.json', 'bad_signature'],
      ['sign/bundle.json', 'unsigned'],
      ['sign/not-json.json', 'json_syntax'],
    ]);
    const text = gpos(['verify', '--jwks', 'sign/aoc-2026-01.jwks.json', 'sign/tampered.json'], { cwd: t.dir });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^sign\/tampered\.json: bad_signature: The signature does not match/);
    const stranger = gpos(['verify', '--jwks', 'sign/stranger.jwks.json', 'sign/signed-aoc-2026-01.json'], { cwd: t.dir });
    expect(stranger.code).toBe(1);
    expect(stranger.stdout).toContain('unknown_key');
  });

  it('keeps a signature that still covers the bundle, and removes one that no longer does', () => {
    const same = gpos(['normalize', 'sign/signed-aoc-2026-01.json', '-o', 'sign/renormalised.json'], { cwd: t.dir });
    expect(same.code, same.stderr).toBe(0);
    expect(gpos(['verify', '--jwks', 'sign/aoc-2026-01.jwks.json', 'sign/renormalised.json'], { cwd: t.dir }).code).toBe(0);
    const changed = gpos(['pseudonymise', '-k', 'keys/community.json', 'sign/signed-aoc-2026-01.json'], { cwd: t.dir });
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.stderr).toMatch(/^sign\/signed-aoc-2026-01\.json:\d+:\d+: warning signature_removed: .+gpos sign/m);
    expect(JSON.parse(changed.stdout).signature).toBeUndefined();
  });

  it('exits 2 on usage errors and unusable keys, with one clear line', () => {
    const cases: Array<[string[], RegExp]> = [
      [['sign', 'sign/bundle.json'], /--key FILE/],
      [['sign', '--key', 'sign/missing.jwk.json', 'sign/bundle.json'], /cannot read the private key sign\/missing\.jwk\.json: no such file or folder/],
      [['sign', '--key', 'sign/aoc-2026-01.jwks.json', 'sign/bundle.json'], /is a public key/],
      [['sign', '--key', 'sign/aoc-2026-01.jwk.json', '--alg', 'HS256', 'sign/bundle.json'], /--alg must be EdDSA or ES256/],
      [['sign', '--key', 'sign/aoc-2026-01.jwk.json', '--alg', 'ES256', 'sign/bundle.json'], /is for EdDSA, not ES256/],
      [['verify', 'sign/bundle.json'], /--jwks FILE/],
      [['verify', '--jwks', 'sign/nope.json', 'sign/bundle.json'], /cannot read the key set/],
      [['verify', '--jwks', 'sign/aoc-2026-01.jwks.json', 'sign/missing.json'], /cannot read sign\/missing\.json/],
    ];
    for (const [args, message] of cases) {
      const run = gpos(args, { cwd: t.dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toContain('    at ');
    }
    expect(existsSync(join(t.dir, 'sign/bundle.json.signed'))).toBe(false);
  });

  it('refuses to sign what is not a valid bundle, and never leaves a half-written output', () => {
    t.write('sign/invalid.json', pretty({ ...BUNDLE, records: [indicator(1, { tlp: 'purple' })] }));
    const invalid = gpos(['sign', '--key', 'sign/aoc-2026-01.jwk.json', 'sign/invalid.json', '-o', 'sign/invalid.signed.json'], { cwd: t.dir });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/^gpos: sign\/invalid\.json is not a valid bundle \(1 error, the first: schema_enum at \/records\/0\/tlp: .+nothing was signed\n$/);
    expect(existsSync(join(t.dir, 'sign/invalid.signed.json'))).toBe(false);
    const records = gpos(['sign', '--key', 'sign/aoc-2026-01.jwk.json', 'raw.ndjson'], { cwd: t.dir });
    expect(records.code).toBe(1);
    const nowhere = gpos(['normalize', '--default-region', 'TH', 'raw.ndjson', '-o', 'no/such/folder/out.ndjson'], { cwd: t.dir });
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('gpos: cannot write no/such/folder/out.ndjson: no such file or folder; nothing was written');
    expect(nowhere.stderr).not.toContain('internal error');
  });

  it('makes a community key file that pseudonymise accepts', () => {
    const run = gpos(['keygen', '--community', '--kid', 'gasa-2026-01', '--output', 'keys/new-community.json'], { cwd: t.dir });
    expect(run.code, run.stderr).toBe(0);
    expect(statSync(join(t.dir, 'keys/new-community.json')).mode & 0o077).toBe(0);
    const ps = gpos(['pseudonymise', '-k', 'keys/new-community.json', '--default-region', 'TH', 'raw.ndjson'], { cwd: t.dir });
    expect(ps.code, ps.stderr).toBe(0);
    expect(lines(ps.stdout)[0]!.observable.pseudonym.key_id).toBe('gasa-2026-01');
  });
});

describe('help', () => {
  it('lists the new commands and gives each its own help', () => {
    const main = gpos(['--help']);
    for (const command of ['normalize', 'pseudonymise', 'redact', 'sign', 'verify', 'keygen']) {
      expect(main.stdout).toContain(`gpos ${command}`);
      const help = gpos([command, '--help']);
      expect(help.code, command).toBe(0);
      expect(help.stdout).toMatch(/^Usage: gpos /);
    }
  });
});

describe('gpos pseudonymise --oprf', () => {
  // the exchange runs in this process, so the binary is run without blocking it
  const gposAsync = (args: string[], env: Record<string, string>) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [bin, ...args], { cwd: t.dir, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      );
    });
  const key = OprfKey.derive('exchange-2026-12', new Uint8Array(32).fill(3));
  const batches: number[] = [];
  let storage: PgliteStorage;
  let exchange: ExchangeServer;
  let url: string;
  beforeAll(async () => {
    storage = await PgliteStorage.open();
    exchange = new ExchangeServer({
      storage,
      partners: [
        { org: 'TH-GOV:aoc1441', token: 'aoc-0123456789abcdef', clearance: 'amber', keys: [], oprf: true },
        { org: 'TH-TEL:ais', token: 'telco-0123456789abcdef', clearance: 'amber', keys: [] },
      ],
      oprf: { keys: new OprfKeys([key], key.keyId), onEvaluation: ({ count }) => batches.push(count) },
    });
    url = await exchange.listen();
  }, 60_000);
  afterAll(async () => {
    await exchange?.close();
    await storage?.close();
  });

  it('makes oblivious pseudonyms through the exchange, one round trip for the file, and the result validates', async () => {
    const run = await gposAsync(['pseudonymise', '--oprf', url, '--default-region', 'TH', 'raw-bundle.json'], { GPOS_EXCHANGE_TOKEN: 'aoc-0123456789abcdef' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("under the exchange's key exchange-2026-12");
    for (const leaked of ['081-234-5678', '812345678', 'Bad-Bank', 'bad-bank', 'WEST', '5698765432', 'aoc-0123456789abcdef']) expect(run.stdout).not.toContain(leaked);
    const out = JSON.parse(run.stdout) as { records: Record<string, any>[] };
    expect(batches).toEqual([3]);
    expect(out.records[0]!.observable.pseudonym).toEqual(await pseudonymise(key.evaluator(), 'phone_number', '+66812345678'));
    expect(out.records.every((r) => r.observable.pseudonym.alg === 'oprf-ristretto255-sha512' && r.observable.match_keys === undefined)).toBe(true);
    t.write('oprf.json', run.stdout);
    expect(gpos(['validate', 'oprf.json'], { cwd: t.dir }).code).toBe(0);
    // an NDJSON file too goes in one request, not one a line, and gives the same pseudonyms
    const lined = await gposAsync(['pseudonymise', '--oprf', url, '--default-region', 'TH', 'raw.ndjson'], { GPOS_EXCHANGE_TOKEN: 'aoc-0123456789abcdef' });
    expect(lined.code, lined.stderr).toBe(0);
    expect(batches).toEqual([3, 3]);
    expect(lines(lined.stdout).map((r) => r.observable.pseudonym)).toEqual(out.records.map((r) => r.observable.pseudonym));
  }, 60_000);

  it('stops with status 2 and the problem code when the exchange refuses, and needs a token and one kind of key', async () => {
    const refused = await gposAsync(['pseudonymise', '--oprf', url, '--default-region', 'TH', 'raw.ndjson'], { GPOS_EXCHANGE_TOKEN: 'telco-0123456789abcdef' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/oprf_not_permitted/);
    expect(refused.stdout).toBe('');
    const noToken = await gposAsync(['pseudonymise', '--oprf', url, 'raw.ndjson'], { GPOS_EXCHANGE_TOKEN: '' });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/GPOS_EXCHANGE_TOKEN/);
    expect((await gposAsync(['pseudonymise', '--oprf', url, '-k', 'keys/community.json', 'raw.ndjson'], {})).code).toBe(2);
    expect((await gposAsync(['pseudonymise', '--oprf', 'ftp://x', 'raw.ndjson'], { GPOS_EXCHANGE_TOKEN: 'x' })).code).toBe(2);
  }, 60_000);
});
