/**
 * The GPOS client SDK: build valid, canonical records; pseudonymise personal values under community keys;
 * redact by TLP; sign and verify bundles; match observables across partners. Runs in Node ≥ 20 and in
 * browsers (Web Crypto only).
 *
 * @packageDocumentation
 */
export { recordId, isRecordId, type RecordIdType } from './ids.js';
export { Keyring, MIN_KEY_BYTES, type CommunityKey, type KeyringOptions } from './keyring.js';
export { pseudonymise, pseudonymiseMany, pseudonymInput, pseudonymMatches, hmacMatchKey, type PseudonymSource, type PseudonymRequest } from './pseudonymise.js';
export { pseudonymiseIndicator, pseudonymiseIndicators } from './protect-observable.js';
export {
  OPRF_ALG,
  OPRF_ELEMENT_BYTES,
  OPRF_OUTPUT_BYTES,
  DEFAULT_OPRF_BATCH,
  OprfKey,
  OprfElementError,
  oprfBlind,
  oprfFinalize,
  oprfOutputs,
  decodeOprfElement,
  isOprfEvaluator,
  type OprfEvaluator,
  type OprfEvaluation,
  type OprfBlinded,
} from './oprf.js';
export { redact, redactWithNotes, LOWERED_INDICATOR_FIELDS, type Audience, type RedactOptions, type Redacted, type RedactionNote } from './redact.js';
export { GposInputError } from './input-guard.js';
export {
  signBundle,
  verifyBundle,
  signingInput,
  SIGNATURE_ALGS,
  BUNDLE_JWS_TYP,
  type SignatureAlg,
  type SignOptions,
  type VerifyOptions,
  type VerifyResult,
  type VerifyFailure,
  type KeySource,
} from './sign.js';
export {
  buildIndicator,
  buildCase,
  buildCommitment,
  buildOrganization,
  buildOperation,
  buildRelationship,
  buildSighting,
  buildStatistic,
  buildRetraction,
  buildBundle,
  stubOf,
  type BuildOptions,
  type BuildProblem,
  type BuildResult,
  type IndicatorInput,
  type CaseInput,
  type CommitmentInput,
  type OrganizationInput,
  type OperationInput,
  type RelationshipInput,
  type SightingInput,
  type StatisticInput,
  type RetractionInput,
  type BundleInput,
} from './builders.js';
export { compareObservables, compareObservablesWithKeyring, groupBySameObservable, COARSE_MATCH_KEYS, type MatchEvidence, type ObservableMatch } from './match.js';
export { personalFieldsOf, minTlpOf, type PersonalField } from './personal-fields.js';
export { isTlp, tlpAllows } from './tlp.js';
export { canonicalJson } from './canonical-json.js';
export { toBase64url, fromBase64url } from './base64url.js';
// the normalisers, so an SDK user needs one import; @gpos/normalize is its own package because the validator uses it too
export {
  normalize,
  isCanonical,
  isObservableKind,
  optionsFromAttributes,
  observableId,
  refang,
  OBSERVABLE_NAMESPACE,
  NORMALIZER,
  type MatchKey,
  type NormalizeOptions,
  type NormalizeResult,
  type Normalized,
  type NotNormalized,
  type ObservableKind,
} from '@gpos/normalize';
// the validator and the record types, so that `npm install @gpos/sdk` is all an application needs to import
export {
  validate,
  validateRecord,
  assertValid,
  isBundle,
  isIndicator,
  isCase,
  isCommitment,
  isOrganization,
  ValidationError,
  type Problem,
  type ValidateOptions,
  type ValidationResult,
} from '@gpos/validate';
export type { Bundle, BundleRecord, Case, Commitment, GposRecord, Indicator, Organization, Pseudonym, RecordOfType, Tlp } from '@gpos/types';
