/**
 * The validator's heavy parts, each a chunk loaded on first use: one precompiled schema check per record family
 * (plus the bundle envelope, the minimal retraction, the exchange events and the registered extensions), the
 * codelists with the field index, and the reference normaliser.
 *
 * The checks themselves are synchronous, so every chunk is reached through {@link chunk}, which asks the loader
 * the entry point installed:
 * - Node (`@gpos/validate` under the `node` condition, `#load` → load/node.ts) requires the chunk's CommonJS
 *   build on first use — synchronous, so `validate()` stays synchronous while a feed of indicators never parses
 *   the case or commitment code;
 * - bundlers without the `node` condition (load/eager.ts) get every chunk up front, as before the split;
 * - `@gpos/validate/browser` (browser.ts) imports each chunk with a dynamic `import()` before a run: its loader
 *   answers only what is already loaded, notes what was asked for and missing in {@link missing}, and its async
 *   `validate` loads those and runs again.
 */
import type { NormalizerApi } from './normalizer.js';
import type { SchemaValidateFunction, ValidatorChunk } from './generated/schema-validators.js';
import type { IndexedField } from '@gpos/schema';

/**
 * A codelist row as the codelist rules read it: the code, the version that deprecated it (empty when current) and
 * the columns rules use (`min_tlp`, `inverse`, `value_kind`…). The shipped chunk leaves out titles, descriptions,
 * sources and crosswalks, which no rule reads; a full `CodelistRow` of @gpos/schema is one too.
 */
export interface CodeRow {
  readonly code: string;
  readonly deprecated: string;
  readonly [column: string]: string;
}

/** The codelists and field index the codelist rules read. */
export interface CodelistData {
  readonly codelists: Readonly<Record<string, { readonly open: boolean; readonly rows: readonly CodeRow[] } | undefined>>;
  readonly fieldIndex: Readonly<Record<string, readonly IndexedField[]>>;
}

/** What each chunk holds. */
export interface ChunkModules extends Record<ValidatorChunk, Readonly<Record<string, SchemaValidateFunction>>> {
  readonly codelists: CodelistData;
  readonly normalize: NormalizerApi;
}

export type ChunkName = keyof ChunkModules;

/** Answers a chunk synchronously, or undefined when it is not available yet (the browser loader before its import). */
export type ChunkLoader = <K extends ChunkName>(name: K) => ChunkModules[K] | undefined;

let loader: ChunkLoader = () => undefined;
const loaded = new Map<ChunkName, unknown>();

/** The chunks asked for since the last {@link takeMissing} that the loader could not answer. */
const missing = new Set<ChunkName>();

/** Installs the loader of an entry point (index.ts or browser.ts). */
export function useLoader(next: ChunkLoader): void {
  loader = next;
}

/** A chunk, loaded on first use; undefined (and noted as missing) when the loader cannot answer it synchronously. */
export function chunk<K extends ChunkName>(name: K): ChunkModules[K] | undefined {
  const known = loaded.get(name) as ChunkModules[K] | undefined;
  if (known) return known;
  const module = loader(name);
  if (module) loaded.set(name, module);
  else missing.add(name);
  return module;
}

/** The chunks asked for and missing since the last call, and forgets them. */
export function takeMissing(): ChunkName[] {
  const out = [...missing];
  missing.clear();
  return out;
}

/** Which chunks have been loaded so far (for tests and the size report). */
export function loadedChunks(): ChunkName[] {
  return [...loaded.keys()];
}

/** One precompiled schema check by export name from its chunk. */
export function schemaValidator(name: ValidatorChunk, exportName: string): SchemaValidateFunction | undefined {
  return chunk(name)?.[exportName];
}
