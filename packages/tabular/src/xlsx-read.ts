import { Inflate } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { CellValue } from './cells.js';
import { sheetInputOf } from './header-row.js';
import { DEFAULT_LIMITS, TabularFileError, type ReadLimits } from './limits.js';
import type { SheetInput } from './unflatten.js';
import { checkDeclaredSize, HEADING_ROWS, inflatesPastDeclared, notAWorkbook, tooManyColumns, tooManyRows, unreadableWorkbook, workbookTooLarge } from './xlsx-limits.js';
import type { XlsxWorkbook } from './xlsx.js';

/*
 * An XLSX workbook read from its bytes, without Node and without ExcelJS: for web pages (the docs site's validator).
 * The ZIP directory is read by hand (a few fixed-size records), each part is inflated by fflate's streaming inflater
 * in small slices and parsed by saxes (a strict, non-validating XML parser that expands no DTD entity) as it
 * inflates. The hostile-file limits are those of the Node reader, from the same declarations (xlsx-limits.ts):
 * the file's size, the uncompressed size the directory declares, the real size of each part (never past what its
 * header declares), and the rows and columns of each sheet, counted while the sheet streams past.
 */

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/** Compressed bytes handed to the inflater at a time: at most ~1,000 times as much comes out of one slice. */
const SLICE = 4096;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** The archive's central directory: every member with its declared sizes. */
function directory(bytes: Uint8Array, file: string): Entry[] {
  // the end-of-central-directory record: 22 bytes and a comment of at most 65,535
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw unreadableWorkbook(file, 'end of central directory record signature not found');
  const count = u16(bytes, end + 10);
  const offset = u32(bytes, end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw unreadableWorkbook(file, 'ZIP64 archives are not read here');
  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  for (let k = 0, at = offset; k < count; k++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw unreadableWorkbook(file, 'invalid central directory file header signature');
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > bytes.length) throw unreadableWorkbook(file, 'the central directory runs past the end of the file');
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    });
    at = next;
  }
  return entries;
}

/** Inflates one member into `sink` as text, refusing it past the size its directory entry declares. */
function inflateText(bytes: Uint8Array, entry: Entry, file: string, sink: (text: string) => void): void {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) throw unreadableWorkbook(file, `invalid local file header signature for ${entry.name}`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (start + entry.compressedSize > bytes.length) throw unreadableWorkbook(file, `${entry.name} runs past the end of the file`);
  const decoder = new TextDecoder('utf-8');
  let total = 0;
  const take = (chunk: Uint8Array) => {
    total += chunk.length;
    if (total > entry.size) throw inflatesPastDeclared(file, entry.name, entry.size);
    sink(decoder.decode(chunk, { stream: true }));
  };
  if (entry.method === 0) take(data);
  else if (entry.method === 8) {
    const inflater = new Inflate((chunk) => take(chunk));
    try {
      if (data.length === 0) inflater.push(data, true);
      for (let k = 0; k < data.length; k += SLICE) inflater.push(data.subarray(k, k + SLICE), k + SLICE >= data.length);
    } catch (error) {
      if (error instanceof TabularFileError) throw error;
      throw unreadableWorkbook(file, `${entry.name}: ${(error as Error).message}`);
    }
  } else throw unreadableWorkbook(file, `${entry.name} is compressed with method ${entry.method}, which XLSX files do not use`);
  sink(decoder.decode());
}

interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** Streams a part through saxes; element names lose their namespace prefix (`x:row` → `row`). */
function parsePart(bytes: Uint8Array, entry: Entry, file: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser();
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  const local = (name: string) => name.slice(name.indexOf(':') + 1);
  if (handlers.open) parser.on('opentag', (tag) => handlers.open!(local(tag.name), (tag as SaxesTagPlain).attributes));
  if (handlers.close) parser.on('closetag', (tag) => handlers.close!(local(tag.name)));
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  inflateText(bytes, entry, file, (text) => {
    if (text && !failure) parser.write(text);
  });
  if (!failure) parser.close();
  if (failure) throw unreadableWorkbook(file, `${entry.name}: ${failure.message}`);
}

/** `xl/worksheets/sheet1.xml` from a relationship target relative to `base` (`xl/workbook.xml`), or absolute. */
function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

const relsOf = (path: string) => {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
};

/** Relationship id → target path, and the targets by type (the last segment of the type URI). */
function relationships(bytes: Uint8Array, entries: ReadonlyMap<string, Entry>, file: string, base: string): { byId: Map<string, string>; byType: Map<string, string> } {
  const byId = new Map<string, string>();
  const byType = new Map<string, string>();
  const entry = entries.get(relsOf(base));
  if (entry) {
    parsePart(bytes, entry, file, {
      open(name, a) {
        if (name !== 'Relationship' || !a.Id || !a.Target || a.TargetMode === 'External') return;
        const path = resolvePath(base, a.Target);
        byId.set(a.Id, path);
        const type = (a.Type ?? '').slice((a.Type ?? '').lastIndexOf('/') + 1);
        if (!byType.has(type)) byType.set(type, path);
      },
    });
  }
  return { byId, byType };
}

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30), as ExcelJS reads them. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** A custom format shows a date when, quoted text, escapes and `[colour]`s aside, it has a date or time letter. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, '');
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** Which cell styles (`s` attributes) show dates. */
function dateStyles(bytes: Uint8Array, entry: Entry | undefined, file: string): Set<number> {
  const styles = new Set<number>();
  if (!entry) return styles;
  const custom = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  parsePart(bytes, entry, file, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfs.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  xfs.forEach((id, index) => {
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id)) styles.add(index);
  });
  return styles;
}

/** The shared strings table: rich text runs joined, phonetic runs (`rPh`) left out, as ExcelJS does. */
function sharedStrings(bytes: Uint8Array, entry: Entry | undefined, file: string): string[] {
  const strings: string[] = [];
  if (!entry) return strings;
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  parsePart(bytes, entry, file, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 'si') {
        strings.push(current ?? '');
        current = undefined;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text(text) {
      if (inText && current !== undefined) current += text;
    },
  });
  return strings;
}

/** `AB12` → 28 (the column number of a cell reference). */
function columnOf(ref: string): number {
  let n = 0;
  for (const c of ref.toUpperCase()) {
    const code = c.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n;
}

/** Excel's serial day number → a Date, as ExcelJS converts date-formatted cells (1900 or 1904 date system). */
const excelDate = (serial: number, date1904: boolean) => new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

interface SheetContext {
  readonly strings: readonly string[];
  readonly dates: ReadonlySet<number>;
  readonly date1904: boolean;
  readonly limits: ReadLimits;
}

/** A worksheet's non-empty rows, each with its cells by column; refused past the row or column limit. */
function worksheetRows(bytes: Uint8Array, entry: Entry, file: string, sheetName: string, context: SheetContext): Array<{ number: number; cells: CellValue[] }> {
  const rows: Array<{ number: number; cells: CellValue[] }> = [];
  let rowCount = 0;
  let rowNumber = 0;
  let cells: CellValue[] = [];
  let column = 0;
  let cell: { type: string; style: number; column: number } | undefined;
  let value = '';
  let inValue = false;
  let inlineText = false;
  let phonetic = 0;
  const maxRows = context.limits.maxRows + HEADING_ROWS;
  parsePart(bytes, entry, file, {
    open(name, a) {
      if (name === 'row') {
        if (++rowCount > maxRows) throw tooManyRows(file, entry.name, context.limits);
        rowNumber = a.r !== undefined ? Number(a.r) : rowNumber + 1;
        if (!(rowNumber >= 1) || rowNumber > maxRows) throw tooManyRows(file, entry.name, context.limits);
        cells = [];
        column = 0;
      } else if (name === 'c') {
        column = a.r ? columnOf(a.r) : column + 1;
        if (column > context.limits.maxColumns) throw tooManyColumns(file, sheetName, column, context.limits);
        cell = { type: a.t ?? 'n', style: Number(a.s ?? 0), column };
        value = '';
      } else if (cell && name === 'v') inValue = true;
      else if (cell && name === 'rPh') phonetic++;
      else if (cell && name === 't' && phonetic === 0) inlineText = true;
    },
    close(name) {
      if (name === 'v') inValue = false;
      else if (name === 't') inlineText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'c' && cell) {
        const read = cellValue(cell.type, value, cell.style, context);
        if (read !== null) {
          while (cells.length < cell.column - 1) cells.push(null);
          cells[cell.column - 1] = read;
        }
        cell = undefined;
      } else if (name === 'row') {
        if (cells.length > 0) rows.push({ number: rowNumber, cells });
        cells = [];
      }
    },
    text(text) {
      if (inValue || inlineText) value += text;
    },
  });
  return rows;
}

function cellValue(type: string, text: string, style: number, context: SheetContext): CellValue {
  switch (type) {
    case 's': {
      const index = Number(text);
      return Number.isInteger(index) ? (context.strings[index] ?? null) : null;
    }
    case 'str':
    case 'inlineStr':
      return text;
    case 'b':
      return text === '' ? null : text === '1' || text.toLowerCase() === 'true';
    case 'e':
      return text === '' ? null : text;
    case 'd': {
      const date = new Date(text);
      return text === '' || Number.isNaN(date.getTime()) ? (text || null) : date;
    }
    default: {
      if (text.trim() === '') return null;
      const n = Number(text);
      if (!Number.isFinite(n)) return text;
      return context.dates.has(style) ? excelDate(n, context.date1904) : n;
    }
  }
}

/** The workbook's created and modified dates, from its core document properties. */
function coreDates(bytes: Uint8Array, entry: Entry | undefined, file: string): { created?: Date; modified?: Date } {
  const out: { created?: Date; modified?: Date } = {};
  if (!entry) return out;
  let current: 'created' | 'modified' | undefined;
  let text = '';
  parsePart(bytes, entry, file, {
    open(name) {
      if (name === 'created' || name === 'modified') {
        current = name;
        text = '';
      }
    },
    close(name) {
      if (current && name === current) {
        const date = new Date(text.trim());
        if (!Number.isNaN(date.getTime())) out[current] = date;
        current = undefined;
      }
    },
    text(t) {
      if (current) text += t;
    },
  });
  return out;
}

/**
 * Reads a workbook's sheets from its bytes (a browser File's `arrayBuffer()`), with the same refusals as the Node
 * reader: a file too large, not a ZIP archive, an archive that declares (or really inflates to) more than the
 * limit, a sheet with too many rows or columns. Throws {@link TabularFileError}.
 */
export function readXlsxBytes(bytes: Uint8Array, file: string, limits: ReadLimits = DEFAULT_LIMITS): XlsxWorkbook {
  if (bytes.length > limits.maxXlsxBytes) throw workbookTooLarge(file, bytes.length, limits);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw notAWorkbook(file);
  const list = directory(bytes, file);
  checkDeclaredSize(file, list.reduce((sum, e) => sum + e.size, 0), limits);
  const entries = new Map(list.map((e) => [e.name.replace(/^\//, ''), e]));
  const root = relationships(bytes, entries, file, '');
  const workbookPath = root.byType.get('officeDocument') ?? 'xl/workbook.xml';
  const workbookEntry = entries.get(workbookPath);
  if (!workbookEntry) throw unreadableWorkbook(file, 'the archive holds no workbook part (xl/workbook.xml)');
  const sheets: Array<{ name: string; rel: string }> = [];
  let date1904 = false;
  parsePart(bytes, workbookEntry, file, {
    open(name, a) {
      if (name === 'sheet' && a.name !== undefined) sheets.push({ name: a.name, rel: a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '' });
      else if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    },
  });
  const rels = relationships(bytes, entries, file, workbookPath);
  const context: SheetContext = {
    strings: sharedStrings(bytes, entries.get(rels.byType.get('sharedStrings') ?? ''), file),
    dates: dateStyles(bytes, entries.get(rels.byType.get('styles') ?? ''), file),
    date1904,
    limits,
  };
  const inputs: SheetInput[] = sheets.flatMap(({ name, rel }) => {
    const entry = entries.get(rels.byId.get(rel) ?? '');
    // a sheet without a part (a chart sheet, a broken link) has no rows, as ExcelJS reads it
    return entry ? [sheetInputOf(name, worksheetRows(bytes, entry, file, name, context))] : [];
  });
  return { sheets: inputs, ...coreDates(bytes, entries.get(root.byType.get('core-properties') ?? 'docProps/core.xml'), file) };
}
