import { stixIdFor } from './ids.js';

/** The id of the GPOS STIX extension-definition: fixed, so every exporter and importer names the same extension. */
export const GPOS_EXTENSION_ID = 'extension-definition--ddee5e0e-1bc9-5772-ac9c-50491acc7848';

/** The identity that publishes the extension: the GPOS standard itself. */
export const GPOS_STANDARD_IDENTITY_ID = 'identity--f932c5b8-fe3c-516c-b492-7750fa55b9bd';

/** Where the extension's JSON Schema is published (`schemas/interop/stix-extension.json` in the standard). */
export const GPOS_EXTENSION_SCHEMA_URL = 'https://schemas.gpos.network/interop/stix-extension.json';

/** The version of the extension; its schema changes only in a new version. */
export const GPOS_EXTENSION_VERSION = '1.0.0';

/** The STIX Cyber-observable Object type the extension adds for indicator kinds STIX has no SCO for. */
export const GPOS_OBSERVABLE_TYPE = 'gpos-observable';

const PUBLISHED = '2026-12-07T00:00:00.000Z';

/** The identity object of the GPOS standard, creator of the extension-definition. */
export const GPOS_STANDARD_IDENTITY = {
  type: 'identity',
  spec_version: '2.1',
  id: GPOS_STANDARD_IDENTITY_ID,
  created: PUBLISHED,
  modified: PUBLISHED,
  name: 'GPOS Open Scam Data Standard',
  identity_class: 'organization',
  description: 'The open standard for scam indicators, victim cases and commitments shared under the Global Partnership Against Online Scams.',
} as const;

/**
 * The extension-definition every exported bundle carries. One extension, two uses:
 * - `property-extension` on any exported object: the GPOS type, id and spec version, and under `fields` the GPOS
 *   properties STIX has no property for, with their GPOS names and values;
 * - `new-sco` `gpos-observable`: the observables of indicator kinds STIX has no SCO for (phone numbers, bank
 *   accounts, IBANs, payment proxies, e-wallets, crypto wallets and transactions, SMS sender ids…).
 */
export const GPOS_EXTENSION_DEFINITION = {
  type: 'extension-definition',
  spec_version: '2.1',
  id: GPOS_EXTENSION_ID,
  created_by_ref: GPOS_STANDARD_IDENTITY_ID,
  created: PUBLISHED,
  modified: PUBLISHED,
  name: 'GPOS scam data',
  description:
    'Carries GPOS Open Scam Data Standard records through STIX 2.1: the GPOS fields STIX has no property for (property-extension), and a gpos-observable SCO for scam observables STIX has no object for: phone numbers, SMS sender ids, bank accounts, IBANs, payment proxies, e-wallet and exchange accounts, payment cards, crypto addresses and transactions, mobile apps, message templates and online ads.',
  schema: GPOS_EXTENSION_SCHEMA_URL,
  version: GPOS_EXTENSION_VERSION,
  extension_types: ['property-extension', 'new-sco'],
} as const;

/** The property-extension a GPOS record travels with. */
export interface GposPropertyExtension {
  extension_type: 'property-extension';
  /** The GPOS record family (`indicator`, `case`, `organization`…). */
  gpos_type: string;
  /** The GPOS record id. */
  gpos_id: string;
  /** The record's GPOS `spec_version`. */
  gpos_spec_version: string;
  /** The GPOS properties the STIX object has no property for, by their GPOS names. */
  fields?: Record<string, unknown>;
}

/** The STIX identity id of an organisation reference (`TH-GOV:aoc1441`): one identity per organisation. */
export function identityIdFor(orgRef: string): string {
  return stixIdFor('identity', `org:${orgRef}`);
}
