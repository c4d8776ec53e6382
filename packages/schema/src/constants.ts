import type { TlpCode } from './generated/codelists.js';

/** Every schema's `$id` starts here; the major version of the standard is part of the path. */
export const SCHEMA_BASE_URI = 'https://schemas.gpos.network/v1/';

/** The record families a bundle can carry, each with a schema of the same name. */
export const RECORD_TYPES = ['indicator', 'case', 'commitment', 'organization', 'operation', 'relationship', 'sighting', 'statistic'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export function schemaIdOf(name: RecordType | 'bundle' | 'common'): string {
  return `${SCHEMA_BASE_URI}${name}.json`;
}

/** TLP 2.0 labels from least to most restrictive. */
export const TLP_ORDER: readonly TlpCode[] = ['clear', 'green', 'amber', 'amber+strict', 'red'];

/** Position of a label in {@link TLP_ORDER}; higher is more restrictive. */
export function tlpRank(tlp: TlpCode): number {
  return TLP_ORDER.indexOf(tlp);
}
