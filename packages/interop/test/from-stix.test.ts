import type { Indicator } from '@gpos/types';
import { validate } from '@gpos/validate';
import { describe, expect, it } from 'vitest';
import { fromStix, TLP2_MARKING_IDS, TLP1_MARKING_IDS } from '../src/index.js';

const stixIndicator = (pattern: string, extra: Record<string, unknown> = {}) => ({
  type: 'indicator',
  spec_version: '2.1',
  id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
  created: '2026-03-01T10:00:00.000Z',
  modified: '2026-03-02T10:00:00.000Z',
  pattern,
  pattern_type: 'stix',
  valid_from: '2026-03-01T10:00:00.000Z',
  object_marking_refs: [TLP2_MARKING_IDS.green],
  ...extra,
});
const bundleOf = (...objects: unknown[]) => ({ type: 'bundle', id: 'bundle--5d0092c5-5f74-4d5b-b2f4-2b4b7a8b7a27', objects });

describe('bad input is refused with a located error and a stable code, never an exception', () => {
  it.each([
    ['not JSON', '{"type": "bundle", ', 'invalid_json', ''],
    ['not a bundle', { type: 'indicator', id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f' }, 'not_stix_bundle', '/type'],
    ['an array', [], 'not_stix_bundle', '/type'],
    ['null', null, 'not_stix_bundle', '/type'],
    ['a STIX 2.0 bundle (spec_version on the bundle)', { ...bundleOf(), spec_version: '2.0' }, 'unsupported_spec_version', '/spec_version'],
    ['a STIX 2.0 object inside', bundleOf(stixIndicator("[url:value = 'http://a.example/']", { spec_version: '2.0' })), 'unsupported_spec_version', '/objects/0/spec_version'],
    ['an SDO without spec_version (STIX 2.0)', bundleOf((({ spec_version: _s, ...o }) => o)(stixIndicator("[url:value = 'http://a.example/']"))), 'unsupported_spec_version', '/objects/0'],
    ['objects not a list', { ...bundleOf(), objects: {} }, 'not_stix_bundle', '/objects'],
    ['a GPOS bundle (records, not objects; a GPOS spec_version)', { type: 'bundle', id: 'bundle--019a4771-5100-7d3a-b134-84b3aee166b4', spec_version: '1.1.0', records: [] }, 'not_stix_bundle', '/records'],
    ['an object without an id', bundleOf({ type: 'indicator' }), 'invalid_object', '/objects/0'],
    ['an id of another type', bundleOf(stixIndicator("[url:value = 'http://a.example/']", { id: 'malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f' })), 'invalid_object', '/objects/0/id'],
  ] as const)('%s → %s', (_what, input, code, pointer) => {
    const result = fromStix(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.pointer).toBe(pointer);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });

  it('refuses hostile sizes: too many characters, too many objects, too deep', () => {
    const long = JSON.stringify(bundleOf(stixIndicator("[url:value = 'http://a.example/']")));
    const tooLarge = fromStix(long, { limits: { maxBytes: 100 } });
    expect(!tooLarge.ok && tooLarge.error.code).toBe('too_large');
    const many = fromStix(bundleOf(...Array.from({ length: 11 }, () => ({}))), { limits: { maxObjects: 10 } });
    expect(!many.ok && many.error).toMatchObject({ code: 'too_many_objects', pointer: '/objects' });
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const tooDeep = fromStix(bundleOf(stixIndicator("[url:value = 'http://a.example/']", { labels: deep })));
    expect(!tooDeep.ok && tooDeep.error.code).toBe('too_deep');
    expect(!tooDeep.ok && tooDeep.error.pointer.startsWith('/objects/0/labels/0/0')).toBe(true);
  });
});

describe('foreign STIX maps as far as it can, normalised, and reports the rest', () => {
  it('an indicator for a URL becomes a valid GPOS indicator, its value normalised by @gpos/normalize', () => {
    const result = fromStix(bundleOf(stixIndicator("[url:value = 'HTTP://Bad.Example/Login?x=1']", { labels: ['phishing', 'gpos-typology:phishing.bank'] })));
    if (!result.ok) throw new Error(result.error.message);
    const [record] = result.records as Indicator[];
    expect(record!.observable).toMatchObject({ kind: 'url', raw: 'HTTP://Bad.Example/Login?x=1', canonical: 'http://bad.example/Login?x=1' });
    expect(record!.tlp).toBe('green');
    expect(record!.labels).toEqual(['phishing']);
    expect(record!.typology).toEqual(['phishing.bank']);
    expect(record!.first_seen).toBe('2026-03-01T10:00:00Z');
    expect(record!.external_refs).toEqual([{ source_name: 'stix', external_id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f' }]);
    expect(record!.id).toBe('indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f');
    expect(validate(record).valid).toBe(true);
  });

  it('reads TLP 1.0 markings, TLP:WHITE as clear, and says when it had to default the TLP', () => {
    const white = fromStix(bundleOf(stixIndicator("[domain-name:value = 'bad.example']", { object_marking_refs: [TLP1_MARKING_IDS.white] })));
    expect(white.ok && (white.records[0] as Indicator).tlp).toBe('clear');
    const unmarked = fromStix(bundleOf(stixIndicator("[domain-name:value = 'bad.example']", { object_marking_refs: undefined })));
    if (!unmarked.ok) throw new Error();
    expect((unmarked.records[0] as Indicator).tlp).toBe('amber');
    expect(unmarked.losses).toContainEqual(expect.objectContaining({ code: 'tlp_defaulted', pointer: '/object_marking_refs' }));
  });

  it('reports markings that are not TLP (a copyright statement, another scheme) rather than dropping them silently, once per object', () => {
    const copyright = { type: 'marking-definition', spec_version: '2.1', id: 'marking-definition--0a6f1a44-6e2e-4f35-9c5e-2d2f3c1c7b10', created: '2026-01-01T00:00:00.000Z', definition_type: 'statement', definition: { statement: 'Copyright 2026, Example Bank. Not for onward sharing.' } };
    const unknownRef = 'marking-definition--1a4b2c3d-0000-4000-8000-000000000001';
    const result = fromStix(bundleOf(copyright, stixIndicator("[ipv4-addr:value = '203.0.113.9'] OR [domain-name:value = 'bad.example']", { object_marking_refs: [TLP2_MARKING_IDS.amber, copyright.id, unknownRef] })));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.records).toHaveLength(2);
    expect((result.records as Indicator[]).map((r) => r.tlp)).toEqual(['amber', 'amber']);
    const markingLosses = result.losses.filter((l) => l.pointer.startsWith('/object_marking_refs/'));
    expect(markingLosses.map((l) => [l.pointer, l.code])).toEqual([
      ['/object_marking_refs/1', 'property_dropped'],
      ['/object_marking_refs/2', 'property_dropped'],
    ]);
    expect(markingLosses[0]!.message).toContain('Copyright 2026, Example Bank');
    expect(markingLosses[1]!.message).toContain(unknownRef);
  });

  it('takes the strictest TLP of the object and its granular markings, so a RED part never travels as GREEN', () => {
    const result = fromStix(bundleOf(stixIndicator("[domain-name:value = 'bad.example']", { description: 'named victim', granular_markings: [{ marking_ref: TLP2_MARKING_IDS.red, selectors: ['description'] }] })));
    if (!result.ok) throw new Error(result.error.message);
    expect((result.records[0] as Indicator).tlp).toBe('red');
    expect(result.losses).toContainEqual(expect.objectContaining({ pointer: '/granular_markings', code: 'property_dropped' }));
    const plain = fromStix(bundleOf(stixIndicator("[domain-name:value = 'bad.example']", { granular_markings: [{ marking_ref: TLP2_MARKING_IDS.clear, selectors: ['pattern'] }] })));
    if (!plain.ok) throw new Error(plain.error.message);
    expect((plain.records[0] as Indicator).tlp).toBe('green');
    expect(plain.losses.filter((l) => l.pointer.includes('marking'))).toEqual([]);
  });

  it('splits an OR of observables into one indicator each, and says so', () => {
    const result = fromStix(bundleOf(stixIndicator("[ipv4-addr:value = '203.0.113.9'] OR [email-addr:value = 'Pay@Bad.Example']")));
    if (!result.ok) throw new Error();
    expect((result.records as Indicator[]).map((r) => [r.observable.kind, r.observable.canonical])).toEqual([
      ['ip_address', '203.0.113.9'],
      ['email_address', 'pay@bad.example'],
    ]);
    expect(new Set(result.records.map((r) => r.id)).size).toBe(2);
    expect(result.losses).toContainEqual(expect.objectContaining({ code: 'pattern_split' }));
  });

  it.each([
    ["[file:size > 1000]", 'pattern_not_mapped'],
    ["[url:value = 'http://a.example/'] FOLLOWEDBY [url:value = 'http://b.example/']", 'pattern_not_mapped'],
    ["[url:value LIKE 'http://%.example/']", 'pattern_not_mapped'],
    ["[url:value = 'unterminated]", 'pattern_not_mapped'],
    ["[email-addr:value = 'not an address']", 'observable_not_normalized'],
  ])('%s is not imported but reported (%s)', (pattern, code) => {
    const result = fromStix(bundleOf(stixIndicator(pattern)));
    if (!result.ok) throw new Error();
    expect(result.records).toEqual([]);
    expect(result.losses).toContainEqual(expect.objectContaining({ object: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f', code }));
  });

  it('reports every object it cannot map, by type', () => {
    const result = fromStix(bundleOf({ type: 'malware', spec_version: '2.1', id: 'malware--162d917e-766f-4611-b5d6-652791454fca', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', name: 'x', is_family: false }, { type: 'url', spec_version: '2.1', id: 'url--4a8b2c4e-2a0c-5b3f-8e1a-000000000001', value: 'http://a.example/' }));
    if (!result.ok) throw new Error();
    expect(result.losses.map((l) => [l.object.split('--')[0], l.code])).toEqual([
      ['malware', 'no_counterpart'],
      ['url', 'no_counterpart'],
    ]);
  });

  it('does not trust the GPOS extension: a record rebuilt from it must still be valid GPOS', () => {
    const result = fromStix(
      bundleOf({
        ...stixIndicator("[url:value = 'http://a.example/']"),
        extensions: { 'extension-definition--ddee5e0e-1bc9-5772-ac9c-50491acc7848': { extension_type: 'property-extension', gpos_type: 'indicator', gpos_id: 'indicator--01a1c365-ef80-726d-a272-ac86df3cc2d8', gpos_spec_version: '1.1.0', fields: { observable: { kind: 'url' }, status: 'no-such-status' } } },
      }),
    );
    if (!result.ok) throw new Error();
    expect(result.records).toEqual([]);
    expect(result.losses).toContainEqual(expect.objectContaining({ code: 'record_incomplete' }));
  });
});
