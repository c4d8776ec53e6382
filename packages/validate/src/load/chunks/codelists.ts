/** The `codelists` chunk: the standard's codelists and field index, which the codelist rules read. */
import { codelists as lists, fieldIndex as fields } from '@gpos/schema';
import type { CodelistData } from '../../chunks.js';

export const codelists = lists as CodelistData['codelists'];
export const fieldIndex: CodelistData['fieldIndex'] = fields;
