import type { FileDates } from '@gpos/tabular';
import { CliError } from '../errors.js';
import { normaliseObservable, regionOption } from '../observable.js';

type Obj = Record<string, unknown>;

/**
 * What `--assign-ids`, `--timestamp` and `--normalize` ask of records read from spreadsheets, the same for
 * `gpos convert` (which writes the completed records) and `gpos validate` (which checks them): a filled-in template
 * holds the data steward's own references and raw values, and these turn it into records that can be valid.
 */
export interface Completion {
  /** `--assign-ids`: ids, spec_version, created and modified where a row has none; local references replaced. */
  readonly assign?: { readonly timestamp?: Date };
  /** `--normalize`: each indicator's observable filled from its raw value, as `gpos normalize` does. */
  readonly normalize?: { readonly defaultRegion?: string };
}

/** A problem completing a record, at a JSON Pointer into the records (`/3/observable/raw`). */
export interface CompletionProblem {
  readonly severity: 'error';
  readonly code: string;
  readonly pointer: string;
  readonly message: string;
}

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
 * Completes records read from spreadsheets: ids first (local references become ids), then observables. `at` is
 * the created and modified time for rows without one when `--timestamp` was not given: the files' dates, or now
 * when none was read. The input is not changed.
 */
export async function completeRecords(input: readonly Obj[], completion: Completion, at: FileDates = { created: new Date(), modified: new Date() }): Promise<{ records: Obj[]; problems: CompletionProblem[] }> {
  const problems: CompletionProblem[] = [];
  let records: Obj[];
  if (completion.assign) {
    // loaded here: parsing the options must not need the spreadsheet stack
    const { assignIds } = await import('@gpos/tabular');
    const created = completion.assign.timestamp ?? at.created;
    const modified = completion.assign.timestamp ?? (at.modified > created ? at.modified : created);
    // assignIds works on copies of the records
    const completed = assignIds(input, { created, modified });
    for (const p of completed.problems) problems.push({ severity: 'error', code: `sheet_${p.code}`, pointer: p.pointer, message: p.message });
    records = completed.records as Obj[];
  } else records = input.map((r) => structuredClone(r));
  if (completion.normalize) {
    for (const [index, record] of records.entries()) {
      const result = await normaliseObservable(record, completion.normalize.defaultRegion);
      if ('failure' in result) problems.push({ severity: 'error', code: 'sheet_value_not_normalized', pointer: `/${index}${result.failure.pointer}`, message: `${result.failure.message[0]!.toUpperCase()}${result.failure.message.slice(1)}.` });
    }
  }
  return { records, problems };
}
