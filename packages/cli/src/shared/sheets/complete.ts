import type { Completion, CompletionProblem, FileDates } from '@gpos/tabular';
import { CliError } from '../errors.js';
import { normaliseObservable, regionOption } from '../observable.js';

type Obj = Record<string, unknown>;

export type { Completion, CompletionProblem } from '@gpos/tabular';

/** `--timestamp`: an RFC 3339 date and time (or a date, read as midnight UTC). */
export function timestampOption(raw: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? new Date(`${raw}T00:00:00Z`) : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(raw) ? new Date(raw) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw CliError.usage(`--timestamp needs a date and time such as 2026-03-01T00:00:00Z, not '${raw}'`);
  return date;
}

/** The completion the options ask for, or undefined for none; usage errors for options that go with one not given. */
export function completionOf(values: { 'assign-ids'?: boolean; timestamp?: string; normalize?: boolean; 'default-region'?: string }): Completion | undefined {
  const assign = values['assign-ids'] ?? false;
  const normalize = values.normalize ?? false;
  if (values.timestamp !== undefined && !assign) throw CliError.usage('--timestamp goes with --assign-ids');
  const region = regionOption(values['default-region']);
  if (region !== undefined && !normalize) throw CliError.usage('--default-region goes with --normalize');
  if (!assign && !normalize) return undefined;
  return {
    ...(assign ? { assign: values.timestamp === undefined ? {} : { timestamp: timestampOption(values.timestamp) } } : {}),
    ...(normalize ? { normalize: region === undefined ? {} : { defaultRegion: region } } : {}),
  };
}

/**
 * Completes records read from spreadsheets (`completeRecords` of `@gpos/tabular`, which the validator page uses too).
 * `at` is the created and modified time for rows without one when `--timestamp` was not given: the files' dates, or
 * now when none was read.
 */
export async function completeRecords(input: readonly Obj[], completion: Completion, at: FileDates = { created: new Date(), modified: new Date() }): Promise<{ records: Obj[]; problems: CompletionProblem[] }> {
  // loaded here: parsing the options must not need the spreadsheet stack or the normaliser
  const { completeRecords: complete } = await import('@gpos/tabular');
  return complete(input, completion, { at, fill: normaliseObservable });
}
