import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { BundleRecord, Text } from '@gpos/types';
import { describe, expect, it } from 'vitest';
import { displayText, fromStix, toStix, type StixBundle } from '../src/index.js';
import { relationshipOut } from '../src/relationship-types.js';
import { relationshipTypeCodelist } from '@gpos/schema';
import { exampleFiles, REPO_ROOT } from './fixtures.js';

/**
 * GPOS → STIX → GPOS, field by field, for every record family: what each trip keeps. Two trips:
 * - with the GPOS extension (a consumer that keeps it, or gpos itself): every field of the families STIX has an
 *   object for comes back as it left;
 * - without it (a STIX consumer that drops unknown extensions and sends the objects back): what native STIX holds.
 * The table covers every property of every family's schema (a test says so), and each row is checked on every
 * example record that has the field.
 */
type Keep = 'kept' | 'lost' | 'partly';
interface Row {
  readonly field: string;
  readonly withExtension: Keep;
  readonly withoutExtension: Keep;
  /** For `partly`: what survives, checked on each record. */
  readonly partly?: { readonly says: string; readonly check: (original: unknown, back: unknown, record: Obj) => boolean };
}
type Obj = Record<string, unknown>;

const FAMILIES = ['indicator', 'case', 'organization', 'operation', 'relationship', 'sighting', 'commitment', 'statistic'] as const;
type Family = (typeof FAMILIES)[number];
/** Families STIX has an object for: they come back whole with the extension. */
const MAPPED: readonly Family[] = ['indicator', 'case', 'organization', 'operation', 'relationship', 'sighting'];

// what survives of a field the STIX object holds in another form
const oneLanguage = { says: 'one language: the original, else English, else the first', check: (o: unknown, b: unknown) => isDeepStrictEqual(Object.values(b as Obj), [displayText(o as Text)]) };
const sameInstant = { says: 'the same instant: a date becomes midnight UTC, a fraction of zero milliseconds is dropped', check: (o: unknown, b: unknown) => new Date(String(o)).getTime() === new Date(String(b)).getTime() };
const currentSpec = { says: "the importer's spec_version, not the producer's", check: (_o: unknown, b: unknown) => typeof b === 'string' && /^\d+\.\d+\.\d+$/.test(b) };
const stixRefFirst = { says: 'every reference, after one to the STIX object it came from', check: (o: unknown, b: unknown) => isDeepStrictEqual((b as unknown[]).slice(1), o) && (b as Obj[])[0]!.source_name === 'stix' };
// a type STIX names only the other way round comes back as its inverse, from the other end (controlled_by as controls)
const inverseOf = (code: unknown) => relationshipTypeCodelist.rows.find((r) => r.code === code)?.inverse;
const writtenReversed = (original: Obj) => relationshipOut(String(original.relationship_type), 'xw_stix_relationship')?.reversed === true;
const sameRelation = { says: 'the code, or its inverse with the ends swapped when STIX names it only the other way round', check: (o: unknown, b: unknown, original: Obj) => b === (writtenReversed(original) ? inverseOf(o) : o) };
const sameRecord = { says: 'the GPOS id, when the record it names came back too (else the sighting does not)', check: (o: unknown, b: unknown) => o === b };
const sameEnd = (other: 'source_ref' | 'target_ref') => ({
  says: 'the GPOS id, when the record it names came back too (else the relationship does not); the other end when the type came back as its inverse',
  check: (o: unknown, b: unknown, original: Obj) => b === (writtenReversed(original) ? original[other] : o),
});

/** Per family: the fields a STIX consumer's copy still holds without the extension. Every other field is lost. */
const WITHOUT_EXTENSION: Record<Family, { kept: readonly string[]; partly: Readonly<Record<string, Row['partly']>> }> = {
  indicator: {
    kept: ['id', 'type', 'created', 'modified', 'source', 'tlp', 'confidence', 'labels', 'typology', 'first_seen', 'valid_until', 'revoked'],
    partly: {
      spec_version: currentSpec,
      external_refs: stixRefFirst,
      description: oneLanguage,
      observable: {
        says: 'kind and canonical value (the pattern); raw, match keys, normaliser and attributes are lost; a hostname whose host is its registrable domain comes back as a domain, a messaging account as a social media account',
        check: (o, b) => {
          const [x, y] = [o as Obj, b as Obj];
          const kind = x.kind === y.kind || (x.kind === 'hostname' && y.kind === 'domain') || (x.kind === 'messaging_account' && y.kind === 'social_media_account');
          return kind && x.canonical === y.canonical;
        },
      },
      status: { says: 'false positive or allow-listed (indicator_types: benign) comes back false_positive; anything else reported', check: (o, b) => b === (o === 'false_positive' || o === 'allowlisted' ? 'false_positive' : 'reported') },
    },
  },
  // a STIX 2.1 incident is a stub and a plain identity lacks a kind and a country: neither becomes a record
  case: { kept: [], partly: {} },
  organization: { kept: [], partly: {} },
  operation: {
    kept: ['id', 'type', 'created', 'modified', 'source', 'tlp', 'confidence', 'labels', 'typology', 'revoked'],
    partly: {
      spec_version: currentSpec,
      external_refs: stixRefFirst,
      name: oneLanguage,
      description: oneLanguage,
      aliases: { says: 'each alias in one language', check: (o, b) => isDeepStrictEqual((b as Obj[]).map((a) => Object.values(a)[0]), (o as Text[]).map((a) => displayText(a))) },
      first_seen: sameInstant,
      last_seen: sameInstant,
      kind: { says: 'scam compounds, call centres and SIM farms (infrastructure_types); other kinds come back other', check: (o, b) => b === (['scam_compound', 'call_centre', 'sim_farm'].includes(String(o)) ? o : 'other') },
    },
  },
  relationship: {
    kept: ['id', 'type', 'created', 'modified', 'source', 'tlp', 'confidence', 'labels', 'revoked'],
    partly: { spec_version: currentSpec, external_refs: stixRefFirst, description: oneLanguage, start_time: sameInstant, stop_time: sameInstant, relationship_type: sameRelation, source_ref: sameEnd('target_ref'), target_ref: sameEnd('source_ref') },
  },
  sighting: {
    kept: ['id', 'type', 'created', 'modified', 'source', 'tlp', 'confidence', 'labels', 'count', 'observed_by', 'revoked'],
    partly: {
      spec_version: currentSpec,
      external_refs: stixRefFirst,
      description: oneLanguage,
      first_seen: sameInstant,
      last_seen: sameInstant,
      indicator_ref: sameRecord,
      verdict: { says: 'always seen: STIX has no verdict', check: (_o, b) => b === 'seen' },
    },
  },
  commitment: { kept: [], partly: {} },
  statistic: { kept: [], partly: {} },
};

function schemaFields(family: Family): string[] {
  const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'v1', `${family}.json`), 'utf8')) as { properties: Obj };
  return Object.keys(schema.properties).sort();
}

/** The table: one row per field of every family. */
const TABLE: Row[] = FAMILIES.flatMap((family) =>
  schemaFields(family).map((name): Row => {
    const spec = WITHOUT_EXTENSION[family];
    const partly = spec.partly[name];
    return {
      field: `${family}.${name}`,
      withExtension: MAPPED.includes(family) ? 'kept' : 'lost',
      withoutExtension: spec.kept.includes(name) ? 'kept' : partly ? 'partly' : 'lost',
      ...(partly ? { partly } : {}),
    };
  }),
);

const all = exampleFiles().flatMap((e) => e.records);
/** A revoked record cut down to its envelope: STIX revokes by re-sending an object whole, so it has no STIX form. */
const isMinimalRetraction = (r: BundleRecord) => r.revoked === true && !('tlp' in r && 'spec_version' in r);
// full records, one version per id (the latest, as a consumer keeps it)
const latest = new Map<string, BundleRecord>();
for (const r of all.filter((x) => !isMinimalRetraction(x))) if (!latest.has(r.id) || String((latest.get(r.id) as unknown as Obj).modified) <= String((r as unknown as Obj).modified)) latest.set(r.id, r);
/**
 * Native fields no example record has, set on copies of example records so that their rows are checked too: a
 * reference elsewhere, an expiry, a retraction, labels, an end time, an observer.
 */
function withNativeFields(found: BundleRecord[]): BundleRecord[] {
  const pick = (type: string, test: (r: Obj) => boolean = () => true) => found.find((r) => r.type === type && test(r as unknown as Obj)) as unknown as Obj;
  const copy = (r: Obj, n: number, extra: Obj) => ({ ...r, id: `${String(r.type)}--0192f0c4-7a1e-7c3b-9d2e-${n.toString(16).padStart(12, '0')}`, ...extra }) as unknown as BundleRecord;
  const ref = [{ source_name: 'police-report', external_id: 'CCIB-2026-0042', url: 'https://example.org/reports/42' }];
  const indicator = pick('indicator', (r) => typeof r.first_seen === 'string' && String(r.first_seen) < '2026-06-01');
  const relationship = pick('relationship', (r) => typeof r.start_time === 'string');
  const sighting = pick('sighting', (r) => typeof r.indicator_ref === 'string');
  const operation = pick('operation');
  return [
    copy(indicator, 0xa001, { external_refs: ref, valid_until: '2027-01-01T00:00:00Z', labels: ['reviewed'], revoked: true }),
    copy(operation, 0xa002, { external_refs: ref, labels: ['reviewed'] }),
    copy(relationship, 0xa003, { external_refs: ref, labels: ['reviewed'], stop_time: '2027-01-01T00:00:00Z' }),
    copy(sighting, 0xa004, { external_refs: ref, labels: ['reviewed'], observed_by: 'TH-GOV:aoc1441' }),
  ];
}
const records = [...latest.values(), ...withNativeFields([...latest.values()])];

function trip(dropExtension: boolean): Map<string, Obj> {
  const { bundle } = toStix(records);
  const sent: StixBundle = dropExtension
    ? { ...bundle, objects: bundle.objects.filter((o) => o.type !== 'extension-definition').map(({ extensions: _dropped, ...o }) => o as typeof o & { type: string; id: string }) }
    : (JSON.parse(JSON.stringify(bundle)) as StixBundle);
  const back = fromStix(sent);
  if (!back.ok) throw new Error(back.error.message);
  return new Map(back.records.map((r) => [r.id, r as unknown as Obj]));
}

describe('GPOS → STIX → GPOS, field by field', () => {
  it('a minimal retraction of an indicator or a case is exported as its revoked STIX object; of another family, reported (test/retraction.test.ts checks the trip back)', () => {
    const retractions = all.filter(isMinimalRetraction);
    expect(retractions.length).toBeGreaterThan(0);
    const exported = toStix(retractions);
    const carried = (r: BundleRecord) => r.type === 'indicator' || r.type === 'case';
    expect(exported.losses.map((l) => [l.object, l.code])).toEqual(retractions.filter((r) => !carried(r)).map((r) => [r.id, 'no_counterpart']));
    expect(exported.bundle.objects.filter((o) => o.revoked === true)).toHaveLength(retractions.filter(carried).length);
  });

  it('the table names every property of every family, and nothing else', () => {
    for (const family of FAMILIES) {
      const spec = WITHOUT_EXTENSION[family];
      for (const name of [...spec.kept, ...Object.keys(spec.partly)]) expect(schemaFields(family), `${family}.${name}`).toContain(name);
    }
    expect(TABLE.length).toBe(FAMILIES.reduce((n, f) => n + schemaFields(f).length, 0));
  });

  for (const [label, dropExtension, keepOf] of [
    ['with the GPOS extension', false, (row: Row) => row.withExtension],
    ['without it (a consumer that drops unknown extensions)', true, (row: Row) => row.withoutExtension],
  ] as const) {
    describe(label, () => {
      const back = trip(dropExtension);
      const exercised = new Set<string>();

      it.each(TABLE.map((row) => [row.field, keepOf(row), row] as const))('%s: %s', (field, keep, row) => {
        const [family, name] = field.split('.') as [Family, string];
        for (const original of records.filter((r) => r.type === family && name! in r) as unknown as Obj[]) {
          const got = back.get(original.id as string);
          if (keep === 'lost') {
            if (got) expect(isDeepStrictEqual(got[name], original[name]), `${original.id as string}: ${field} came back`).toBe(false);
            exercised.add(field);
            continue;
          }
          // a record whose reference STIX cannot resolve does not come back at all (reported on export)
          if (!got && (family === 'relationship' || family === 'sighting')) continue;
          expect(got, `${original.id as string} came back`).toBeDefined();
          if (keep === 'kept') expect(got![name], `${original.id as string}: ${field}`).toEqual(original[name]);
          else expect(row.partly!.check(original[name], got![name], original), `${original.id as string}: ${field} keeps ${row.partly!.says}`).toBe(true);
          exercised.add(field);
        }
      });

      it('every row that the examples can show is checked on at least one record; the rest are listed', () => {
        const absent = TABLE.map((r) => r.field).filter((f) => !exercised.has(f));
        // fields no example record has: when an example gains one, move it out of this list so its row is checked
        expect(absent.sort()).toEqual(NOT_IN_EXAMPLES);
      });
    });
  }
});

/** Rows the examples cannot exercise (no example record has the field, or every record holding it is dropped). */
const NOT_IN_EXAMPLES: readonly string[] = [
  'case.duplicate_of',
  'case.external_refs',
  'case.pap',
  'case.related_cases',
  'case.revocation_reason',
  'case.revoked',
  'commitment.confidence',
  'commitment.extensions',
  'commitment.external_refs',
  'commitment.labels',
  'commitment.local_refs',
  'commitment.markings',
  'commitment.pap',
  'commitment.provenance',
  'commitment.related_commitments',
  'commitment.revocation_reason',
  'commitment.revoked',
  'commitment.status_details',
  'indicator.markings',
  'indicator.predictive',
  'indicator.revocation_reason',
  'operation.extensions',
  'operation.markings',
  'operation.pap',
  'operation.revocation_reason',
  'operation.revoked',
  'organization.confidence',
  'organization.extensions',
  'organization.external_refs',
  'organization.jwks_uri',
  'organization.labels',
  'organization.local_refs',
  'organization.markings',
  'organization.other_identifiers',
  'organization.pap',
  'organization.provenance',
  'organization.revocation_reason',
  'organization.revoked',
  'relationship.extensions',
  'relationship.local_refs',
  'relationship.markings',
  'relationship.pap',
  'relationship.provenance',
  'relationship.revocation_reason',
  'relationship.revoked',
  'relationship.source_reliability',
  'sighting.extensions',
  'sighting.local_refs',
  'sighting.markings',
  'sighting.pap',
  'sighting.provenance',
  'sighting.revocation_reason',
  'sighting.revoked',
  'statistic.confidence',
  'statistic.extensions',
  'statistic.external_refs',
  'statistic.labels',
  'statistic.local_refs',
  'statistic.markings',
  'statistic.pap',
  'statistic.provenance',
  'statistic.revocation_reason',
  'statistic.revoked',
  'statistic.source_reliability',
];
