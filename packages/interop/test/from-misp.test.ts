import type { Indicator, Operation, Relationship, Sighting } from '@gpos/types';
import { validate } from '@gpos/validate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMisp } from '../src/index.js';

const attribute = (type: string, value: string, extra: Record<string, unknown> = {}) => ({ uuid: '5b6e7b8a-1c2d-4e3f-8a9b-0c1d2e3f4a5b', type, category: 'Other', value, to_ids: false, timestamp: '1772359200', ...extra });
const event = (extra: Record<string, unknown> = {}) => ({
  Event: {
    uuid: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    info: 'test',
    date: '2026-03-01',
    timestamp: '1772359200',
    Orgc: { name: 'TH-GOV:aoc1441', uuid: '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9' },
    Tag: [{ name: 'tlp:green' }],
    Attribute: [],
    Object: [],
    ...extra,
  },
});
const object = (name: string, attributes: Array<[string, string, string]>, extra: Record<string, unknown> = {}) => ({
  uuid: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  name,
  timestamp: '1772359200',
  Attribute: attributes.map(([relation, type, value], i) => ({ uuid: `9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c${String(i).padStart(2, '0')}`, object_relation: relation, type, value, category: 'Other', to_ids: i === 0 })),
  ...extra,
});

describe('bad input is refused with a located error and a stable code, never an exception', () => {
  it.each([
    ['not JSON', '{"Event": ', 'invalid_json', ''],
    ['a STIX bundle', { type: 'bundle', id: 'bundle--5d0092c5-5f74-4d5b-b2f4-2b4b7a8b7a27', objects: [] }, 'not_misp_event', ''],
    ['null', null, 'not_misp_event', ''],
    ['a list with a non-event', [event(), { info: 'no Event wrapper' }], 'not_misp_event', '/1'],
    ['a REST answer with a non-event', { response: [{ Event: 'x' }] }, 'not_misp_event', '/response/0'],
    ['an event with neither uuid nor info', { Event: { Attribute: [] } }, 'not_misp_event', '/Event'],
    ['Attribute not a list', event({ Attribute: {} }), 'invalid_object', '/Event/Attribute'],
    ['an attribute without a type', event({ Attribute: [{ value: 'x' }] }), 'invalid_object', '/Event/Attribute/0/type'],
    ['an attribute whose value is an object', event({ Attribute: [{ type: 'url', value: {} }] }), 'invalid_object', '/Event/Attribute/0/value'],
    ['an object without a name', event({ Object: [{ Attribute: [] }] }), 'invalid_object', '/Event/Object/0'],
    ['an object attribute without a type', event({ Object: [{ name: 'url', Attribute: [{ value: 'x' }] }] }), 'invalid_object', '/Event/Object/0/Attribute/0/type'],
  ] as const)('%s → %s', (_what, input, code, pointer) => {
    const result = fromMisp(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.pointer).toBe(pointer);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });

  it('refuses hostile sizes: too many characters, too many attributes and objects, too deep', () => {
    const big = JSON.stringify(event({ Attribute: [attribute('url', 'http://a.example/')] }));
    expect(fromMisp(big, { limits: { maxBytes: 100 } })).toMatchObject({ ok: false, error: { code: 'too_large', pointer: '' } });
    const many = event({ Attribute: Array.from({ length: 6 }, () => attribute('url', 'http://a.example/')), Object: Array.from({ length: 5 }, () => object('url', [['url', 'url', 'http://b.example/']])) });
    expect(fromMisp(many, { limits: { maxObjects: 10 } })).toMatchObject({ ok: false, error: { code: 'too_many_objects', pointer: '/Event' } });
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const tooDeep = fromMisp(event({ Tag: deep }));
    expect(!tooDeep.ok && tooDeep.error.code).toBe('too_deep');
    expect(!tooDeep.ok && tooDeep.error.pointer.startsWith('/Event/Tag/0/0')).toBe(true);
  });
});

describe('foreign MISP maps as far as it can, normalised, and reports the rest', () => {
  it('a phone-number object becomes a valid GPOS indicator, normalised with the country it states', () => {
    const result = fromMisp(event({ Object: [object('phone-number', [['phone-number', 'phone-number', '081-555-0163'], ['country-code', 'text', 'TH']])] }));
    if (!result.ok) throw new Error(result.error.message);
    const [record] = result.records as Indicator[];
    expect(record).toMatchObject({ id: 'indicator--9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', source: 'TH-GOV:aoc1441', tlp: 'green', actionable: true, observable: { kind: 'phone_number', raw: '081-555-0163', canonical: '+66815550163' } });
    expect(validate(record).valid).toBe(true);
    expect(result.losses).toEqual([]);
  });

  it('lists unknown templates and the attributes they hold, and unknown attribute types, by MISP UUID', () => {
    const result = fromMisp(event({ Object: [object('virustotal-report', [['permalink', 'link', 'https://vt.example/x'], ['detection-ratio', 'text', '0/60']])], Attribute: [attribute('regkey', 'HKLM\\Software\\x')] }));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.records).toEqual([]);
    expect(result.losses).toEqual([
      expect.objectContaining({ object: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', code: 'no_counterpart', message: expect.stringContaining('"virustotal-report" object; not imported. It holds: permalink (link), detection-ratio (text)') }),
      expect.objectContaining({ object: '5b6e7b8a-1c2d-4e3f-8a9b-0c1d2e3f4a5b', code: 'no_counterpart', message: expect.stringContaining('"regkey" attribute') }),
    ]);
  });

  it('lists the attributes of a known template it has no field for', () => {
    const account = object('bank-account', [['iban', 'iban', 'GB82 WEST 1234 5698 7654 32'], ['balance', 'text', '1000'], ['beneficiary', 'text', 'A. Person']], { first_seen: '2026-02-01T08:00:00.123456+00:00' });
    // an IBAN is personal data GPOS shares at TLP:AMBER at least: at TLP:GREEN it is refused, and said so
    const green = fromMisp(event({ Object: [account] }));
    expect(green.ok && green.records).toEqual([]);
    expect(green.ok && green.losses).toContainEqual(expect.objectContaining({ code: 'record_incomplete', message: expect.stringContaining('TLP:AMBER') }));
    const result = fromMisp(event({ Tag: [{ name: 'tlp:amber' }], Object: [account] }));
    if (!result.ok) throw new Error(result.error.message);
    expect((result.records[0] as Indicator).observable.canonical).toBe('GB82WEST12345698765432');
    expect((result.records[0] as Indicator).first_seen).toBe('2026-02-01T08:00:00.123Z');
    expect(result.losses).toContainEqual(expect.objectContaining({ code: 'property_dropped', pointer: '/Attribute', message: expect.stringContaining('balance (text), beneficiary (text)') }));
  });

  it('refuses a full card number rather than import it, and says why', () => {
    const result = fromMisp(event({ Object: [object('credit-card', [['cc-number', 'cc-number', '4111 1111 1111 1111']])] }));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.records).toEqual([]);
    expect(result.losses).toContainEqual(expect.objectContaining({ code: 'observable_not_normalized', message: expect.stringContaining('full card number') }));
  });

  it('does not read a system account (user-account of type unix) as a scam account', () => {
    const result = fromMisp(event({ Object: [object('user-account', [['username', 'text', 'root'], ['account-type', 'text', 'unix']])] }));
    expect(result.ok && result.records).toEqual([]);
    expect(result.ok && result.losses[0]?.code).toBe('no_counterpart');
  });

  it('splits an object holding several observables into one indicator each, and says so', () => {
    const result = fromMisp(event({ Object: [object('domain-ip', [['domain', 'domain', 'bad.example'], ['ip', 'ip-dst', '203.0.113.9'], ['ip', 'ip-dst', '203.0.113.10']])] }));
    if (!result.ok) throw new Error(result.error.message);
    expect((result.records as Indicator[]).map((r) => [r.observable.kind, r.observable.canonical])).toEqual([
      ['domain', 'bad.example'],
      ['ip_address', '203.0.113.9'],
      ['ip_address', '203.0.113.10'],
    ]);
    expect(new Set(result.records.map((r) => r.id)).size).toBe(3);
    expect(result.losses).toContainEqual(expect.objectContaining({ code: 'object_split' }));
  });

  it('reads TLP from tags (tlp:white as clear, the attribute\'s over the event\'s), else from the distribution level, else the default, and says when it had to', () => {
    const tagged = fromMisp(event({ Tag: [{ name: 'tlp:amber' }], Attribute: [attribute('url', 'http://a.example/', { Tag: [{ name: 'tlp:white' }] })] }));
    expect(tagged.ok && (tagged.records[0] as Indicator).tlp).toBe('clear');
    const byEvent = fromMisp(event({ Tag: [{ name: 'TLP:AMBER+STRICT' }], Attribute: [attribute('url', 'http://a.example/')] }));
    expect(byEvent.ok && (byEvent.records[0] as Indicator).tlp).toBe('amber+strict');
    for (const [distribution, tlp] of [['0', 'amber+strict'], ['1', 'green'], ['2', 'green'], ['3', 'green'], ['4', 'amber']] as const) {
      const result = fromMisp(event({ Tag: [], distribution, Attribute: [attribute('url', 'http://a.example/', { distribution: '5' })] }));
      if (!result.ok) throw new Error(result.error.message);
      expect((result.records[0] as Indicator).tlp, `distribution ${distribution}`).toBe(tlp);
      expect(result.losses).toContainEqual(expect.objectContaining({ code: 'tlp_defaulted', pointer: '/distribution' }));
    }
    const none = fromMisp(event({ Tag: [], Attribute: [attribute('url', 'http://a.example/')] }), { defaultTlp: 'red' });
    expect(none.ok && (none.records[0] as Indicator).tlp).toBe('red');
    expect(none.ok && none.losses).toContainEqual(expect.objectContaining({ code: 'tlp_defaulted', pointer: '/Tag' }));
  });

  it('reads PAP, admiralty reliability and GPOS typology tags into their fields, other tags into labels', () => {
    const tags = [{ name: 'tlp:green' }, { name: 'PAP:WHITE' }, { name: 'admiralty-scale:source-reliability="b"' }, { name: 'gpos-typology:investment="relationship"' }, { name: 'gpos-typology:romance' }, { name: 'phishing' }];
    const result = fromMisp(event({ Attribute: [attribute('url', 'http://a.example/', { Tag: tags })] }));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.records[0]).toMatchObject({ pap: 'clear', source_reliability: 'b', typology: ['investment.relationship', 'romance'], labels: ['phishing'] });
  });

  it('names a source it cannot read as an organisation reference MISP:<org uuid>', () => {
    const result = fromMisp(event({ Orgc: { name: 'CIRCL', uuid: '55f6ea5e-2c60-40e5-964f-47a8950d210f' }, Attribute: [attribute('url', 'http://a.example/')] }));
    expect(result.ok && result.records[0]?.source).toBe('MISP:55f6ea5e-2c60-40e5-964f-47a8950d210f');
  });

  it('turns sightings into sightings, culprit organizations into operations and references into relationships', () => {
    const wallet = object('coin-address', [['address', 'btc', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'], ['symbol', 'text', 'BTC']], { uuid: '11111111-2222-4333-8444-555555555555' });
    (wallet.Attribute[0] as Record<string, unknown>).Sighting = [{ uuid: '66666666-7777-4888-9999-aaaaaaaaaaaa', type: '1', date_sighting: '1772445600', Organisation: { name: 'TH-BANK:004', uuid: 'bbbbbbbb-cccc-4ddd-8eee-ffffffffffff' } }];
    const gang = object('organization', [['name', 'text', 'Golden Horizon'], ['role', 'text', 'Culprit'], ['type-of-organization', 'text', 'laundering_network']], {
      uuid: '22222222-3333-4444-8555-666666666666',
      ObjectReference: [{ uuid: '77777777-8888-4999-8aaa-bbbbbbbbbbbb', object_uuid: '22222222-3333-4444-8555-666666666666', referenced_uuid: '11111111-2222-4333-8444-555555555555', relationship_type: 'owns', timestamp: '1772359200' }],
    });
    const result = fromMisp(event({ Object: [wallet, gang] }));
    if (!result.ok) throw new Error(result.error.message);
    const byType = Object.fromEntries(result.records.map((r) => [r.type, r]));
    expect(byType.operation as Operation).toMatchObject({ id: 'operation--22222222-3333-4444-8555-666666666666', kind: 'laundering_network', name: { en: 'Golden Horizon' } });
    expect(byType.sighting as Sighting).toMatchObject({ id: 'sighting--66666666-7777-4888-9999-aaaaaaaaaaaa', indicator_ref: 'indicator--11111111-2222-4333-8444-555555555555', verdict: 'false_positive', observed_by: 'TH-BANK:004' });
    expect(byType.relationship as Relationship).toMatchObject({ relationship_type: 'controls', source_ref: 'operation--22222222-3333-4444-8555-666666666666', target_ref: 'indicator--11111111-2222-4333-8444-555555555555' });
    expect(validate(result.records).problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.losses).toEqual([]);
  });
});

/**
 * A MISP feed event nobody here wrote: an excerpt of "OSINT - Egregor: The New Ransomware Variant To Watch",
 * event 0b988513-9535-42f0-9ebc-5d6aec2e1c79 of the CIRCL OSINT Feed (https://www.circl.lu/doc/misp/feed-osint/,
 * the default MISP feed published by CIRCL, Luxembourg), file
 * https://www.circl.lu/doc/misp/feed-osint/0b988513-9535-42f0-9ebc-5d6aec2e1c79.json. Licence: the feed ships no
 * licence file; the event is marked tlp:white (disclosure not limited) and published openly for any MISP instance to
 * pull, which is how it is used here. Kept as published except that most attributes and objects are left out (6 of
 * its attributes, 1 file object and the VirusTotal report object it references are kept, values unchanged).
 */
const CIRCL_OSINT_EXCERPT = {
  Event: {
    uuid: '0b988513-9535-42f0-9ebc-5d6aec2e1c79',
    timestamp: '1607324075',
    analysis: '2',
    date: '2020-11-27',
    info: 'OSINT - Egregor: The New Ransomware Variant To Watch',
    threat_level_id: '1',
    published: true,
    extends_uuid: '',
    publish_timestamp: '1607324084',
    Orgc: { uuid: '55f6ea5e-2c60-40e5-964f-47a8950d210f', name: 'CIRCL' },
    Tag: [
      { colour: '#004646', name: 'type:OSINT' },
      { colour: '#0071c3', name: 'osint:lifetime="perpetual"' },
      { colour: '#0087e8', name: 'osint:certainty="50"' },
      { colour: '#ffffff', name: 'tlp:white' },
      { colour: '#0088cc', name: 'misp-galaxy:ransomware="Egregor"' },
    ],
    Attribute: [
      { uuid: '7df62701-db13-41e4-987c-dcd58b98b7c5', value: 'http://49.12.104.241:81/78.bin', timestamp: '1606485600', type: 'url', to_ids: true, comment: '', disable_correlation: false, category: 'Network activity', deleted: false },
      { uuid: '3c4fad3b-e2bd-4fad-a1e9-41da1d9c6b0e', value: '91.199.212.52', timestamp: '1607324075', type: 'ip-dst', to_ids: false, comment: 'Potential false-positive but included in the OSINT report from digital shadows', disable_correlation: false, category: 'Network activity', deleted: false },
      { uuid: '34b96233-8ea0-49e3-b93b-c776c87289d8', value: '49.12.104.241', timestamp: '1606485616', type: 'ip-dst', to_ids: true, comment: '', disable_correlation: false, category: 'Network activity', deleted: false },
      { uuid: '2d6a985c-63ee-47cd-af17-c47838f683c5', value: '03cdec4a0a63a016d0767650cdaf1d4d24669795', timestamp: '1606485659', type: 'sha1', to_ids: true, comment: '', disable_correlation: false, category: 'Payload delivery', deleted: false },
      { uuid: 'b43e9989-0619-41dc-9518-847de4c3cf1d', value: '072ab57f9db16d9fb92009c8e10b176bd4a2eff01c3bc6e190020cf5a0055505', timestamp: '1606485659', type: 'sha256', to_ids: true, comment: '', disable_correlation: false, category: 'Payload delivery', deleted: false },
      { uuid: '99e529ab-f8ed-4034-9c5f-9c7dcdc5f9ce', value: '16a9c2917577e732cd6630b08e248443', timestamp: '1606485659', type: 'md5', to_ids: true, comment: '', disable_correlation: false, category: 'Payload delivery', deleted: false },
    ],
    Object: [
      {
        uuid: '8a270f9e-a320-44c9-9235-9b1501ec37f7',
        timestamp: '1606486060',
        template_uuid: '688c46fb-5edb-40a3-8273-1af7923e2215',
        description: 'File object describing a file with meta-information',
        distribution: '5',
        'meta-category': 'file',
        template_version: '22',
        sharing_group_id: '0',
        comment: '',
        name: 'file',
        deleted: false,
        ObjectReference: [{ uuid: '83ba0766-cebb-4925-986a-516a41be9f47', timestamp: '0', referenced_uuid: '8ce10412-621c-49e7-aca8-ed9fb81564a6', object_uuid: '8a270f9e-a320-44c9-9235-9b1501ec37f7', comment: '', relationship_type: 'analysed-with' }],
        Attribute: [
          { uuid: '910088b4-5705-4c59-8c88-fb8755bd723d', value: '4858380a7ff04571f485785f9a80b24f', timestamp: '1606485659', type: 'md5', to_ids: true, comment: '', object_relation: 'md5', disable_correlation: false, category: 'Payload delivery', deleted: false },
          { uuid: 'a5705259-e36b-4f65-ad73-4ec590c34bf0', value: '47af78c65b319db497d54b1ba95c9a6d3d8e9235', timestamp: '1606485659', type: 'sha1', to_ids: true, comment: '', object_relation: 'sha1', disable_correlation: false, category: 'Payload delivery', deleted: false },
          { uuid: 'f6aa6604-f0f3-44e8-a115-f35c4590827e', value: '49b3d9c3bd6b6a13f89f0e849d80531454cc5cd259cbb7c8a806c67cd403575e', timestamp: '1606485659', type: 'sha256', to_ids: true, comment: '', object_relation: 'sha256', disable_correlation: false, category: 'Payload delivery', deleted: false },
        ],
      },
      {
        uuid: '8ce10412-621c-49e7-aca8-ed9fb81564a6',
        timestamp: '1606486060',
        template_uuid: 'd7dd0154-e04f-4c34-a2fb-79f3a3a52aa4',
        description: 'VirusTotal report',
        distribution: '5',
        'meta-category': 'misc',
        template_version: '3',
        sharing_group_id: '0',
        comment: '',
        name: 'virustotal-report',
        deleted: false,
        Attribute: [
          { uuid: 'e0ba4ae9-87d4-4ec9-b2dc-fb103cce9c3a', value: '2020-11-27T08:07:25+00:00', timestamp: '1606485659', type: 'datetime', to_ids: false, comment: '', object_relation: 'last-submission', disable_correlation: false, category: 'Other', deleted: false },
          { uuid: '0e2d8372-52f2-48fb-9d05-a0b9dac1ac05', value: 'https://www.virustotal.com/gui/file/49b3d9c3bd6b6a13f89f0e849d80531454cc5cd259cbb7c8a806c67cd403575e/detection/f-49b3d9c3bd6b6a13f89f0e849d80531454cc5cd259cbb7c8a806c67cd403575e-1606464445', timestamp: '1606485659', type: 'link', to_ids: false, comment: '', object_relation: 'permalink', disable_correlation: false, category: 'Payload delivery', deleted: false },
          { uuid: '8512edee-a2ce-47eb-b20c-3e78d7a1e7cd', value: '0/60', timestamp: '1606485659', type: 'text', to_ids: false, comment: '', object_relation: 'detection-ratio', disable_correlation: true, category: 'Payload delivery', deleted: false },
        ],
      },
    ],
  },
};

describe('a public MISP feed event (CIRCL OSINT Feed, excerpt; provenance above)', () => {
  const result = fromMisp(JSON.stringify(CIRCL_OSINT_EXCERPT));

  it('imports what GPOS has observables for, valid and TLP:CLEAR from its tlp:white tag', () => {
    if (!result.ok) throw new Error(result.error.message);
    const indicators = result.records as Indicator[];
    expect(indicators.map((r) => [r.observable.kind, r.observable.canonical, r.actionable])).toEqual([
      ['file', '49b3d9c3bd6b6a13f89f0e849d80531454cc5cd259cbb7c8a806c67cd403575e', true],
      ['url', 'http://49.12.104.241:81/78.bin', true],
      ['ip_address', '91.199.212.52', false],
      ['ip_address', '49.12.104.241', true],
      ['file', '072ab57f9db16d9fb92009c8e10b176bd4a2eff01c3bc6e190020cf5a0055505', true],
    ]);
    for (const r of indicators) expect(r).toMatchObject({ tlp: 'clear', source: 'MISP:55f6ea5e-2c60-40e5-964f-47a8950d210f', labels: ['type:OSINT', 'osint:lifetime="perpetual"', 'osint:certainty="50"', 'misp-galaxy:ransomware="Egregor"'] });
    expect(indicators[2]!.description).toEqual({ en: 'Potential false-positive but included in the OSINT report from digital shadows' });
    expect(validate(result.records).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reports, rather than drops, every hash GPOS has no observable for, the report object and the reference to it', () => {
    if (!result.ok) throw new Error(result.error.message);
    expect(result.losses.map((l) => `${l.object} ${l.code} ${l.pointer}`).sort()).toEqual(
      [
        '8a270f9e-a320-44c9-9235-9b1501ec37f7 property_dropped /Attribute', // the file object's md5 and sha1
        '8ce10412-621c-49e7-aca8-ed9fb81564a6 no_counterpart ', // the VirusTotal report
        '83ba0766-cebb-4925-986a-516a41be9f47 unresolved_reference /referenced_uuid', // analysed-with → the report
        '2d6a985c-63ee-47cd-af17-c47838f683c5 no_counterpart ', // sha1
        '99e529ab-f8ed-4034-9c5f-9c7dcdc5f9ce no_counterpart ', // md5
      ].sort(),
    );
    expect(result.losses.find((l) => l.object === '8a270f9e-a320-44c9-9235-9b1501ec37f7')!.message).toContain('md5 (md5), sha1 (sha1)');
  });
});

describe('fromMisp never throws', () => {
  const CODES = ['invalid_json', 'too_large', 'too_deep', 'too_many_objects', 'not_misp_event', 'invalid_object'];
  const settle = (input: unknown) => {
    const result = fromMisp(input);
    if (!result.ok) expect(CODES).toContain(result.error.code);
    else for (const loss of result.losses) expect(typeof loss.message).toBe('string');
  };

  it('on timestamps no date can hold', () => {
    for (const timestamp of [1e300, -1, '99999999999', 'soon', Number.MAX_SAFE_INTEGER]) {
      const result = fromMisp(event({ timestamp, Attribute: [attribute('url', 'http://a.example/', { timestamp, Sighting: [{ uuid: '66666666-7777-4888-9999-aaaaaaaaaaaa', type: '0', date_sighting: timestamp }] })] }));
      expect(result.ok, String(timestamp)).toBe(true);
    }
  });

  it('on any JSON value, in any field of an event, object or attribute', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom('Event', 'Attribute', 'Object', 'ObjectAttribute', 'Tag', 'Sighting', 'ObjectReference', 'Orgc', 'distribution', 'timestamp', 'uuid', 'value', 'type', 'first_seen'), (junk, where) => {
        const doc = event({ Attribute: [attribute('url', 'http://a.example/')], Object: [object('phone-number', [['phone-number', 'phone-number', '+66815550163']])] }) as { Event: Record<string, unknown> };
        const e = doc.Event;
        const a = (e.Attribute as Array<Record<string, unknown>>)[0]!;
        const o = (e.Object as Array<Record<string, unknown>>)[0]!;
        const oa = (o.Attribute as Array<Record<string, unknown>>)[0]!;
        if (where === 'Event') settle({ Event: junk });
        else if (where === 'Attribute' || where === 'Object' || where === 'Tag' || where === 'Orgc' || where === 'distribution' || where === 'timestamp') settle({ Event: { ...e, [where]: junk } });
        else if (where === 'ObjectAttribute') settle({ Event: { ...e, Object: [{ ...o, Attribute: [junk] }] } });
        else if (where === 'Sighting') settle({ Event: { ...e, Attribute: [{ ...a, Sighting: junk }] } });
        else if (where === 'ObjectReference') settle({ Event: { ...e, Object: [{ ...o, ObjectReference: junk }] } });
        else settle({ Event: { ...e, Attribute: [{ ...a, [where]: junk }], Object: [{ ...o, Attribute: [{ ...oa, [where]: junk }] }] } });
        settle(junk);
      }),
      { numRuns: 300 },
    );
  });
});
