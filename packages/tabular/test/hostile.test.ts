import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, readXlsx, recordsToSheets, TabularFileError, writeCsvSheet } from '../src/index.js';
import { caseRecord } from './fixtures/records.js';

const dir = mkdtempSync(join(tmpdir(), 'gpos-hostile-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('hostile and malformed files', () => {
  it('refuses a file that is not a workbook', async () => {
    await expect(readXlsx(file('not.xlsx', 'id,status\n1,2\n'))).rejects.toThrow(/not an XLSX workbook/);
  });

  it('refuses a damaged workbook with a message, not a stack', async () => {
    const bytes = new Uint8Array(4096).fill(7);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    const error = await readXlsx(file('damaged.xlsx', bytes)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TabularFileError);
    expect((error as Error).message).toMatch(/could not be read as an XLSX workbook/);
  });

  it('refuses a workbook over the size limit before reading it', async () => {
    const path = file('big.xlsx', new Uint8Array(2048).fill(1));
    await expect(readXlsx(path, { maxXlsxBytes: 1024, maxRows: 10, maxColumns: 10 })).rejects.toThrow(/over 0 MB are not read|are not read/);
  });

  it('refuses CSV with too many rows or columns', async () => {
    await expect(readCsv(file('wide.csv', `${Array.from({ length: 20 }, (_, i) => `c${i}`).join(',')}\n`), { limits: { maxXlsxBytes: 1, maxRows: 10, maxColumns: 5 } })).rejects.toThrow(/at most 5 are read/);
    await expect(readCsv(file('long.csv', 'a\n1\n2\n3\n'), { limits: { maxXlsxBytes: 1, maxRows: 2, maxColumns: 5 } })).rejects.toThrow(/more than 2 rows/);
  });

  it('reports broken quoting with the line', async () => {
    await expect(readCsv(file('quotes.csv', 'a,b\n"unterminated,1\n'))).rejects.toThrow(/not valid CSV/);
  });

  it('neutralises formulas in CSV exports and reads them back exactly', async () => {
    const csv = writeCsvSheet(recordsToSheets([caseRecord])[0]!);
    expect(csv).toContain(`'=not a formula`);
    expect(csv).not.toMatch(/(^|,)=not/m);
  });

  it('accepts a UTF-8 byte order mark in CSV', async () => {
    const sheet = await readCsv(file('bom.csv', '\uFEFFcase.id,status\ncase--1,received\n'), { sheet: 'case' });
    expect(sheet.headings).toEqual(['case.id', 'status']);
  });
});
