import { sheetModel } from './sheet-model.js';
import { FAMILIES, unflatten } from './unflatten.js';

type Family = (typeof FAMILIES)[number];

/** The family a sheet name belongs to, when it is one of the standard's sheets (`case`, `case.payments`). */
export function familyOfSheet(name: string): Family | undefined {
  const wanted = name.trim().toLowerCase();
  return FAMILIES.find((f) => sheetModel(f).sheets.some((s) => s.name.toLowerCase() === wanted || s.title.toLowerCase() === wanted));
}

/** The family whose main sheet recognises most of these headings: how a CSV named `export.csv` is read. */
export function guessFamily(headings: readonly string[]): Family | undefined {
  let best: Family | undefined;
  let bestScore = 0;
  const named = headings.filter((h) => h.trim() !== '').length;
  for (const family of FAMILIES) {
    const { problems } = unflatten([{ name: family, headerRow: 1, headings, rows: [] }]);
    const score = named - problems.filter((p) => p.code === 'unknown_column' || p.code === 'duplicate_column').length;
    if (score > bestScore) {
      best = family;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The sheet a CSV file stands for, from its name without `.csv` (`stem`): that name when it is a sheet of the
 * standard, else the main sheet of `family` (given, or guessed from the headings). Undefined when nothing fits.
 */
export function csvSheetFor(stem: string, headings: readonly string[], family?: Family): string | undefined {
  if (familyOfSheet(stem)) return stem;
  return family ?? guessFamily(headings);
}
