import type { BundleRecord } from '@gpos/types';
import type { Loss } from './loss.js';

/** Limits on what an importer reads; the defaults suit a large feed and stop hostile input early. */
export interface ImportLimits {
  /** Most characters of JSON text accepted (when the input is a string). Default 256 MiB. */
  readonly maxBytes?: number;
  /** Most objects: a STIX bundle's objects, or a MISP input's attributes and objects, all events together. Default 1,000,000. */
  readonly maxObjects?: number;
  /** Deepest nesting of arrays and objects. Default 64. */
  readonly maxDepth?: number;
}

export const DEFAULT_IMPORT_LIMITS = { maxBytes: 256 * 1024 * 1024, maxObjects: 1_000_000, maxDepth: 64 } as const;

/** Why an importer refused the input as a whole, with one of its stable codes. */
export interface ImportError<Code extends string> {
  readonly code: Code;
  /** JSON Pointer into the input where the problem stands. */
  readonly pointer: string;
  readonly message: string;
}

/** The records an importer read and what it could not carry, or why it refused the input. */
export type ImportResult<Code extends string> =
  | { readonly ok: true; readonly records: BundleRecord[]; readonly losses: readonly Loss[] }
  | { readonly ok: false; readonly error: ImportError<Code> };
