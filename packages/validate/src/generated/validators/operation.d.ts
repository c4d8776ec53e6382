// generated from schemas/v1/*.json, schemas/exchange/events.json and schemas/extensions/ by packages/validate/scripts/generate.ts — do not edit.
// Run `npm run generate -w @gpos/validate` after changing the standard.

import type { SchemaValidateFunction } from '../schema-validators.js';

/** Checks a value against https://schemas.gpos.network/v1/operation.json. */
export declare const validateOperation: SchemaValidateFunction;
