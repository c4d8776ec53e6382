// generated from schemas/v1/*.json, schemas/exchange/events.json and schemas/extensions/ by packages/validate/scripts/generate.ts — do not edit.
// Run `npm run generate -w @gpos/validate` after changing the standard.

/** The `$id` of every schema the reference validator checks against, by schema file name. */
export const SCHEMA_IDS = {
  bundle: "https://schemas.gpos.network/v1/bundle.json",
  case: "https://schemas.gpos.network/v1/case.json",
  commitment: "https://schemas.gpos.network/v1/commitment.json",
  indicator: "https://schemas.gpos.network/v1/indicator.json",
  operation: "https://schemas.gpos.network/v1/operation.json",
  organization: "https://schemas.gpos.network/v1/organization.json",
  relationship: "https://schemas.gpos.network/v1/relationship.json",
  sighting: "https://schemas.gpos.network/v1/sighting.json",
  statistic: "https://schemas.gpos.network/v1/statistic.json",
} as const;

export type SchemaName = keyof typeof SCHEMA_IDS;

/** The exchange event types (schemas/exchange/events.json), each with the `$id` of the schema that checks its envelope. */
export const EVENT_SCHEMA_IDS = {
  "bundle.published": "https://schemas.gpos.network/exchange/events.json#/$defs/bundle_published",
  "indicators.published": "https://schemas.gpos.network/exchange/events.json#/$defs/indicators_published",
  "indicators.updated": "https://schemas.gpos.network/exchange/events.json#/$defs/indicators_updated",
  "indicators.retracted": "https://schemas.gpos.network/exchange/events.json#/$defs/indicators_retracted",
  "takedown.requested": "https://schemas.gpos.network/exchange/events.json#/$defs/takedown_requested",
  "takedown.outcome": "https://schemas.gpos.network/exchange/events.json#/$defs/takedown_outcome",
  "case.referred": "https://schemas.gpos.network/exchange/events.json#/$defs/case_referred",
  "case.referral_acknowledged": "https://schemas.gpos.network/exchange/events.json#/$defs/case_referral_acknowledged",
  "commitment.progress_reported": "https://schemas.gpos.network/exchange/events.json#/$defs/commitment_progress_reported",
} as const;

export type EventType = keyof typeof EVENT_SCHEMA_IDS;

/** The `$id` of every registered extension schema, by namespace. */
export const EXTENSION_SCHEMA_IDS = {
  goaml: "https://schemas.gpos.network/extensions/goaml.json",
  gse: "https://schemas.gpos.network/extensions/gse.json",
} as const;
