import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Indicator, Sighting } from '@gpos/types';
import { validate } from '@gpos/validate';
import { describe, expect, it } from 'vitest';
import { fromStix } from '../src/index.js';

/**
 * STIX nobody here wrote: the OASIS CTI TC's example bundles, committed unmodified with their licence and source in
 * test/fixtures/oasis/ (README.md there). Each is imported; what maps becomes valid GPOS records, everything else is
 * in the loss report, object by object, and nothing throws.
 */
const DIR = new URL('./fixtures/oasis/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, DIR), 'utf8');

/** What each example gives: the records (type and observable) and every loss as `<stix type> <pointer> <code>`. */
const EXPECTED: Record<string, { records: string[]; losses: string[] } | { refused: string }> = {
  'sighting-of-an-indicator.json': {
    records: ['indicator url http://paypa1.banking.com/', 'sighting'],
    losses: ['indicator /name property_dropped', 'indicator /object_marking_refs tlp_defaulted', 'sighting /object_marking_refs tlp_defaulted'],
  },
  'using-marking-definitions.json': {
    // TLP:AMBER in its STIX 2.1 (TLP 1.0) form is read as amber, so no TLP is defaulted; the copyright statement beside it is reported
    records: ['indicator ip_address 10.0.0.0'],
    losses: ['indicator /name property_dropped', 'indicator /object_marking_refs/1 property_dropped'],
  },
  'malicious-email-indicator-with-attachment.json': {
    // MATCHES on an email subject is not equality on one observable GPOS knows; the attack pattern has no GPOS family
    records: [],
    losses: ['attack-pattern  no_counterpart', 'indicator /pattern pattern_not_mapped', 'indicator /pattern pattern_not_mapped', 'relationship /source_ref unresolved_reference', 'relationship /source_ref unresolved_reference'],
  },
  'sighting-of-observed-data.json': {
    // a sighting of malware, not of an indicator: GPOS sightings are of indicators
    records: [],
    losses: ['malware  no_counterpart', 'observed-data  no_counterpart', 'observed-data  no_counterpart', 'sighting /sighting_of_ref unresolved_reference'],
  },
  'indicator-for-malicious-url.json': { refused: 'unsupported_spec_version' },
};

describe('the OASIS STIX examples, imported', () => {
  it('has an expectation for every committed example, and a source line for each in the README', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    const readme = read('README.md');
    for (const file of files) expect(readme).toMatch(new RegExp(`\\| \`${file.replace(/\./g, '\\.')}\` \\| https://github\\.com/oasis-open/[a-z0-9-]+ \\| \`[^\`]+\` \\| \`[0-9a-f]{40}\` \\|`));
    expect(readme).toContain('BSD-3-Clause');
  });

  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    const result = fromStix(read(file));
    if ('refused' in expected) {
      expect(!result.ok && result.error.code).toBe(expected.refused);
      return;
    }
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    expect(result.records.map((r) => [r.type, (r as Indicator).observable?.kind, (r as Indicator).observable?.canonical].filter(Boolean).join(' '))).toEqual(expected.records);
    expect(result.losses.map((l) => `${l.object.split('--')[0]} ${l.pointer} ${l.code}`).sort()).toEqual([...expected.losses].sort());
    // every loss names an object of the input and says why in words
    const ids = new Set((JSON.parse(read(file)) as { objects: Array<{ id: string }> }).objects.map((o) => o.id));
    for (const loss of result.losses) {
      expect(ids.has(loss.object), loss.object).toBe(true);
      expect(loss.message.length).toBeGreaterThan(20);
    }
    expect(validate(result.records).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('"Sighting of an Indicator": the sighting names the imported indicator and keeps who saw it, when and how often', () => {
    const result = fromStix(read('sighting-of-an-indicator.json'));
    if (!result.ok) throw new Error(result.error.message);
    const [indicator, sighting] = result.records as [Indicator, Sighting];
    expect(indicator.source).toBe('STIX:identity--39012926-a052-44c4-ae48-caaf4a10ee6e');
    expect(indicator.external_refs).toContainEqual({ source_name: 'stix', external_id: 'indicator--9299f726-ce06-492e-8472-2b52ccb53191' });
    expect(sighting).toMatchObject({ indicator_ref: indicator.id, observed_by: 'STIX:identity--5206ba14-478f-4b0b-9a48-395f690c20a2', count: 1, verdict: 'seen', first_seen: '2017-02-27T21:37:11.213Z' });
  });

  it('a fixture edited by mistake fails here: their SHA-256 as committed', () => {
    const sums = Object.fromEntries(Object.keys(EXPECTED).map((f) => [f, createHash('sha256').update(readFileSync(new URL(f, DIR))).digest('hex').slice(0, 16)]));
    expect(sums).toMatchInlineSnapshot(`
      {
        "indicator-for-malicious-url.json": "991612a818667eac",
        "malicious-email-indicator-with-attachment.json": "f5b0f3c69fcd6947",
        "sighting-of-an-indicator.json": "fb90537ef24de5fd",
        "sighting-of-observed-data.json": "6ed9ce112c974f83",
        "using-marking-definitions.json": "796ebda9978d9c3a",
      }
    `);
  });
});
