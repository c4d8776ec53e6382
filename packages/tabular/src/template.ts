import { codelists, SPEC_VERSION, type RecordType } from '@gpos/schema';
import ExcelJS from 'exceljs';
import { expandColumns } from './flatten.js';
import { keyTitle } from './headings.js';
import type { SheetData } from './sheet-data.js';
import { sheetModel, type Column, type Sheet } from './sheet-model.js';
import { buildWorkbook } from './xlsx.js';

/** Every record family has a template. */
export type TemplateFamily = RecordType;

type Listed = { name: string; open: boolean; rows: ReadonlyArray<{ code: string; title: string }> };
const lists = codelists as unknown as Record<string, Listed | undefined>;

/** Rows of a template's data area that carry drop-downs; beyond them a person can still type codes. */
const VALIDATED_ROWS = 1000;

/** Empty sheets with the headings for a family: the main sheet and one per repeated child. */
export function templateSheets(family: TemplateFamily): SheetData[] {
  return sheetModel(family).sheets.map((sheet) => {
    const columns = expandColumns(sheet.columns, () => ['en']);
    return {
      name: sheet.name,
      headings: [...sheet.keys.map((k) => k.heading), ...columns.map((c) => c.heading)],
      titles: [...sheet.keys.map((k) => `${keyTitle(k.heading, k.field, family)} *`), ...columns.map((c) => `${c.column.title}${c.lang ? ` (${c.lang})` : ''}${c.column.required ? ' *' : ''}`)],
      rows: [],
    };
  });
}

function readme(family: TemplateFamily, sheets: readonly Sheet[]): string[][] {
  return [
    [`GPOS Open Scam Data Standard ${SPEC_VERSION}: ${family} template`],
    [],
    ['How to fill it in'],
    ['One row of the first sheet is one record. Each other sheet holds a repeated part of a record (payments, milestones, actions…): one row per item, tied to its record by the id in the first column.'],
    ['Row 1 holds the headings people read, row 2 the field names programs read. Leave both as they are; start on row 3.'],
    ['Headings ending in * must be filled whenever the row is used. Orange headings are required.'],
    ['Columns with a drop-down take codes from the "codes" sheet. You may also type the code\'s title; it is turned into the code.'],
    ['Lists: separate items with a semicolon (investment; romance). Amounts in a list: 1250.00 THB; 30.00 USD.'],
    ['Amounts are decimal numbers written as text (1250.00), never with thousands separators. Dates are 2026-03-14; times are 2026-03-14T09:26:53Z (UTC).'],
    ['Text in another language: add a column headed like the English one with the language code, for example title/th.'],
    ['Check your file with: npx @gpos/cli validate this-file.xlsx   — every problem names the sheet, row and column.'],
    [],
    ['Sheet', 'What one row is'],
    ...sheets.map((s) => [s.name, s.parent ? `one item of ${s.title}, tied by ${s.keys.map((k) => k.heading).join(' and ')}` : `one ${family} record`]),
  ];
}

/** The codelists a family's columns use, in order of first use. */
function usedCodelists(sheets: readonly Sheet[]): string[] {
  const names = sheets.flatMap((s) => s.columns.map((c) => c.codelist).filter((c): c is string => !!c && !!lists[c]));
  return [...new Set(names)];
}

const columnLetter = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : columnLetter(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

/** An XLSX template with a README sheet, drop-downs on codelist columns and a codes sheet. */
export async function xlsxTemplate(family: TemplateFamily): Promise<Uint8Array> {
  const model = sheetModel(family);
  const workbook = new ExcelJS.Workbook();
  // README first: it is what a person should see on opening the file
  const help = workbook.addWorksheet('README');
  buildWorkbook(templateSheets(family), workbook);
  const codes = workbook.addWorksheet('codes');
  const ranges = new Map<string, string>();
  usedCodelists(model.sheets).forEach((name, i) => {
    const list = lists[name]!;
    const codeCol = i * 3 + 1;
    codes.getCell(1, codeCol).value = name;
    codes.getCell(1, codeCol).font = { bold: true };
    codes.getCell(1, codeCol + 1).value = list.open ? 'title (open list: other codes are allowed)' : 'title';
    list.rows.forEach((row, r) => {
      codes.getCell(r + 2, codeCol).value = row.code;
      codes.getCell(r + 2, codeCol + 1).value = row.title;
    });
    const letter = columnLetter(codeCol);
    ranges.set(name, `codes!$${letter}$2:$${letter}$${list.rows.length + 1}`);
  });
  for (const sheet of model.sheets) {
    const worksheet = workbook.getWorksheet(sheet.name)!;
    const columns: Array<Column | undefined> = [...sheet.keys.map(() => undefined), ...expandColumns(sheet.columns, () => ['en']).map((c) => c.column)];
    columns.forEach((column, i) => {
      if (!column) return;
      const col = i + 1;
      worksheet.getCell(1, col).note = column.description;
      // text stays text (leading zeros of account numbers survive); dates may be typed as dates
      if (column.temporal === 'date') worksheet.getColumn(col).numFmt = 'yyyy-mm-dd';
      else if (!column.temporal && (column.type === 'string' || column.type === 'list' || column.type === 'text' || column.type === 'money_list')) worksheet.getColumn(col).numFmt = '@';
      const range = column.codelist && column.type === 'string' ? ranges.get(column.codelist) : undefined;
      if (!range) return;
      const open = lists[column.codelist!]!.open;
      for (let row = 3; row < 3 + VALIDATED_ROWS; row++) {
        worksheet.getCell(row, col).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [range],
          showErrorMessage: true,
          // open lists warn and let a new code through; closed lists refuse it
          errorStyle: open ? 'warning' : 'error',
          errorTitle: column.title,
          error: open ? 'This code is not in the list yet. Keep it only if no listed code fits.' : 'Choose a code from the list.',
        };
      }
    });
  }
  for (const line of readme(family, model.sheets)) help.addRow(line);
  help.getColumn(1).width = 40;
  help.getRow(1).font = { bold: true, size: 14 };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
