/**
 * In Node, each chunk is required on first use (`#load` under the `node` condition): the precompiled checks of a
 * family the input never holds are never parsed — the case family alone is a quarter of a megabyte of code — and
 * neither are the codelists or the normaliser until a record needs them. `require` is synchronous, so `validate()`
 * stays synchronous. Each chunk is a CommonJS file built beside this one (tsup.config.ts, dist/chunks/).
 */
import { createRequire } from 'node:module';
import type { ChunkLoader, ChunkModules, ChunkName } from '../chunks.js';

const load_ = createRequire(import.meta.url);

const FILES: Readonly<Record<ChunkName, string>> = {
  bundle: '../chunks/bundle.cjs',
  case: '../chunks/case.cjs',
  commitment: '../chunks/commitment.cjs',
  events: '../chunks/events.cjs',
  extensions: '../chunks/extensions.cjs',
  indicator: '../chunks/indicator.cjs',
  operation: '../chunks/operation.cjs',
  organization: '../chunks/organization.cjs',
  relationship: '../chunks/relationship.cjs',
  retraction: '../chunks/retraction.cjs',
  sighting: '../chunks/sighting.cjs',
  statistic: '../chunks/statistic.cjs',
  codelists: '../chunks/codelists.cjs',
  normalize: '../chunks/normalize.cjs',
};

export const load: ChunkLoader = <K extends ChunkName>(name: K) => load_(FILES[name]) as ChunkModules[K];
