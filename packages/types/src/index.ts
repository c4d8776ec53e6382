export type * from './generated/types.js';
import type { Commitment, Indicator, Operation, Organization, Relationship, Sighting, Statistic, VictimCase } from './generated/types.js';

/** A victim case record (the schema is `case.json`; `case` is a reserved word in TypeScript). */
export type Case = VictimCase;

/** Any record a bundle can carry. */
export type GposRecord = Indicator | VictimCase | Commitment | Organization | Operation | Relationship | Sighting | Statistic;

/** The record family names, as found in each record's `type`. */
export type GposRecordType = GposRecord['type'];

/** The record type whose `type` is `T`. */
export type RecordOfType<T extends GposRecordType> = Extract<GposRecord, { type: T }>;
