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

/** The chunks the precompiled validators are split into (src/generated/validators/<chunk>.js). */
export type ValidatorChunk = "bundle" | "case" | "commitment" | "indicator" | "operation" | "organization" | "relationship" | "sighting" | "statistic" | "retraction" | "events" | "extensions";
