// zod 4 schemas of the GPOS standard, generated from schemas/v1 (see scripts/generate-zod.ts). They check what
// the JSON Schemas check, no more: the semantic rules (dates in order, amounts within the loss, references
// that resolve, TLP and personal data…) are only in `validate()` from '@gpos/validate'.
export * from './generated.js';
