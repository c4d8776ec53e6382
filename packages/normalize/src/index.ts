/**
 * Canonical forms, match keys and deterministic ids for the observables of GPOS indicators. One normaliser per
 * indicator kind; every result records the normaliser's name and version.
 */
export { normalize, isCanonical, isObservableKind, optionsFromAttributes, MAX_VALUE_LENGTH } from './normalize.js';
export { observableId, OBSERVABLE_NAMESPACE } from './observable-id.js';
export { refang } from './refang.js';
export { fillObservable, type FillOutcome, type ObservableNotFilled } from './fill.js';
export { passesLuhn } from './kinds/card.js';
export { toChecksumAddress } from './kinds/chains.js';
export { NORMALIZER } from './version.js';
export type {
  MatchKey,
  NormalizeOptions,
  NormalizeResult,
  Normalized,
  NotNormalized,
  NormalizerInfo,
  ObservableAttributes,
  ObservableKind,
} from './types.js';
