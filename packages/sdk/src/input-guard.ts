import type { Bundle } from '@gpos/types';

/**
 * Thrown when an SDK function is handed something other than what it works on. The usual cause is a builder's
 * result (`{ ok, record, problems }`) passed on as if it were the record: the message says what was received
 * and what to pass instead, so the mistake cannot go unnoticed (redaction returning nothing, a signature over
 * the wrapper).
 */
export class GposInputError extends TypeError {
  override readonly name = 'GposInputError';
  constructor(
    /** `not_a_bundle` or `not_a_record`. */
    readonly code: 'not_a_bundle' | 'not_a_record',
    message: string,
  ) {
    super(message);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A builder's result wrapper rather than the record it holds. */
const isBuilderResult = (v: Record<string, unknown>) => typeof v.ok === 'boolean' && Array.isArray(v.problems);

/** What a value is, in words, with the fix when it is a builder's result. */
export function describeInput(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (!isObject(value)) return typeof value;
  if (isBuilderResult(value)) {
    return value.ok === true
      ? "a builder's result ({ ok, record, problems }); pass its .record"
      : "a failed builder's result ({ ok: false, problems }); there is no record to pass, read its .problems";
  }
  return typeof value.type === 'string' ? `a record of type ${JSON.stringify(value.type)}` : 'an object with no type';
}

/** Throws a {@link GposInputError} unless the value is a bundle. */
export function assertBundle(fn: string, value: unknown): asserts value is Bundle {
  if (isObject(value) && value.type === 'bundle' && Array.isArray(value.records)) return;
  throw new GposInputError('not_a_bundle', `${fn} expects a bundle ({ type: "bundle", records: [...] }), but got ${describeInput(value)}.`);
}

/** Throws a {@link GposInputError} unless the value is a record, an array or a bundle. */
export function assertRecordsInput(fn: string, value: unknown): void {
  if (Array.isArray(value)) return;
  if (isObject(value) && typeof value.type === 'string' && !isBuilderResult(value)) return;
  throw new GposInputError('not_a_record', `${fn} expects a record, an array of records or a bundle, but got ${describeInput(value)}.`);
}
