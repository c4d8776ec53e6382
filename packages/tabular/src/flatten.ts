import { encodeCell } from './cells.js';
import { getAt } from './paths.js';
import type { CellOut, SheetData } from './sheet-data.js';
import { itemKeyField, sheetModel, type Column, type Sheet, type SheetModel } from './sheet-model.js';

type Obj = Record<string, unknown>;

/** Stands for an empty array in its child sheet: a row of keys only. Never an owner of grandchild rows. */
const EMPTY_LIST: Obj = Object.freeze({});

/** One array item (or the record itself) that becomes one row of a sheet. */
interface Item {
  readonly item: Obj;
  /** Values of the sheet's key columns. */
  readonly keys: readonly CellOut[];
  /** Position in its array. */
  readonly index: number;
}

export function itemsOf(sheet: Sheet, model: SheetModel, record: Obj, cache = new Map<string, Item[]>()): Item[] {
  const cached = cache.get(sheet.name);
  if (cached) return cached;
  let items: Item[];
  if (!sheet.parent) {
    items = [{ item: record, keys: [], index: 0 }];
  } else {
    const parent = model.sheets.find((s) => s.name === sheet.parent)!;
    const relative = sheet.arrayPath.slice(parent.arrayPath.length);
    items = [];
    for (const owner of itemsOf(parent, model, record, cache)) {
      const array = getAt(owner.item, relative);
      if (!Array.isArray(array)) continue;
      const ownerIdentity: CellOut[] = [parent.parent ? identity(owner, parent) : (owner.item.id as CellOut)];
      // an empty list is a row with its keys and nothing else, so `"milestones": []` survives the round trip
      if (array.length === 0) items.push({ item: EMPTY_LIST, keys: [...owner.keys, ...ownerIdentity], index: -1 });
      array.forEach((element, index) => {
        items.push({ item: element as Obj, keys: [...owner.keys, ...ownerIdentity], index });
      });
    }
  }
  cache.set(sheet.name, items);
  return items;
}

/** How a child row names the item it belongs to: the item's id field, or its 1-based position. */
function identity(owner: Item, ownerSheet: Sheet): CellOut {
  const key = ownerSheetKey(ownerSheet);
  return key === '#' ? owner.index + 1 : (owner.item[key] as CellOut);
}

function ownerSheetKey(sheet: Sheet): string {
  return itemKeyField(sheet);
}

/** Text columns become one column per language found in the data (`title/en`, `title/th`). */
export function expandColumns(columns: readonly Column[], languages: (column: Column) => readonly string[]): Array<{ column: Column; heading: string; lang?: string }> {
  return columns.flatMap((column) =>
    column.type === 'text' ? languages(column).map((lang) => ({ column, heading: `${column.path}/${lang}`, lang })) : [{ column, heading: column.path }],
  );
}

/** Turns records of one family into sheets; child sheets with no rows are left out. */
export function flattenFamily(family: string, records: readonly Obj[], options: { keepEmpty?: boolean } = {}): SheetData[] {
  const model = sheetModel(family);
  const caches = records.map(() => new Map<string, Item[]>());
  const out: SheetData[] = [];
  for (const sheet of model.sheets) {
    const all = records.flatMap((record, i) => itemsOf(sheet, model, record, caches[i]));
    if (!sheet.parent || all.length > 0 || options.keepEmpty) {
      const languages = (column: Column) => {
        const found = new Set<string>();
        for (const { item } of all) {
          const text = getAt(item, column.path.split('/'));
          if (text && typeof text === 'object') for (const lang of Object.keys(text)) found.add(lang);
        }
        return found.size ? [...found].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b))) : ['en'];
      };
      const columns = expandColumns(sheet.columns, languages);
      const headings = [...sheet.keys.map((k) => k.heading), ...columns.map((c) => c.heading)];
      const titles = [...sheet.keys.map((k) => (k.field === 'id' ? `${family} id` : k.field === '#' ? `${k.heading.replace(/\.#$/, '')} row` : k.heading)), ...columns.map((c) => `${c.column.title}${c.lang ? ` (${c.lang})` : ''}${c.column.required ? ' *' : ''}`)];
      const rows = all.map(({ item, keys }) =>
        [...keys, ...columns.map(({ column, lang }) => {
          const value = getAt(item, column.path.split('/'));
          if (value === undefined) return null;
          // a field that is a plain string or text by language fills one of its two columns
          if (column.orText === 'plain' && typeof value === 'object') return null;
          if (lang) return value !== null && typeof value === 'object' ? (((value as Obj)[lang] as string | undefined) ?? null) : null;
          return encodeCell(value, column);
        })],
      );
      out.push({ name: sheet.name, headings, titles, rows });
    }
  }
  return out;
}
