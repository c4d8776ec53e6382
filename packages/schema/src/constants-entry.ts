/**
 * The standard's small constants without its schemas and codelists: what a browser bundle needs up front
 * (`@gpos/schema/constants`), so the codelists can load in a chunk of their own.
 *
 * @packageDocumentation
 */
export { SCHEMA_BASE_URI, RECORD_TYPES, type RecordType, schemaIdOf, tlpRank, TLP_ORDER } from './constants.js';
export { PRIVATE_EXTENSION_NAMESPACE, type RegisteredExtension } from './extensions.js';
export { EXTENSIONS } from './generated/extensions.js';
export { SPEC_VERSION } from './generated/schemas.js';
export type { TlpCode } from './generated/codelists.js';
