/**
 * `@gpos/tabular/browser` reads what the Node entry reads, the same way: each workbook and CSV file is read by both
 * readers and the sheets compared, and the hostile files the Node reader refuses are refused with the same message.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCsvText, readXlsxBytes, TabularFileError, unflatten } from '../src/browser.js';
import { readCsv, readXlsxWorkbook, recordsToSheets, templateSheets, writeCsvSheet, writeXlsx, type SheetInput } from '../src/index.js';
import { SHEET_HEAD, SHEET_TAIL, workbook } from '../../cli/test/zip.js';
import { caseRecord, commitmentRecord } from './fixtures/records.js';

const dir = mkdtempSync(join(tmpdir(), 'gpos-tabular-browser-'));
const save = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

/** ExcelJS leaves holes for empty cells; the browser reader fills them with null. Compared as the same. */
const dense = (sheets: readonly SheetInput[]) =>
  sheets.map((s) => ({ ...s, headings: Array.from(s.headings, (h) => h ?? ''), rows: s.rows.map((r) => ({ number: r.number, cells: trimNulls(Array.from(r.cells, (c) => c ?? null)) })) }));
const trimNulls = <T>(cells: T[]) => {
  while (cells.length && cells[cells.length - 1] === null) cells.pop();
  return cells;
};

async function bothReaders(bytes: Uint8Array, name = 'book.xlsx') {
  const path = save(name, bytes);
  const node = await readXlsxWorkbook(path);
  const browser = readXlsxBytes(bytes, path);
  return { node, browser };
}

describe('XLSX in the browser reads what ExcelJS reads', () => {
  it('an export of records: every sheet, heading row and cell', async () => {
    const { node, browser } = await bothReaders(await writeXlsx(recordsToSheets([caseRecord, commitmentRecord])));
    expect(browser.sheets.length).toBeGreaterThan(2);
    expect(dense(browser.sheets)).toEqual(dense(node.sheets));
    expect(unflatten(browser.sheets).records).toEqual([caseRecord, commitmentRecord]);
    expect(browser.created?.getTime()).toBe(node.created?.getTime());
  });

  it('a template (titles, paths, help sheets) with a filled row, typed dates, numbers, booleans, formulas and rich text', async () => {
    const book = new ExcelJS.Workbook();
    book.created = new Date('2026-01-02T03:04:05Z');
    const indicator = book.addWorksheet('indicator');
    const sheet = templateSheets('indicator').find((s) => s.name === 'indicator')!;
    indicator.addRow(sheet.titles ?? sheet.headings);
    indicator.addRow(sheet.headings);
    indicator.addRow(['HT-1', 'TH-GOV:aoc1441', 'green', 'reported']);
    const typed = book.addWorksheet('statistic');
    typed.addRow(['id', 'period/start', 'count', 'flag', 'formula', 'rich', 'custom']);
    typed.addRow(['statistic--1', new Date('2026-03-01T00:00:00Z'), 42, true, { formula: 'A1&"x"', result: 'idx' }, { richText: [{ text: 'bo' }, { text: 'ld', font: { bold: true } }] }, 12.5]);
    typed.getCell('G2').numFmt = 'yyyy-mm-dd hh:mm';
    typed.getCell('H2').value = 3.25;
    typed.getCell('H2').numFmt = '0.00" days"';
    book.addWorksheet('README').addRow(['Fill one row per record']);
    const { node, browser } = await bothReaders(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(dense(browser.sheets)).toEqual(dense(node.sheets));
    const row = browser.sheets[1]!.rows[0]!.cells;
    expect(row[1]).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(row.slice(2, 7)).toEqual([42, true, 'idx', 'bold', new Date(Date.UTC(1900, 0, 11, 12))]);
    expect(row[7]).toBe(3.25);
    expect(browser.created).toEqual(new Date('2026-01-02T03:04:05Z'));
  });

  it('inline strings, namespace prefixes and cells without references', () => {
    const bytes = workbook({ head: SHEET_HEAD.replace('<worksheet xmlns=', '<x:worksheet xmlns:x=').replace('<sheetData>', '<x:sheetData>'), body: '<x:row><x:c t="inlineStr"><x:is><x:t>id</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:r><x:t>st</x:t></x:r><x:r><x:t xml:space="preserve">atus</x:t></x:r></x:is></x:c></x:row><x:row><x:c t="inlineStr"><x:is><x:t>a &amp; b</x:t></x:is></x:c><x:c><x:v>7</x:v></x:c></x:row>', times: 1, tail: '</x:sheetData></x:worksheet>' });
    const { sheets } = readXlsxBytes(bytes, 'prefixed.xlsx');
    expect(sheets).toEqual([{ name: 'indicator', headerRow: 1, headings: ['id', 'status'], rows: [{ number: 2, cells: ['a & b', 7] }] }]);
  });
});

describe('CSV in the browser reads what the Node reader reads', () => {
  it('an export, line numbers and neutralised formulas included', async () => {
    for (const sheet of recordsToSheets([caseRecord, commitmentRecord])) {
      const text = writeCsvSheet(sheet);
      const path = save(`${sheet.name}.csv`, text);
      expect(readCsvText(text, `${sheet.name}.csv`)).toEqual(await readCsv(path));
    }
  });

  it('quoted line breaks, a byte order mark and ragged rows', async () => {
    const text = '\uFEFFid,title/en,status\r\nx,"two\nlines",open\r\ny\r\n';
    expect(readCsvText(text, 'case.csv')).toEqual(await readCsv(save('case.csv', text)));
    expect(readCsvText(text, 'case.csv').rows.map((r) => r.number)).toEqual([3, 4]);
  });

  it('refuses broken quoting and too many rows or columns with the messages of the Node reader', async () => {
    const limits = { maxXlsxBytes: 1, maxRows: 2, maxColumns: 3 };
    for (const [name, text] of [['quotes.csv', 'a,b\n"unterminated,1\n'], ['long.csv', 'a\n1\n2\n3\n'], ['wide.csv', 'a,b,c,d\n']] as const) {
      const node = await readCsv(save(name, text), { limits }).catch((e: unknown) => e as TabularFileError);
      const browser = ((): TabularFileError | undefined => {
        try {
          readCsvText(text, join(dir, name), { limits });
          return undefined;
        } catch (e) {
          return e as TabularFileError;
        }
      })();
      expect(node).toBeInstanceOf(TabularFileError);
      expect(browser).toBeInstanceOf(TabularFileError);
      expect([browser!.message, browser!.kind]).toEqual([(node as TabularFileError).message, (node as TabularFileError).kind]);
    }
  });
});

/** The browser reader's refusal, and the Node reader's, of the same bytes. */
async function refusals(bytes: Uint8Array, name: string, limits?: Parameters<typeof readXlsxBytes>[2]) {
  const path = save(name, bytes);
  const node = await readXlsxWorkbook(path, limits).then(() => undefined, (e: unknown) => e as Error);
  let browser: Error | undefined;
  try {
    readXlsxBytes(bytes, path, limits);
  } catch (e) {
    browser = e as Error;
  }
  return { node, browser };
}

describe('hostile workbooks are refused in the browser as in Node', () => {
  it('a 2 MB workbook whose sheet declares 612 MB, before inflating it', async () => {
    const bomb = workbook({ head: SHEET_HEAD, body: '<row r="1"><c r="A1" t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>', times: 6_000_000, tail: SHEET_TAIL });
    const { node, browser } = await refusals(bomb, 'declared.xlsx');
    expect(browser).toBeInstanceOf(TabularFileError);
    expect(browser!.message).toMatch(/expands to 612 MB of XML, over the limit of 100 MB/);
    expect(browser!.message).toBe(node!.message);
  });

  it('a part that inflates past the size its header declares', async () => {
    const liar = workbook({ head: SHEET_HEAD, body: '<row r="1"><c r="A1"><v>1</v></c></row>', times: 4_000_000, tail: SHEET_TAIL, declaredSize: 4096 });
    const { node, browser } = await refusals(liar, 'liar.xlsx');
    expect(browser!.message).toMatch(/the part xl\/worksheets\/sheet1\.xml inflates to more than the 4,096 bytes its header declares/);
    expect(browser!.message).toBe(node!.message);
    expect((browser as TabularFileError).kind).toBe('limit');
  });

  it('a sheet with more rows than a workbook may have, counted while inflating', async () => {
    const { node, browser } = await refusals(workbook({ head: SHEET_HEAD, body: '<row/>', times: 30, tail: SHEET_TAIL }), 'rows.xlsx', { maxXlsxBytes: 1 << 20, maxRows: 20, maxColumns: 10 });
    expect(browser!.message).toMatch(/xl\/worksheets\/sheet1\.xml has more than 22 rows/);
    expect(browser!.message).toBe(node!.message);
  });

  it('a row whose number jumps past the limit, and a cell past the column limit', () => {
    const limits = { maxXlsxBytes: 1 << 20, maxRows: 20, maxColumns: 10 };
    expect(() => readXlsxBytes(workbook({ head: SHEET_HEAD, body: '<row r="5000000"><c r="A5000000"><v>1</v></c></row>', times: 1, tail: SHEET_TAIL }), 'far.xlsx', limits)).toThrow(/has more than 22 rows/);
    expect(() => readXlsxBytes(workbook({ head: SHEET_HEAD, body: '<row r="1"><c r="ZZ1"><v>1</v></c></row>', times: 1, tail: SHEET_TAIL }), 'wide.xlsx', limits)).toThrow(/has 702 columns; at most 10 are read/);
  });

  it('a file over the size limit, a file that is no ZIP archive, a damaged archive', async () => {
    const big = await refusals(new Uint8Array(2048).fill(1), 'big.xlsx', { maxXlsxBytes: 1024, maxRows: 10, maxColumns: 10 });
    expect(big.browser!.message).toBe(big.node!.message);
    const text = await refusals(new TextEncoder().encode('id,status\n1,2\n'), 'not.xlsx');
    expect(text.browser!.message).toBe(text.node!.message);
    const damaged = new Uint8Array(4096).fill(7);
    damaged.set([0x50, 0x4b, 0x03, 0x04]);
    const broken = await refusals(damaged, 'damaged.xlsx');
    expect(broken.browser).toBeInstanceOf(TabularFileError);
    expect(broken.browser!.message).toMatch(/damaged\.xlsx could not be read as an XLSX workbook/);
  });

  it('an entity defined in a DTD is not expanded (no billion laughs): the part is refused as malformed', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    const bytes = workbook({ head: `${laughs}${SHEET_HEAD.replace(/^<\?xml[^>]*>/, '')}`, body: '<row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row>', times: 1, tail: SHEET_TAIL });
    let error: TabularFileError | undefined;
    try {
      readXlsxBytes(bytes, 'laughs.xlsx');
    } catch (e) {
      error = e as TabularFileError;
    }
    expect(error).toBeInstanceOf(TabularFileError);
    expect(error!.kind).toBe('malformed');
  });
});
