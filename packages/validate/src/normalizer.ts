import type { optionsFromAttributes } from '@gpos/normalize';
import { chunk } from './chunks.js';

/** What the validator needs from a normaliser: the contract of `@gpos/normalize`. */
export interface NormalizerApi {
  normalize(kind: string, raw: string, options?: ReturnType<typeof optionsFromAttributes>): { ok: true; canonical: string } | { ok: false; code?: string; reason?: string };
  observableId(kind: string, canonical: string): string;
  optionsFromAttributes?(attributes: Readonly<Record<string, unknown>> | undefined): ReturnType<typeof optionsFromAttributes>;
}

const REFERENCE = Symbol('the reference normaliser');

/**
 * The reference normaliser (`@gpos/normalize`, the `normalize` chunk, loaded the first time an observable is
 * checked) is wired in by default; `setNormalizer(undefined)` turns its rules off.
 */
let current: NormalizerApi | undefined | typeof REFERENCE = REFERENCE;

/** The normaliser the canonical-form and observable-id rules use; undefined turns those rules off. */
export function normalizer(): NormalizerApi | undefined {
  return current === REFERENCE ? chunk('normalize') : current;
}

/** Replaces the normaliser (tests use this to pin behaviour). Returns the previous one. */
export function setNormalizer(api: NormalizerApi | undefined): NormalizerApi | undefined {
  const previous = normalizer();
  current = api;
  return previous;
}
