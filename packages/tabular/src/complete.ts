import { assignIds, type FileDates } from './assign-ids.js';

type Obj = Record<string, unknown>;

/**
 * What completing a filled-in template asks for, the same for `gpos convert`, `gpos validate` and the validator
 * page: a template holds the data steward's own references and raw values, and these turn it into records that
 * can be valid.
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

/** What `fillObservable` of `@gpos/normalize` (either entry) says of one record. */
export type FillOutcome = { readonly changed: boolean } | { readonly failure: { readonly pointer: string; readonly message: string } } | { readonly skipped: true };

export interface CompleteOptions {
  /** Created and modified for rows without them when no `timestamp` was given: the files' dates. */
  readonly at: FileDates;
  /** Fills one record's observable in place: `fillObservable` of `@gpos/normalize`, or of its browser entry once its data is loaded. */
  readonly fill?: (record: Obj, defaultRegion: string | undefined) => FillOutcome | Promise<FillOutcome>;
}

export interface Completed {
  readonly records: Obj[];
  readonly problems: CompletionProblem[];
  /** How many records got an id, spec_version or dates, and how many observables were filled in. */
  readonly ids: number;
  readonly observables: number;
}

/**
 * Completes records read from spreadsheets: ids first (local references become ids), then observables. A value
 * that does not normalise is reported once, at its place, as `sheet_value_not_normalized`. The input is not changed.
 */
export async function completeRecords(input: readonly Obj[], completion: Completion, { at, fill }: CompleteOptions): Promise<Completed> {
  const problems: CompletionProblem[] = [];
  let records: Obj[];
  let ids = 0;
  if (completion.assign) {
    const created = completion.assign.timestamp ?? at.created;
    const modified = completion.assign.timestamp ?? (at.modified > created ? at.modified : created);
    // assignIds works on copies of the records
    const done = assignIds(input, { created, modified });
    for (const p of done.problems) problems.push({ severity: 'error', code: `sheet_${p.code}`, pointer: p.pointer, message: p.message });
    records = done.records as Obj[];
    ids = records.filter((r, i) => ['id', 'spec_version', 'created', 'modified'].some((k) => r[k] !== input[i]![k])).length;
  } else records = input.map((r) => structuredClone(r));
  let observables = 0;
  if (completion.normalize) {
    if (!fill) throw new TypeError('completeRecords: normalize needs fill (fillObservable of @gpos/normalize)');
    for (const [index, record] of records.entries()) {
      const result = await fill(record, completion.normalize.defaultRegion);
      if ('failure' in result) problems.push({ severity: 'error', code: 'sheet_value_not_normalized', pointer: `/${index}${result.failure.pointer}`, message: `${result.failure.message[0]!.toUpperCase()}${result.failure.message.slice(1)}.` });
      else if ('changed' in result && result.changed) observables++;
    }
  }
  return { records, problems, ids, observables };
}
