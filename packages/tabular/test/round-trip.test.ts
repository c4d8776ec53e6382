import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FAMILIES, readCsv, readXlsx, recordsToSheets, templateSheets, unflatten, writeCsvSheet, writeXlsx } from '../src/index.js';
import { caseRecord, commitmentRecord } from './fixtures/records.js';

const dir = mkdtempSync(join(tmpdir(), 'gpos-tabular-'));

async function viaXlsx(records: Record<string, unknown>[]) {
  const file = join(dir, `rt-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(file, await writeXlsx(recordsToSheets(records)));
  return unflatten(await readXlsx(file));
}

async function viaCsv(records: Record<string, unknown>[]) {
  const sheets = recordsToSheets(records);
  const inputs = [];
  for (const sheet of sheets) {
    const file = join(dir, `${sheet.name}.csv`);
    writeFileSync(file, writeCsvSheet(sheet));
    inputs.push(await readCsv(file));
  }
  return unflatten(inputs);
}

describe('round trip', () => {
  it.each([['xlsx', viaXlsx], ['csv', viaCsv]] as const)('JSON → %s → JSON keeps every value', async (_format, via) => {
    const { records, problems } = await via([caseRecord, commitmentRecord]);
    expect(problems).toEqual([]);
    expect(records).toEqual([caseRecord, commitmentRecord]);
  });
});

describe('typed dates', () => {
  it('keep the shape of their field: a timestamp field keeps midnight, a date field drops the time', () => {
    const midnight = new Date(Date.UTC(2026, 2, 1));
    const { records, problems } = unflatten([{ name: 'indicator', headerRow: 1, headings: ['id', 'first_seen'], rows: [{ number: 2, cells: ['indicator--1', midnight] }] }]);
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject({ first_seen: '2026-03-01T00:00:00Z' });
  });
});

describe('empty lists', () => {
  it.each([['xlsx', viaXlsx], ['csv', viaCsv]] as const)('survive JSON → %s → JSON as a row of keys only', async (_format, via) => {
    const record = { ...commitmentRecord, milestones: [], metrics: [{ metric_id: 'm9', title: { en: 'Nothing yet' }, measure: 'qualitative', periods: [] }] };
    const { records, problems } = await via([record]);
    expect(problems).toEqual([]);
    expect(records).toEqual([record]);
  });
});

describe('round trip of the 1.1 families', () => {
  const examples = join(fileURLToPath(new URL('../../../examples/', import.meta.url)));
  const recordsOf = (file: string) => (JSON.parse(readFileSync(join(examples, file), 'utf8')) as { records: Record<string, unknown>[] }).records;
  const byKey = (records: Record<string, unknown>[]) => new Map(records.map((r) => [`${String(r.type)} ${String(r.id)}`, r]));

  it.each([
    ['an operation, its infrastructure, cases and relationships', 'bundles/scam-compound-network.json'],
    ['statistics and the commitment citing them', 'bundles/th-aoc1441-published-statistics.json'],
    ['a delta of new versions, a sighting and a minimal retraction', 'bundles/th-aoc1441-daily-delta.json'],
  ])('%s: JSON → xlsx and csv → JSON keeps every value', async (_what, file) => {
    const original = recordsOf(file);
    expect(new Set(original.map((r) => r.type)).size).toBeGreaterThan(1);
    for (const via of [viaXlsx, viaCsv]) {
      const { records, problems } = await via(original);
      expect(problems).toEqual([]);
      expect(byKey(records)).toEqual(byKey(original));
    }
  });

  it('has a template for every record family', () => {
    expect([...FAMILIES]).toEqual(['indicator', 'case', 'commitment', 'organization', 'operation', 'relationship', 'sighting', 'statistic']);
    for (const family of FAMILIES) expect(templateSheets(family)[0]!.headings).toContain('id');
  });
});
