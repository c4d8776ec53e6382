import { SPEC_VERSION, typologyCodelist } from '@gpos/schema';
import { v5 as uuidv5 } from 'uuid';
import { GPOS_STIX_NAMESPACE } from './ids.js';

/** The MISP taxonomy namespace of GPOS typology machine tags: `gpos-typology:investment="relationship"`. */
export const MISP_TYPOLOGY_NAMESPACE = 'gpos-typology';

/**
 * Where the taxonomy is published: the docs site serves `schemas/interop/misp/gpos-typology/machinetag.json`, which
 * `npm run generate -w @gpos/interop` writes from the typology codelist.
 */
export const MISP_TYPOLOGY_TAXONOMY_URL = 'https://schemas.gpos.network/interop/misp/gpos-typology/machinetag.json';

interface Entry {
  value: string;
  expanded: string;
  description: string;
  uuid: string;
}

/** A MISP taxonomy (`machinetag.json`, MISP taxonomy format). */
export interface MispTaxonomy {
  namespace: string;
  description: string;
  expanded: string;
  version: number;
  uuid: string;
  type: string[];
  exclusive: boolean;
  /** Where the taxonomy comes from: the codelist it is generated from, and where it is published. */
  refs: string[];
  predicates: Entry[];
  values: Array<{ predicate: string; entry: Entry[] }>;
}

const uuidOf = (name: string) => uuidv5(`${MISP_TYPOLOGY_NAMESPACE}:${name}`, GPOS_STIX_NAMESPACE);

/**
 * The GPOS scam typology as a MISP taxonomy, generated from the `typology` codelist of the standard it was built
 * with: each family is a predicate (`gpos-typology:investment`), each subtype a value of its family
 * (`gpos-typology:investment="relationship"`). Deprecated codes are left out. UUIDs are UUIDv5 of the tag, so they
 * stay the same across releases as MISP asks; the version is the standard's, as one integer (1.1.0 → 10100).
 */
export function mispTypologyTaxonomy(): MispTaxonomy {
  const rows = typologyCodelist.rows.filter((row) => row.deprecated === '');
  const families = rows.filter((row) => !row.code.includes('.'));
  const [major, minor, patch] = SPEC_VERSION.split('.').map(Number) as [number, number, number];
  return {
    namespace: MISP_TYPOLOGY_NAMESPACE,
    description: `GPOS Open Scam Data Standard ${SPEC_VERSION} scam typology: ${typologyCodelist.description}`,
    expanded: 'GPOS scam typology',
    version: major * 10_000 + minor * 100 + patch,
    uuid: uuidOf(''),
    type: ['event', 'attribute'],
    exclusive: false,
    refs: [MISP_TYPOLOGY_TAXONOMY_URL, 'https://schemas.gpos.network/codelists/typology.csv'],
    predicates: families.map((row) => ({ value: row.code, expanded: row.title, description: row.description, uuid: uuidOf(row.code) })),
    values: families
      .map((family) => ({
        predicate: family.code,
        entry: rows.filter((row) => row.parent === family.code).map((row) => ({ value: row.code.slice(family.code.length + 1), expanded: row.title, description: row.description, uuid: uuidOf(row.code) })),
      }))
      .filter((v) => v.entry.length > 0),
  };
}

/** The machine tag of a typology code: `gpos-typology:investment` for a family, `gpos-typology:investment="relationship"` for a subtype. */
export function typologyMachineTag(code: string): string {
  const dot = code.indexOf('.');
  return dot < 0 ? `${MISP_TYPOLOGY_NAMESPACE}:${code}` : `${MISP_TYPOLOGY_NAMESPACE}:${code.slice(0, dot)}="${code.slice(dot + 1)}"`;
}
