/**
 * The browser loader: each chunk is a dynamic `import()` (a file of its own in the page's bundle), fetched before a
 * run by {@link fetchChunks}; during the synchronous run the loader answers only what has arrived.
 */
import type { ChunkLoader, ChunkModules, ChunkName } from '../chunks.js';

/** `@gpos/normalize/browser`: the normaliser, plus what it needs to fetch its own heavy parts. */
export type BrowserNormalizer = ChunkModules['normalize'] & typeof import('@gpos/normalize/browser');

const IMPORTS: { readonly [K in ChunkName]: () => Promise<ChunkModules[K]> } = {
  bundle: () => import('../generated/validators/bundle.js'),
  case: () => import('../generated/validators/case.js'),
  commitment: () => import('../generated/validators/commitment.js'),
  events: () => import('../generated/validators/events.js'),
  extensions: () => import('../generated/validators/extensions.js'),
  indicator: () => import('../generated/validators/indicator.js'),
  operation: () => import('../generated/validators/operation.js'),
  organization: () => import('../generated/validators/organization.js'),
  relationship: () => import('../generated/validators/relationship.js'),
  retraction: () => import('../generated/validators/retraction.js'),
  sighting: () => import('../generated/validators/sighting.js'),
  statistic: () => import('../generated/validators/statistic.js'),
  codelists: () => import('./chunks/codelists.js'),
  normalize: () => import('@gpos/normalize/browser'),
};

/** Every chunk name. */
export const CHUNK_NAMES = Object.keys(IMPORTS) as ChunkName[];

const arrived = new Map<ChunkName, unknown>();

export const load: ChunkLoader = <K extends ChunkName>(name: K) => arrived.get(name) as ChunkModules[K] | undefined;

/** Imports the chunks named that have not arrived yet. */
export async function fetchChunks(names: Iterable<ChunkName>): Promise<void> {
  await Promise.all(
    [...new Set(names)].filter((name) => !arrived.has(name)).map(async (name) => {
      arrived.set(name, await IMPORTS[name]());
    }),
  );
}

/** The normaliser, once its chunk has arrived. */
export const browserNormalizer = (): BrowserNormalizer | undefined => arrived.get('normalize') as BrowserNormalizer | undefined;

/** The chunks that have arrived so far. */
export const arrivedChunks = (): ChunkName[] => [...arrived.keys()];
