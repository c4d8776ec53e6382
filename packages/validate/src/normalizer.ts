import { normalize, observableId, optionsFromAttributes } from '@gpos/normalize';

/** What the validator needs from a normaliser: the contract of `@gpos/normalize`. */
export interface NormalizerApi {
  normalize(kind: string, raw: string, options?: ReturnType<typeof optionsFromAttributes>): { ok: true; canonical: string } | { ok: false; code?: string; reason?: string };
  observableId(kind: string, canonical: string): string;
  optionsFromAttributes?(attributes: Readonly<Record<string, unknown>> | undefined): ReturnType<typeof optionsFromAttributes>;
}

/** The reference normaliser is wired in by default; `setNormalizer(undefined)` turns its rules off. */
let current: NormalizerApi | undefined = { normalize, observableId, optionsFromAttributes };

/** The normaliser the canonical-form and observable-id rules use; undefined turns those rules off. */
export function normalizer(): NormalizerApi | undefined {
  return current;
}

/** Replaces the normaliser (tests use this to pin behaviour). Returns the previous one. */
export function setNormalizer(api: NormalizerApi | undefined): NormalizerApi | undefined {
  const previous = current;
  current = api;
  return previous;
}
