import { v7 as uuidv7 } from 'uuid';

/** The record families whose ids a partner creates, plus bundles. */
export type RecordIdType = 'indicator' | 'case' | 'commitment' | 'organization' | 'operation' | 'relationship' | 'sighting' | 'statistic' | 'bundle';

const RECORD_ID = /^(indicator|case|commitment|organization|operation|relationship|sighting|statistic|bundle)--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A fresh record id: the type, two hyphens and a UUIDv7 (time-ordered, RFC 9562), as the standard asks for
 * records a partner creates. Observable ids are different: they are derived, see `observableId`.
 * `at` sets the time the UUIDv7 carries (builders pass their clock); by default it is now.
 *
 * @example recordId('indicator') // 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e'
 */
export function recordId<T extends RecordIdType>(type: T, at?: Date): `${T}--${string}` {
  return `${type}--${at ? uuidv7({ msecs: at.getTime() }) : uuidv7()}`;
}

/** True when `value` is a well-formed record id, of the given type when one is named. */
export function isRecordId(value: unknown, type?: RecordIdType): value is string {
  if (typeof value !== 'string' || !RECORD_ID.test(value)) return false;
  return type === undefined || value.startsWith(`${type}--`);
}
