import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SPEC_VERSION } from '@gpos/schema';
import { assignIds, completeRecords, fileDates, localRecordId, referenceFields, templateSheets, unflatten, widenDates, type SheetInput } from '../src/index.js';

type Obj = Record<string, unknown>;

/** Rows typed under the headings of a generated template, keyed by field path. */
function sheet(name: string, rows: Array<Record<string, string>>): SheetInput {
  const headings = templateSheets(name.split('.')[0] as 'case').find((s) => s.name === name)!.headings;
  for (const row of rows) for (const key of Object.keys(row)) if (!headings.includes(key)) throw new Error(`template sheet ${name} has no column ${key}`);
  return { name, headerRow: 2, headings, rows: rows.map((row, i) => ({ number: i + 3, cells: headings.map((h) => row[h] ?? null) })) };
}

const INDICATORS = sheet('indicator', [
  { id: 'IND-1', source: 'TH-GOV:aoc1441', tlp: 'green', status: 'active', 'observable/kind': 'domain', 'observable/raw': 'thai-post-parcel.example', typology: 'impersonation.business', related_indicators: 'IND-2' },
  { id: 'IND-2', source: 'TH-GOV:aoc1441', tlp: 'green', status: 'active', 'observable/kind': 'domain', 'observable/raw': 'quick-profit-usdt.example', typology: 'investment.relationship' },
  { id: '', source: 'TH-GOV:aoc1441', tlp: 'green', status: 'active', 'observable/kind': 'domain', 'observable/raw': 'no-reference.example', typology: 'investment.relationship' },
]);
const CASES = sheet('case', [
  { id: 'AOC-2026-000123', source: 'TH-GOV:aoc1441', tlp: 'amber', created: '2026-03-12T03:00:00Z', status: 'under_investigation', scam_type: 'investment.relationship', indicator_refs: 'IND-1; IND-2' },
]);
const PAYMENTS = sheet('case.payments', [{ 'case.id': 'AOC-2026-000123', payment_ref: 'p1', 'amount/amount': '50000.00', 'amount/currency': 'THB' }]);

const convert = (at = '2026-03-14T09:26:53Z') => assignIds(unflatten([INDICATORS, CASES, PAYMENTS]).records, { created: at });

describe('assignIds', () => {
  it('completes every record: id, spec_version, created and modified', () => {
    const { records, problems } = convert();
    expect(problems).toEqual([]);
    for (const r of records) {
      expect(r.id).toMatch(new RegExp(`^${String(r.type)}--[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`));
      expect(r).toMatchObject({ spec_version: SPEC_VERSION });
    }
    expect(records[0]).toMatchObject({ created: '2026-03-14T09:26:53Z', modified: '2026-03-14T09:26:53Z' });
    // a created time typed in the sheet is kept, and modified is never before it
    expect(records[3]).toMatchObject({ created: '2026-03-12T03:00:00Z', modified: '2026-03-14T09:26:53Z' });
  });

  it('gives the same ids on every run where a row has a local reference, and a new id where it has none', () => {
    const [a, b] = [convert(), convert()];
    expect(b.records.map((r) => r.id)).toEqual([a.records[0]!.id, a.records[1]!.id, expect.any(String), a.records[3]!.id]);
    expect(b.records[2]!.id).not.toBe(a.records[2]!.id);
  });

  it('replaces local references in fields that hold ids, so references between rows resolve', () => {
    const { records, assigned } = convert();
    const [ind1, ind2, , kase] = records as Obj[];
    expect(ind1!.related_indicators).toEqual([ind2!.id]);
    expect(kase!.indicator_refs).toEqual([ind1!.id, ind2!.id]);
    expect((kase!.payments as Obj[])[0]).toMatchObject({ payment_ref: 'p1' });
    expect(assigned).toContainEqual({ pointer: '/3/indicator_refs/1', from: 'IND-2', to: ind2!.id });
  });

  it('puts created in the id, so ids are time-ordered', () => {
    const { records } = convert();
    const ms = (id: unknown) => parseInt(String(id).split('--')[1]!.replace(/-/g, '').slice(0, 12), 16);
    expect(ms(records[3]!.id)).toBe(Date.parse('2026-03-12T03:00:00Z'));
    expect(ms(records[0]!.id)).toBe(Date.parse('2026-03-14T09:26:53Z'));
  });

  it('reports a reference that names no row, and leaves it as it was', () => {
    const spoiled = sheet('case', [{ id: 'C1', source: 'TH-GOV:aoc1441', tlp: 'amber', indicator_refs: 'IND-9' }]);
    const { records, problems } = assignIds(unflatten([INDICATORS, spoiled]).records, { created: '2026-03-14T00:00:00Z' });
    expect(problems).toEqual([expect.objectContaining({ code: 'unresolved_local_ref', pointer: '/3/indicator_refs/0' })]);
    expect(records[3]!.indicator_refs).toEqual(['IND-9']);
  });

  it('keeps ids that are already GPOS ids, and does not change its input', () => {
    const id = 'indicator--0192f0c4-7a1e-7c3b-9d2e-000000000a01';
    const input = [{ type: 'indicator', id, source: 'TH-GOV:aoc1441' }];
    const { records } = assignIds(input, { created: '2026-03-14T00:00:00Z' });
    expect(records[0]!.id).toBe(id);
    expect(input[0]).toEqual({ type: 'indicator', id, source: 'TH-GOV:aoc1441' });
  });

  it('derives ids that differ by source, family and reference', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), fc.constantFrom('indicator', 'case'), (a, b, type) => {
        const at = '2026-03-14T00:00:00Z';
        expect(localRecordId(type, 'TH-GOV:aoc1441', a, at)).toBe(localRecordId(type, 'TH-GOV:aoc1441', a, at));
        if (a !== b) expect(localRecordId(type, 'TH-GOV:aoc1441', a, at)).not.toBe(localRecordId(type, 'TH-GOV:aoc1441', b, at));
        expect(localRecordId(type, 'TH-GOV:aoc1441', a, at)).not.toBe(localRecordId(type, 'GASA:member:x', a, at));
        expect(localRecordId('indicator', 'S:x', a, at).slice(11)).not.toBe(localRecordId('case', 'S:x', a, at).slice(6));
      }),
    );
  });

  it('finds the reference fields of a family from the schema', () => {
    expect(referenceFields('case').map((f) => f.path.join('/'))).toEqual(expect.arrayContaining(['indicator_refs/*', 'payments/*/destination_indicator_ref', 'related_cases/*']));
    expect(referenceFields('relationship')).toEqual(expect.arrayContaining([{ path: ['source_ref'], target: undefined }]));
    expect(referenceFields('indicator').map((f) => f.path.join('/'))).not.toContain('id');
  });
});

describe('the dates --assign-ids reads from files', () => {
  const saved = new Date('2026-03-10T08:00:00Z');
  it("takes a workbook's document properties, else when the file was saved", () => {
    expect(fileDates({ created: new Date('2026-01-02T00:00:00Z'), modified: new Date('2026-03-01T00:00:00Z') }, saved)).toEqual({ created: new Date('2026-01-02T00:00:00Z'), modified: new Date('2026-03-01T00:00:00Z') });
    expect(fileDates({ created: new Date('2026-01-02T00:00:00Z') }, saved)).toEqual({ created: new Date('2026-01-02T00:00:00Z'), modified: new Date('2026-01-02T00:00:00Z') });
    expect(fileDates({ modified: new Date('2026-03-01T00:00:00Z') }, saved)).toEqual({ created: new Date('2026-03-01T00:00:00Z'), modified: new Date('2026-03-01T00:00:00Z') });
    expect(fileDates({}, saved)).toEqual({ created: saved, modified: saved });
  });

  it('spans files read together from the earliest made to the latest saved', () => {
    const a = { created: new Date('2026-01-01T00:00:00Z'), modified: new Date('2026-02-01T00:00:00Z') };
    const b = { created: new Date('2026-01-15T00:00:00Z'), modified: new Date('2026-03-01T00:00:00Z') };
    expect(widenDates(undefined, a)).toEqual(a);
    expect(widenDates(a, b)).toEqual({ created: a.created, modified: b.modified });
    expect(widenDates(b, a)).toEqual({ created: a.created, modified: b.modified });
  });
});

describe('completeRecords', () => {
  const at = { created: new Date('2026-03-14T09:26:53Z'), modified: new Date('2026-03-15T00:00:00Z') };
  const records = () => unflatten([INDICATORS]).records as Obj[];
  /** A stand-in for fillObservable: fills a canonical form, refuses one value. */
  const fill = (record: Obj) => {
    const observable = record.observable as Obj;
    if (observable.raw === 'no-reference.example') return { failure: { pointer: '/observable/raw', message: 'not a registrable domain' } };
    observable.canonical = observable.raw;
    return { changed: true };
  };

  it('assigns ids, then fills observables, and places each failure once at its value', async () => {
    const input = records();
    const before = structuredClone(input);
    const done = await completeRecords(input, { assign: {}, normalize: {} }, { at, fill });
    expect(input).toEqual(before);
    expect(done.ids).toBe(3);
    expect(done.observables).toBe(2);
    expect(done.records.every((r) => typeof r.id === 'string' && (r.id as string).startsWith('indicator--') && r.created === '2026-03-14T09:26:53Z' && r.modified === '2026-03-15T00:00:00Z')).toBe(true);
    expect(done.problems).toEqual([{ severity: 'error', code: 'sheet_value_not_normalized', pointer: '/2/observable/raw', message: 'Not a registrable domain.' }]);
  });

  it('a timestamp dates every record; without normalize nothing is filled and no fill is needed', async () => {
    const done = await completeRecords(records(), { assign: { timestamp: new Date('2026-01-01T00:00:00Z') } }, { at });
    expect(done.observables).toBe(0);
    expect(done.records.map((r) => [r.created, r.modified])).toEqual(Array(3).fill(['2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z']));
    await expect(completeRecords(records(), { normalize: {} }, { at })).rejects.toThrow(/needs fill/);
  });
});
