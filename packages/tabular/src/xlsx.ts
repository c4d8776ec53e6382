import { readFile, stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { CellValue } from './cells.js';
import { sheetInputOf } from './header-row.js';
import { DEFAULT_LIMITS, TabularFileError, type ReadLimits } from './limits.js';
import { checkXlsxArchive } from './xlsx-guard.js';
import { HEADING_ROWS, notAWorkbook, tooManyColumns, unreadableWorkbook, workbookTooLarge } from './xlsx-limits.js';
import type { SheetData } from './sheet-data.js';
import type { SheetInput } from './unflatten.js';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } } as const;
const REQUIRED_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } } as const;

/** Writes sheets to an XLSX workbook: human titles on row 1, field paths on row 2, data below, every text cell typed as text. */
export function buildWorkbook(sheets: readonly SheetData[], workbook = new ExcelJS.Workbook()): ExcelJS.Workbook {
  workbook.creator = '@gpos/tabular';
  for (const data of sheets) {
    const sheet = workbook.addWorksheet(data.name, { views: [{ state: 'frozen', ySplit: 2 }] });
    const titles = sheet.addRow(data.titles ?? data.headings);
    titles.font = { bold: true };
    titles.eachCell((cell, col) => {
      cell.fill = String(cell.value).endsWith(' *') ? REQUIRED_FILL : HEADER_FILL;
      sheet.getColumn(col).width = Math.min(Math.max(String(cell.value).length + 2, 12), 40);
    });
    const paths = sheet.addRow(data.headings);
    paths.font = { italic: true, color: { argb: 'FF808080' }, size: 9 };
    for (const row of data.rows) {
      // strings stay strings: a value starting with "=" is text in a typed cell, never a formula
      sheet.addRow(row.map((cell) => (cell === null ? null : cell)));
    }
  }
  return workbook;
}

export async function writeXlsx(sheets: readonly SheetData[]): Promise<Uint8Array> {
  return new Uint8Array(await buildWorkbook(sheets).xlsx.writeBuffer());
}

function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return (value as { result?: ExcelJS.CellValue }).result as CellValue ?? null;
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

/** Reads every sheet of a workbook into rows; refuses files that are too big or not XLSX, with a clear message. */
export async function readXlsx(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<SheetInput[]> {
  return (await readXlsxWorkbook(file, limits)).sheets;
}

/** A workbook's sheets and the dates its document properties carry (when the file was first created and last saved). */
export interface XlsxWorkbook {
  readonly sheets: SheetInput[];
  readonly created?: Date;
  readonly modified?: Date;
}

const validDate = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());

/** {@link readXlsx}, with the workbook's created and modified dates (from its document properties, when present). */
export async function readXlsxWorkbook(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<XlsxWorkbook> {
  const size = (await stat(file)).size;
  if (size > limits.maxXlsxBytes) throw workbookTooLarge(file, size, limits);
  const bytes = await readFile(file);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw notAWorkbook(file);
  await checkXlsxArchive(file, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw unreadableWorkbook(file, (error as Error).message);
  }
  const sheets = workbook.worksheets.map((worksheet) => {
    if (worksheet.rowCount > limits.maxRows + HEADING_ROWS) throw new TabularFileError(`Sheet "${worksheet.name}" of ${file} has ${worksheet.rowCount} rows; at most ${limits.maxRows} are read.`, file, 'limit');
    if (worksheet.columnCount > limits.maxColumns) throw tooManyColumns(file, worksheet.name, worksheet.columnCount, limits);
    const rows: Array<{ number: number; cells: CellValue[] }> = [];
    worksheet.eachRow({ includeEmpty: false }, (row, number) => {
      const values = row.values as ExcelJS.CellValue[];
      rows.push({ number, cells: values.slice(1).map(cellValue) });
    });
    return sheetInputOf(worksheet.name, rows);
  });
  return { sheets, ...(validDate(workbook.created) ? { created: workbook.created } : {}), ...(validDate(workbook.modified) ? { modified: workbook.modified } : {}) };
}
