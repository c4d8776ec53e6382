/**
 * `@gpos/normalize/browser`: the same normaliser, for pages that want a small first load. The Public Suffix List
 * and the phone metadata are not in the bundle's first chunk: a value that needs one throws until `loadHeavy()`
 * has fetched it (`takeMissingHeavy()` says which), so a caller runs, loads what was missing, and runs again —
 * as `@gpos/validate/browser` does. In Node and under `@gpos/normalize` both load on their own.
 *
 * @packageDocumentation
 */
export * from './index.js';
export { loadHeavy, takeMissingHeavy, type HeavyPart } from '#heavy';
