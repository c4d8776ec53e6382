import { codelists, findCode } from '@gpos/schema';
import type { Column } from './sheet-model.js';

/** What a cell can hold once read: text, a number, a boolean, or a date a spreadsheet typed for us. */
export type CellValue = string | number | boolean | Date | null | undefined;

export type Decoded = { ok: true; value: unknown } | { ok: false; message: string };

const LIST_SEPARATOR = '; ';

/** Lists are `a; b; c`, or a JSON array when an item itself contains `;` or starts with `[`. */
export function encodeList(items: readonly unknown[]): string {
  const strings = items.map(String);
  return strings.some((s) => s.includes(';') || s.startsWith('[') || s !== s.trim()) ? JSON.stringify(items) : strings.join(LIST_SEPARATOR);
}

/** Turns a JSON value at a column's path into the value written to the cell. */
export function encodeCell(value: unknown, column: Column): string | number | boolean {
  switch (column.type) {
    case 'integer':
    case 'number':
    case 'boolean':
      return value as number | boolean;
    case 'list':
      return encodeList(value as unknown[]);
    case 'money_list':
      return (value as MoneyCell[]).map(encodeValue).join(LIST_SEPARATOR);
    case 'json':
      return JSON.stringify(value);
    default:
      return String(value);
  }
}

/** Excel turns typed dates into Date objects: give them back as the RFC 3339 date or UTC timestamp they stood for. */
function dateText(date: Date, temporal?: Column['temporal']): string {
  const iso = date.toISOString();
  const timestamp = iso.replace('.000Z', 'Z');
  // a timestamp field keeps its midnight; a date field drops the time; a field taking either drops a midnight
  if (temporal === 'date-time') return timestamp;
  return temporal === 'date' || iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : timestamp;
}

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included); the fraction is the time of day. */
function fromExcelSerial(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400) * 1000);
}

function asText(cell: CellValue): string {
  if (cell instanceof Date) return dateText(cell);
  return String(cell);
}

/** Codes, or their titles as a person typed them (case and spacing aside), are both accepted. */
function toCode(list: string, text: string): string {
  if (findCode(list, text)) return text;
  const wanted = text.trim().toLowerCase();
  const rows = (codelists as Record<string, { rows: ReadonlyArray<{ code: string; title: string }> } | undefined>)[list]?.rows ?? [];
  return rows.find((row) => row.title.trim().toLowerCase() === wanted || row.code.toLowerCase() === wanted)?.code ?? text;
}

function decodeNumber(cell: CellValue, integer: boolean): Decoded {
  const n = typeof cell === 'number' ? cell : Number(asText(cell).trim());
  if (!Number.isFinite(n) || asText(cell).trim() === '') return { ok: false, message: `expected a number, found "${asText(cell)}"` };
  if (integer && !Number.isInteger(n)) return { ok: false, message: `expected a whole number, found ${n}` };
  return { ok: true, value: n };
}

function decodeList(text: string, column: Column): Decoded {
  let items: unknown[];
  if (text.trim().startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (!Array.isArray(parsed)) return { ok: false, message: 'expected a list' };
      items = parsed;
    } catch {
      return { ok: false, message: 'a list that starts with "[" must be a JSON array' };
    }
  } else {
    items = text.split(';').map((s) => s.trim()).filter((s) => s !== '');
  }
  if (column.itemType === 'integer' || column.itemType === 'number') {
    const numbers = items.map((item) => decodeNumber(item as CellValue, column.itemType === 'integer'));
    const bad = numbers.find((d) => !d.ok);
    if (bad) return bad;
    return { ok: true, value: numbers.map((d) => (d as { value: number }).value) };
  }
  return { ok: true, value: column.codelist ? items.map((i) => toCode(column.codelist!, String(i))) : items.map(String) };
}

/**
 * One amount in a money-list cell: `1250.00 THB`, or (1.1) a crypto asset by its CAIP-19 id, optionally with its
 * fiat equivalent and when it was taken: `15000.000000 tron:0x2b6653dc/trc20:TR7N… (540000.00 THB on 2026-02-03)`.
 */
const MONEY = /^\s*(\S+)\s+([A-Za-z]{3}|[-a-z0-9]{3,8}:[-_a-zA-Z0-9]{1,32}\/\S+)(?:\s*\(\s*(\S+)\s+([A-Za-z]{3})(?:\s+on\s+(\S+))?\s*\))?\s*$/;

interface MoneyCell {
  amount: string;
  currency?: string;
  asset?: string;
  fiat_equivalent?: { amount: string; currency: string };
  valued_at?: string;
}

function encodeValue(m: MoneyCell): string {
  const fiat = m.fiat_equivalent ? ` (${m.fiat_equivalent.amount} ${m.fiat_equivalent.currency}${m.valued_at ? ` on ${m.valued_at}` : ''})` : '';
  return `${m.amount} ${m.currency ?? m.asset ?? ''}${fiat}`;
}

function decodeValue(m: RegExpExecArray): MoneyCell {
  const unit = m[2]!;
  const value: MoneyCell = unit.includes(':') ? { amount: m[1]!, asset: unit } : { amount: m[1]!, currency: unit.toUpperCase() };
  if (m[3] !== undefined) value.fiat_equivalent = { amount: m[3], currency: m[4]!.toUpperCase() };
  if (m[5] !== undefined) value.valued_at = m[5];
  return value;
}

/** Reads one cell into the JSON value for its column; empty cells are handled by the caller. */
export function decodeCell(cell: CellValue, column: Column): Decoded {
  switch (column.type) {
    case 'integer':
    case 'number':
      return decodeNumber(cell, column.type === 'integer');
    case 'boolean': {
      if (typeof cell === 'boolean') return { ok: true, value: cell };
      const text = asText(cell).trim().toLowerCase();
      if (['true', 'yes', 'y', '1'].includes(text)) return { ok: true, value: true };
      if (['false', 'no', 'n', '0'].includes(text)) return { ok: true, value: false };
      return { ok: false, message: `expected TRUE or FALSE, found "${asText(cell)}"` };
    }
    case 'list':
      return decodeList(asText(cell), column);
    case 'money_list': {
      const parts = asText(cell).split(';').map((s) => s.trim()).filter(Boolean);
      const money = [];
      for (const part of parts) {
        const m = MONEY.exec(part);
        if (!m) return { ok: false, message: `expected amounts like "1250.00 THB; 30.00 USD" or "15000.000000 tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t (540000.00 THB)", found "${part}"` };
        money.push(decodeValue(m));
      }
      return { ok: true, value: money };
    }
    case 'json':
      try {
        return { ok: true, value: JSON.parse(asText(cell)) as unknown };
      } catch {
        return { ok: false, message: 'expected JSON text' };
      }
    default: {
      if (column.temporal && typeof cell === 'number') return { ok: true, value: dateText(fromExcelSerial(cell), column.temporal) };
      if (cell instanceof Date) return { ok: true, value: dateText(cell, column.temporal) };
      // a number typed into a text column keeps its digits; decimal amounts stay strings, never floats
      const text = typeof cell === 'number' ? String(cell) : asText(cell);
      return { ok: true, value: column.codelist ? toCode(column.codelist, text) : text };
    }
  }
}

/*
 * What a spreadsheet may run as a formula when a CSV cell starts with it: OWASP's CSV injection list (=, +, -, @,
 * tab, carriage return), plus a line feed (some importers start a new row there, whose first cell is then read
 * as a formula) and the full-width forms of = + - @, which some spreadsheet locales treat as the ASCII ones.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
/** Already neutralised (or a value that merely looks so): one or more apostrophes before such a character. */
const QUOTED_FORMULA_START = /^'+[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * CSV cells a spreadsheet would run as formulas get a leading apostrophe (OWASP CSV injection guidance).
 * Values that already begin with an apostrophe before such a character get one more, so reading back is exact.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) || QUOTED_FORMULA_START.test(text) ? `'${text}` : text;
}

export function restoreFormula(text: string): string {
  return QUOTED_FORMULA_START.test(text) ? text.slice(1) : text;
}
