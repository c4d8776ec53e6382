import { RECORD_TYPES } from '@gpos/schema';
import { decodeCell, restoreFormula, type CellValue } from './cells.js';
import { headingRole, type HeadingRole } from './headings.js';
import { getAt, pointerOf, setAt } from './paths.js';
import type { CellRef } from './sheet-data.js';
import { itemKeyField, sheetModel, type Sheet, type SheetModel } from './sheet-model.js';

type Obj = Record<string, unknown>;

/** A sheet as a reader found it: headings as written, rows with the numbers a person sees. */
export interface SheetInput {
  readonly name: string;
  readonly headerRow: number;
  readonly headings: readonly string[];
  readonly rows: ReadonlyArray<{ readonly number: number; readonly cells: readonly CellValue[] }>;
  /** True for CSV: cells were neutralised against formula injection on export. */
  readonly csv?: boolean;
}

export interface TabularProblem {
  readonly severity: 'error' | 'warning';
  readonly code: 'unknown_sheet' | 'unknown_column' | 'duplicate_column' | 'invalid_cell' | 'orphan_row' | 'missing_key' | 'duplicate_record';
  readonly message: string;
  readonly at: Omit<CellRef, 'row' | 'column' | 'columnNumber'> & Partial<Pick<CellRef, 'row' | 'column' | 'columnNumber'>>;
}

/**
 * The code a report gives each reading problem: a `sheet_` prefix, since they are about the spreadsheet, not the
 * standard (`gpos validate` and the docs site's validator report these).
 */
export const SHEET_PROBLEM_CODES: Record<TabularProblem['code'], string> = {
  unknown_sheet: 'sheet_unknown',
  unknown_column: 'sheet_unknown_column',
  duplicate_column: 'sheet_duplicate_column',
  invalid_cell: 'sheet_invalid_cell',
  orphan_row: 'sheet_orphan_row',
  missing_key: 'sheet_missing_key',
  duplicate_record: 'sheet_duplicate_record',
};

export interface UnflattenResult {
  readonly records: Obj[];
  readonly problems: TabularProblem[];
  /** JSON Pointer (into `records`) → the cell the value came from. */
  readonly sourceMap: ReadonlyMap<string, CellRef>;
}

/** Every record family of the standard has a sheet layout. */
export const FAMILIES = RECORD_TYPES;
/** Sheets a template adds for people, never data. */
const HELP_SHEETS = new Set(['readme', 'codes']);

const isEmpty = (cell: CellValue) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

function findSheet(name: string): { model: SheetModel; sheet: Sheet } | undefined {
  const wanted = name.trim().toLowerCase();
  for (const family of FAMILIES) {
    const model = sheetModel(family);
    const sheet = model.sheets.find((s) => s.name.toLowerCase() === wanted || s.title.toLowerCase() === wanted);
    if (sheet) return { model, sheet };
  }
  return undefined;
}

/** Reads sheets back into records: main sheets first, then child rows joined to their parents by key. */
export function unflatten(inputs: readonly SheetInput[]): UnflattenResult {
  const records: Obj[] = [];
  const problems: TabularProblem[] = [];
  const sourceMap = new Map<string, CellRef>();
  const byId = new Map<string, number>();
  const located = inputs.flatMap((input) => {
    const found = findSheet(input.name);
    if (!found) {
      if (!HELP_SHEETS.has(input.name.trim().toLowerCase())) {
        problems.push({ severity: 'warning', code: 'unknown_sheet', message: `Sheet "${input.name}" is not part of the standard and was not read. Sheet names are a record family (${FAMILIES.join(', ')}) or one of its child sheets such as case.payments.`, at: { sheet: input.name } });
      }
      return [];
    }
    return [{ input, ...found }];
  });
  // parents before children, whatever order the workbook has
  located.sort((a, b) => a.sheet.arrayPath.length - b.sheet.arrayPath.length);
  for (const { input, model, sheet } of located) {
    const roles = mapHeadings(input, sheet, model.family, problems);
    for (const row of input.rows) {
      if (row.cells.every(isEmpty)) continue;
      const cellRef = (index: number): CellRef => ({ sheet: input.name, row: row.number, column: input.headings[index] ?? '', columnNumber: index + 1 });
      const keys: CellValue[] = [];
      roles.forEach((role, i) => {
        if (role?.kind === 'key') keys[role.index] = row.cells[i];
      });
      let target: Obj;
      let pointer: Array<string | number>;
      if (!sheet.parent) {
        target = { type: model.family };
        const idColumn = roles.findIndex((role) => role?.kind === 'field' && role.column.path === 'id');
        const id = idColumn >= 0 ? row.cells[idColumn] : undefined;
        if (!isEmpty(id)) {
          const idText = String(id).trim();
          if (byId.has(`${model.family}:${idText}`)) {
            problems.push({ severity: 'error', code: 'duplicate_record', message: `The ${model.family} id ${idText} appears on more than one row of sheet "${input.name}"; each record takes one row (a new version is a new file, not a new row).`, at: cellRef(idColumn) });
          }
          byId.set(`${model.family}:${idText}`, records.length);
        }
        pointer = [records.length];
        records.push(target);
        sourceMap.set(pointerOf(pointer), cellRef(0));
      } else {
        const placed = placeChild(sheet, model, keys, records, byId);
        if (typeof placed === 'string') {
          problems.push({ severity: 'error', code: placed === 'missing' ? 'missing_key' : 'orphan_row', message: placed === 'missing' ? `Row ${row.number} of sheet "${input.name}" does not say which ${model.family} it belongs to: fill in ${sheet.keys.map((k) => `"${k.heading}"`).join(' and ')}.` : `Row ${row.number} of sheet "${input.name}" points to ${placed}, which is not on the parent sheet. Check the id for typos.`, at: cellRef(0) });
          continue;
        }
        // keys and nothing else: the record has this list, and it is empty
        if (!roles.some((role, i) => role?.kind === 'field' && !isEmpty(row.cells[i]))) continue;
        target = {};
        placed.array.push(target);
        pointer = [...placed.pointer, placed.array.length - 1];
        sourceMap.set(pointerOf(pointer), cellRef(0));
      }
      roles.forEach((role, i) => {
        if (role?.kind !== 'field' || isEmpty(row.cells[i])) return;
        let cell = row.cells[i];
        if (input.csv && typeof cell === 'string') cell = restoreFormula(cell);
        const decoded = decodeCell(cell, role.column);
        if (!decoded.ok) {
          problems.push({ severity: 'error', code: 'invalid_cell', message: `${role.column.title}: ${decoded.message}.`, at: cellRef(i) });
          return;
        }
        const path = role.column.path.split('/');
        if (role.lang) {
          const found = getAt(target, path);
          const existing = found !== null && typeof found === 'object' ? (found as Obj) : {};
          setAt(target, path, { ...existing, [role.lang]: decoded.value });
          sourceMap.set(pointerOf([...pointer, ...path, role.lang]), cellRef(i));
        } else {
          setAt(target, path, decoded.value);
          sourceMap.set(pointerOf([...pointer, ...path]), cellRef(i));
        }
      });
    }
  }
  return { records, problems, sourceMap };
}

function mapHeadings(input: SheetInput, sheet: Sheet, family: string, problems: TabularProblem[]): Array<HeadingRole | undefined> {
  const seen = new Map<string, number>();
  return input.headings.map((heading, i) => {
    const at = { sheet: input.name, row: input.headerRow, column: heading, columnNumber: i + 1 };
    if (heading.trim() === '') {
      if (input.rows.some((r) => !isEmpty(r.cells[i]))) problems.push({ severity: 'error', code: 'unknown_column', message: `Column ${i + 1} of sheet "${input.name}" has data but no heading, so its values cannot be placed.`, at });
      return undefined;
    }
    const role = headingRole(heading, sheet, family);
    if (!role) {
      problems.push({ severity: 'error', code: 'unknown_column', message: `Sheet "${input.name}" has a column "${heading}" that is not a field of ${sheet.title}. Use the headings of the template; its values were not read.`, at });
      return undefined;
    }
    const identity = role.kind === 'key' ? `key:${role.index}` : role.kind === 'field' ? `${role.column.path}/${role.lang ?? ''}` : heading;
    const first = seen.get(identity);
    if (first !== undefined) {
      problems.push({ severity: 'error', code: 'duplicate_column', message: `Sheet "${input.name}" has two columns for the same field ("${input.headings[first]}" in column ${first + 1} and "${heading}" in column ${i + 1}); keep one. The second was not read.`, at });
      return undefined;
    }
    seen.set(identity, i);
    return role;
  });
}

/** Finds the array a child row belongs in, following the key columns from the record down. */
function placeChild(sheet: Sheet, model: SheetModel, keys: readonly CellValue[], records: Obj[], byId: Map<string, number>): { array: Obj[]; pointer: Array<string | number> } | string {
  if (sheet.keys.some((_, i) => isEmpty(keys[i]))) return 'missing';
  const recordId = String(keys[0]).trim();
  const index = byId.get(`${model.family}:${recordId}`);
  if (index === undefined) return `${model.family} ${recordId}`;
  let container: Obj = records[index]!;
  let pointer: Array<string | number> = [index];
  let parentPath: readonly string[] = [];
  for (const [k, key] of sheet.keys.slice(1).entries()) {
    const ancestor = model.sheets.find((s) => s.name === key.sheet)!;
    const relative = ancestor.arrayPath.slice(parentPath.length);
    const items = getAt(container, relative);
    const wanted = String(keys[k + 1]).trim();
    const field = itemKeyField(ancestor);
    const position = !Array.isArray(items) ? -1 : field === '#' ? Number(wanted) - 1 : items.findIndex((item) => String((item as Obj)[field]) === wanted);
    if (!Array.isArray(items) || !(position >= 0 && position < items.length)) return `${key.heading} ${wanted}`;
    container = items[position] as Obj;
    pointer = [...pointer, ...relative, position];
    parentPath = ancestor.arrayPath;
  }
  const relative = sheet.arrayPath.slice(parentPath.length);
  let array = getAt(container, relative);
  if (!Array.isArray(array)) {
    array = [];
    setAt(container, relative, array);
  }
  return { array: array as Obj[], pointer: [...pointer, ...relative] };
}
