/**
 * The `codelists` chunk: the standard's codelists as the codelist rules read them (codes, deprecations and the
 * columns rules use; no titles, descriptions or crosswalks: src/generated/codelists.ts) and the field index.
 */
import { fieldIndex as fields } from '@gpos/schema';
import type { CodelistData } from '../../chunks.js';
import { CODELISTS } from '../../generated/codelists.js';

export const codelists: CodelistData['codelists'] = CODELISTS;
export const fieldIndex: CodelistData['fieldIndex'] = fields;
