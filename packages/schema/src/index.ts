export type { JsonSchema } from './json-schema.js';
export type { Codelist, CodelistRow } from './codelist.js';
export type { FieldIndex, IndexedField, PersonalDataMarking } from './field-index.js';
export * from './generated/schemas.js';
export * from './generated/codelists.js';
export { fieldIndex } from './generated/fields.js';
export { SCHEMA_BASE_URI, RECORD_TYPES, type RecordType, schemaIdOf, tlpRank, TLP_ORDER } from './constants.js';
export { findCode, isKnownCode } from './lookup.js';
