import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, readXlsx, recordsToSheets, unflatten, writeCsvSheet, writeXlsx } from '../src/index.js';
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
