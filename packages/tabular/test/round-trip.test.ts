import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

describe('1.1 money', () => {
  const example = (file: string) => JSON.parse(readFileSync(new URL(`../../../examples/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;
  const cases = [
    (example('bundles/th-mule-chain-to-tron.json').records as Record<string, unknown>[]).find((r) => r.type === 'case')!,
    example('records/usdt-issuer-freeze-case.json'),
    example('records/th-ae-referral-freeze-return-case.json'),
  ];
  it.each([['xlsx', viaXlsx], ['csv', viaCsv]] as const)('values in crypto assets with fiat equivalents, transfers, freezes with returns and referral outcomes survive JSON → %s → JSON', async (_format, via) => {
    const { records, problems } = await via(cases);
    expect(problems).toEqual([]);
    expect(records).toEqual(cases);
  });
  it('keeps a list of values in one cell, as 1.0 kept a list of money', () => {
    const [sheet] = recordsToSheets([cases[2]!]);
    const at = sheet!.headings.indexOf('loss/frozen');
    expect(at).toBeGreaterThan(-1);
    expect(sheet!.rows[0]![at]).toBe('600000.00 THB; 57800.00 AED (560000.00 THB on 2026-03-12)');
  });
  it('reads a crypto asset, its equivalent and a bad amount from a cell', () => {
    const asset = 'tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';
    const read = (cell: string) => unflatten([{ name: 'case', headerRow: 1, headings: ['id', 'loss/reported'], rows: [{ number: 2, cells: ['case--1', cell] }] }]);
    expect(read(`15000.000000 ${asset} (540000.00 thb on 2026-02-03); 100.00 thb`).records[0]).toMatchObject({
      loss: { reported: [{ amount: '15000.000000', asset, fiat_equivalent: { amount: '540000.00', currency: 'THB' }, valued_at: '2026-02-03' }, { amount: '100.00', currency: 'THB' }] },
    });
    expect(read('15000 USDT-TRC20 and more').problems).toEqual([expect.objectContaining({ message: expect.stringContaining('expected amounts like') })]);
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
