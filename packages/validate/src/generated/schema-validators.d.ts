// generated from schemas/v1/*.json, schemas/exchange/events.json and schemas/extensions/ by packages/validate/scripts/generate.ts — do not edit.
// Run `npm run generate -w @gpos/validate` after changing the standard.

/** One error as the precompiled validators report it (the Ajv error object shape, without depending on ajv). */
export interface SchemaError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** A precompiled schema check: true when `data` is valid; otherwise `errors` holds what failed. */
export interface SchemaValidateFunction {
  (data: unknown): boolean;
  errors?: readonly SchemaError[] | null;
}

/** Checks a value against https://schemas.gpos.network/v1/bundle.json. */
export declare const validateBundle: SchemaValidateFunction;
/** Checks a value against https://schemas.gpos.network/v1/case.json. */
export declare const validateCase: SchemaValidateFunction;
/** Checks a value against https://schemas.gpos.network/v1/commitment.json. */
export declare const validateCommitment: SchemaValidateFunction;
/** Checks a value against https://schemas.gpos.network/v1/indicator.json. */
export declare const validateIndicator: SchemaValidateFunction;
/** Checks a value against https://schemas.gpos.network/v1/operation.json. */
export declare const validateOperation: SchemaValidateFunction;
/** Checks a value against https://schemas.gpos.network/v1/organization.json. */
export declare const validateOrganization: SchemaValidateFunction;
/** Checks a value against https://schemas.gpos.network/v1/relationship.json. */
export declare const validateRelationship: SchemaValidateFunction;
/** Checks a value against https://schemas.gpos.network/v1/sighting.json. */
export declare const validateSighting: SchemaValidateFunction;
/** Checks a value against https://schemas.gpos.network/v1/statistic.json. */
export declare const validateStatistic: SchemaValidateFunction;
/** Checks a value against https://schemas.gpos.network/v1/common.json#/$defs/retraction: the minimal form of a revoked record. */
export declare const validateRetraction: SchemaValidateFunction;
/** Checks a `bundle.published` exchange event envelope against https://schemas.gpos.network/exchange/events.json#/$defs/bundle_published. */
export declare const validateEventBundlePublished: SchemaValidateFunction;
/** Checks a `indicators.published` exchange event envelope against https://schemas.gpos.network/exchange/events.json#/$defs/indicators_published. */
export declare const validateEventIndicatorsPublished: SchemaValidateFunction;
/** Checks a `indicators.updated` exchange event envelope against https://schemas.gpos.network/exchange/events.json#/$defs/indicators_updated. */
export declare const validateEventIndicatorsUpdated: SchemaValidateFunction;
/** Checks a `indicators.retracted` exchange event envelope against https://schemas.gpos.network/exchange/events.json#/$defs/indicators_retracted. */
export declare const validateEventIndicatorsRetracted: SchemaValidateFunction;
/** Checks a `takedown.requested` exchange event envelope against https://schemas.gpos.network/exchange/events.json#/$defs/takedown_requested. */
export declare const validateEventTakedownRequested: SchemaValidateFunction;
/** Checks a `takedown.outcome` exchange event envelope against https://schemas.gpos.network/exchange/events.json#/$defs/takedown_outcome. */
export declare const validateEventTakedownOutcome: SchemaValidateFunction;
/** Checks a `case.referred` exchange event envelope against https://schemas.gpos.network/exchange/events.json#/$defs/case_referred. */
export declare const validateEventCaseReferred: SchemaValidateFunction;
/** Checks a `case.referral_acknowledged` exchange event envelope against https://schemas.gpos.network/exchange/events.json#/$defs/case_referral_acknowledged. */
export declare const validateEventCaseReferralAcknowledged: SchemaValidateFunction;
/** Checks a `commitment.progress_reported` exchange event envelope against https://schemas.gpos.network/exchange/events.json#/$defs/commitment_progress_reported. */
export declare const validateEventCommitmentProgressReported: SchemaValidateFunction;
/** Checks the data of the registered extension `goaml` against https://schemas.gpos.network/extensions/goaml.json. */
export declare const validateExtensionGoaml: SchemaValidateFunction;
/** Checks the data of the registered extension `gse` against https://schemas.gpos.network/extensions/gse.json. */
export declare const validateExtensionGse: SchemaValidateFunction;
