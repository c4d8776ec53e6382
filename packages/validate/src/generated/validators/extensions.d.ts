// generated from schemas/v1/*.json, schemas/exchange/events.json and schemas/extensions/ by packages/validate/scripts/generate.ts — do not edit.
// Run `npm run generate -w @gpos/validate` after changing the standard.

import type { SchemaValidateFunction } from '../schema-validators.js';

/** Checks the data of the registered extension `goaml` against https://schemas.gpos.network/extensions/goaml.json. */
export declare const validateExtensionGoaml: SchemaValidateFunction;
/** Checks the data of the registered extension `gse` against https://schemas.gpos.network/extensions/gse.json. */
export declare const validateExtensionGse: SchemaValidateFunction;
