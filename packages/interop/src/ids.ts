import * as jcs from 'canonicalize';
import { v5 as uuidv5 } from 'uuid';

type Canonicalize = (input: unknown) => string | undefined;
// canonicalize is CommonJS whose typings declare an ES default export; resolve the function either way (as @gpos/normalize does)
const canonicalize: Canonicalize = ((jcs as unknown as { default?: Canonicalize }).default ?? jcs) as Canonicalize;

/**
 * The namespace of every STIX id the exporter derives from a GPOS id or organisation reference: UUIDv5 of
 * `https://schemas.gpos.network/interop/stix-2.1` under the RFC 9562 URL namespace. Fixed forever: changing it
 * would make every re-export a duplicate instead of an update.
 */
export const GPOS_STIX_NAMESPACE = '37726f6b-a548-5948-8a9c-141ade41df9b';

/** The namespace STIX 2.1 §2.9 fixes for deterministic Cyber-observable Object ids. */
export const STIX_SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

/** The STIX id of the object a GPOS record (or an organisation reference) becomes: the same input, the same id. */
export function stixIdFor(stixType: string, gposName: string): string {
  return `${stixType}--${uuidv5(gposName, GPOS_STIX_NAMESPACE)}`;
}

/** A STIX SCO id per STIX 2.1 §2.9: UUIDv5 over the RFC 8785 canonical JSON of its id-contributing properties. */
export function scoId(stixType: string, contributing: Record<string, unknown>): string {
  const name = canonicalize(contributing);
  if (name === undefined) throw new TypeError('scoId: the id-contributing properties must be JSON');
  return `${stixType}--${uuidv5(name, STIX_SCO_NAMESPACE)}`;
}

/** A GPOS id derived from a STIX id, for objects with no GPOS origin: the STIX UUID itself, or a UUIDv5 of it and `part`. */
export function gposIdFor(gposType: string, stixId: string, part?: string): string {
  const uuid = stixId.slice(stixId.indexOf('--') + 2).toLowerCase();
  return `${gposType}--${part === undefined ? uuid : uuidv5(`${stixId}#${part}`, GPOS_STIX_NAMESPACE)}`;
}

/** STIX 2.1 object ids: a type, two hyphens and a UUID. */
export const STIX_ID = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)--([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
