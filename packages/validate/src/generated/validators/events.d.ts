// generated from schemas/v1/*.json, schemas/exchange/events.json and schemas/extensions/ by packages/validate/scripts/generate.ts — do not edit.
// Run `npm run generate -w @gpos/validate` after changing the standard.

import type { SchemaValidateFunction } from '../schema-validators.js';

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
