// generated from schemas/v1/*.json and schemas/extensions/ by packages/validate/scripts/generate.ts — do not edit.
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

/** The `$id` of every registered extension schema, by namespace. */
export const EXTENSION_SCHEMA_IDS = {
  goaml: "https://schemas.gpos.network/extensions/goaml.json",
  gse: "https://schemas.gpos.network/extensions/gse.json",
} as const;
