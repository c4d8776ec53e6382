import type { FillOutcome, NormalizeOptions, ObservableNotFilled } from '@gpos/normalize';
import { CliError } from './errors.js';

type Obj = Record<string, unknown>;

/** Why an observable could not be normalised: the normaliser's code and reason, at the value it read. */
export type NotNormalised = ObservableNotFilled;

export type NormaliseOutcome = FillOutcome;

/**
 * Fills an indicator's observable from its value, in place, as `buildIndicator` does: `fillObservable` of
 * `@gpos/normalize` (loaded on first use), which says what it fills and from what.
 */
export async function normaliseObservable(record: Obj, defaultRegion: string | undefined): Promise<NormaliseOutcome> {
  const { fillObservable } = await import('@gpos/normalize');
  return fillObservable(record, defaultRegion as NormalizeOptions['defaultRegion']);
}

/** `--default-region`: an ISO 3166-1 alpha-2 code, upper-cased. */
export function regionOption(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (!/^[A-Za-z]{2}$/.test(raw)) throw CliError.usage(`--default-region needs a two-letter country code such as TH or GB, not '${raw}'`);
  return raw.toUpperCase();
}
