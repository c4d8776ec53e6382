import type { Column, Sheet } from './sheet-model.js';

export type HeadingRole =
  | { kind: 'key'; index: number }
  | { kind: 'field'; column: Column; lang?: string }
  | { kind: 'ignored' };

/** A language tag, or the reserved key of text by language that names its original (1.1). */
const LANG = /^(?:[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*|original_language)$/;
const normalise = (text: string) => text.replace(/\s*\*\s*$/, '').trim().toLowerCase();

/**
 * What a column heading means for a sheet: a key, a field (by path or by human title), or nothing.
 * Both the machine heading (`amount/currency`, `title/th`) and the template's human title are accepted.
 */
export function headingRole(heading: string, sheet: Sheet, family: string): HeadingRole | undefined {
  const text = heading.trim();
  const keyIndex = sheet.keys.findIndex((k) => k.heading === text || normalise(keyTitle(k.heading, k.field, family)) === normalise(text));
  if (!sheet.parent && (text === `${family}.id` || normalise(text) === `${family} id`)) return { kind: 'field', column: sheet.columns.find((c) => c.path === 'id')! };
  if (keyIndex >= 0) return { kind: 'key', index: keyIndex };
  const byPath = sheet.columns.find((c) => c.path === text && c.type !== 'text');
  if (byPath) return { kind: 'field', column: byPath };
  const slash = text.lastIndexOf('/');
  if (slash > 0) {
    const textColumn = sheet.columns.find((c) => c.type === 'text' && c.path === text.slice(0, slash));
    if (textColumn && LANG.test(text.slice(slash + 1))) return { kind: 'field', column: textColumn, lang: text.slice(slash + 1) };
  }
  const titled = /^(.*?)\s*\(([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*|original_language)\)\s*\*?$/.exec(text);
  for (const column of sheet.columns) {
    if (column.type === 'text') {
      if (titled && normalise(column.title) === normalise(titled[1]!)) return { kind: 'field', column, lang: titled[2]! };
    } else if (normalise(column.title) === normalise(text)) {
      return { kind: 'field', column };
    }
  }
  return undefined;
}

/** The human title of a key column, as templates write it. */
export function keyTitle(heading: string, field: string, family: string): string {
  if (field === 'id') return `${family} id`;
  if (field === '#') return `${heading.replace(/\.#$/, '')} row`;
  return heading;
}
