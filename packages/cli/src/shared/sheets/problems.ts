import { locateCell, SHEET_PROBLEM_CODES, type CellRef, type TabularProblem } from '@gpos/tabular';
import type { RecordRef, ReportProblem, Severity } from '../problem.js';

type Obj = Record<string, unknown>;

export function recordRef(records: readonly Obj[], index: number): RecordRef {
  const record = records[index];
  const out: RecordRef = { index };
  if (typeof record?.id === 'string') out.id = record.id;
  if (typeof record?.type === 'string') out.type = record.type;
  return out;
}

/** Where a spreadsheet problem stands, in the report's fields: `line`/`column` carry the row and column number. */
export function placeOf(ref: Partial<CellRef> & { sheet: string }, exact: boolean): Pick<ReportProblem, 'line' | 'column' | 'sheet' | 'row' | 'column_heading'> {
  const place: Pick<ReportProblem, 'line' | 'column' | 'sheet' | 'row' | 'column_heading'> = { sheet: ref.sheet, line: ref.row ?? null, column: null };
  if (ref.row !== undefined) place.row = ref.row;
  if (exact && ref.columnNumber !== undefined) {
    place.column = ref.columnNumber;
    if (ref.column) place.column_heading = ref.column;
  }
  return place;
}

/** The record each (sheet, row) filled, from the source map's pointers (`/3/payments/0/…` → record 3). */
export function rowOwners(sourceMap: ReadonlyMap<string, CellRef>): Map<string, number> {
  const owners = new Map<string, number>();
  for (const [pointer, ref] of sourceMap) {
    const key = `${ref.sheet}\u0000${ref.row}`;
    if (!owners.has(key)) owners.set(key, Number(pointer.split('/')[1]));
  }
  return owners;
}

export function fromTabular(problem: TabularProblem, owners: ReadonlyMap<string, number>, records: readonly Obj[]): ReportProblem {
  const index = problem.at.row === undefined ? undefined : owners.get(`${problem.at.sheet}\u0000${problem.at.row}`);
  return {
    severity: problem.severity,
    code: SHEET_PROBLEM_CODES[problem.code],
    message: problem.message,
    pointer: '',
    record: index === undefined ? null : recordRef(records, index),
    ...placeOf(problem.at, true),
  };
}

/** A validator problem on the records array (`/3/tlp`), with its pointer made relative to the record and its cell found. */
export function fromValidator(problem: { severity: Severity; code: string; message: string; pointer: string; record?: RecordRef }, sourceMap: ReadonlyMap<string, CellRef>, records: readonly Obj[]): ReportProblem {
  const m = /^\/(\d+)(.*)$/.exec(problem.pointer);
  const index = m ? Number(m[1]) : problem.record?.index;
  const found = locateCell(sourceMap, problem.pointer);
  const out: ReportProblem = {
    severity: problem.severity,
    code: problem.code,
    message: problem.message,
    pointer: m ? m[2]! : problem.pointer,
    record: index === undefined ? null : recordRef(records, index),
    line: null,
    column: null,
  };
  return found ? { ...out, ...placeOf(found.cell, found.exact) } : out;
}
