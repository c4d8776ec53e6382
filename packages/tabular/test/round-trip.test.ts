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

describe('text by language (1.1)', () => {
  // the same field as a 1.0 plain string in one record and as text by language, with its original, in another
  const plain = { ...caseRecord, id: 'case--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d01', impersonated: [{ entity_type: 'bank', name: 'Krungthai Bank' }] };
  const multilingual = {
    ...caseRecord,
    id: 'case--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d02',
    spec_version: '1.1.0',
    impersonated: [{ entity_type: 'bank', name: { th: 'ธนาคารกรุงไทย', en: 'Krungthai Bank', original_language: 'th' } }, { entity_type: 'government_agency', name: 'DSI' }],
  };
  it.each([['xlsx', viaXlsx], ['csv', viaCsv]] as const)('JSON → %s → JSON keeps plain strings plain and texts by language whole', async (_format, via) => {
    const { records, problems } = await via([plain, multilingual]);
    expect(problems).toEqual([]);
    expect(records).toEqual([plain, multilingual]);
  });
  it('writes the plain form and each language in columns of their own', () => {
    const sheet = recordsToSheets([plain, multilingual]).find((s) => s.name === 'case.impersonated')!;
    expect(sheet.headings).toEqual(expect.arrayContaining(['name', 'name/en', 'name/th', 'name/original_language']));
  });
});
