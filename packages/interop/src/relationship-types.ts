import { relationshipTypeCodelist } from '@gpos/schema';

/** The crosswalk columns of the `relationship_type` codelist that name another format's relationship type. */
export type RelationshipCrosswalk = 'xw_stix_relationship' | 'xw_misp_relationship';

/** Another format's relationship type for a GPOS code, and whether it reads from the GPOS target to the GPOS source. */
export interface RelationshipOut {
  readonly type: string;
  readonly reversed: boolean;
}

type Row = (typeof relationshipTypeCodelist.rows)[number];

const row = (code: string): Row | undefined => relationshipTypeCodelist.rows.find((r) => r.code === code);

/**
 * How a GPOS relationship type is written in another format. A crosswalk cell reads in the GPOS direction ("source
 * <type> target"); an inverse code whose cell is empty (`controlled_by`, `resolved_from`) is written as its inverse's
 * type from the other end, and `reversed` says to start at the GPOS target. Undefined when neither has a cell.
 */
export function relationshipOut(code: string, column: RelationshipCrosswalk): RelationshipOut | undefined {
  const own = row(code);
  if (!own) return undefined;
  if (own[column]) return { type: own[column], reversed: false };
  const inverse = own.inverse ? row(own.inverse) : undefined;
  return inverse?.[column] ? { type: inverse[column], reversed: true } : undefined;
}

/** Whether a `source_types` / `target_types` cell admits a family (`*` admits every family). */
const admits = (cell: string | undefined, family: string | undefined) => cell === '*' || family === undefined || (cell ?? '').split(' ').includes(family);

/**
 * The GPOS code for another format's relationship type, read in the same direction: the first current code whose
 * crosswalk cell names it and whose `source_types` and `target_types` admit the families of the two ends (the part
 * of each GPOS id before `--`), so STIX `attributed-to` between an operation and an organisation reads as
 * `operated_by` and between a case and an operation as `attributed_to`. Undefined when no code fits.
 */
export function relationshipIn(type: string, column: RelationshipCrosswalk, ends: { readonly source?: string; readonly target?: string } = {}): string | undefined {
  const family = (id: string | undefined) => id?.split('--')[0];
  return relationshipTypeCodelist.rows.find(
    (r) => r.deprecated === '' && r[column] === type && admits(r.source_types, family(ends.source)) && admits(r.target_types, family(ends.target)),
  )?.code;
}
