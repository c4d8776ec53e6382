/* eslint-disable */
// =====================================================================================================
// GENERATED FROM schemas/v1 — DO NOT EDIT.
// generated from schemas/v1/*.json by packages/validate/scripts/generate-zod.ts — do not edit.
// Run `npm run generate -w @gpos/validate` after changing the standard; a test fails when this file drifts.
// =====================================================================================================

import { z } from 'zod';
import { anyObject, dateTimeFormat, integer, maxChars, minChars, minProperties, uniqueItems, uriFormat } from './keywords.js';

/** A version of the GPOS standard (semantic versioning). Records under `/v1/` schemas carry a 1.x.y version. */
export const specVersionSchema = z.string().regex(/^1\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/u);

/** A UUID in its lower-case hyphenated form (RFC 9562). */
export const uuidSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);

/** The identifier of any GPOS record: its type, two hyphens and a UUID. Records a partner creates use UUIDv7 (time-ordered). */
export const recordIdSchema = z.string().regex(/^(indicator|case|commitment|organization|operation|relationship|sighting|statistic)--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);

/** The identifier of an indicator record. */
export const indicatorIdSchema = z.string().regex(/^indicator--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);

/** The identifier of a victim case record. */
export const caseIdSchema = z.string().regex(/^case--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);

/** The identifier of a commitment record. */
export const commitmentIdSchema = z.string().regex(/^commitment--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);

/** The identifier of an organisation record. */
export const organizationIdSchema = z.string().regex(/^organization--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);

/** The identifier of a scam operation record. */
export const operationIdSchema = z.string().regex(/^operation--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);

/** The identifier of a relationship record. */
export const relationshipIdSchema = z.string().regex(/^relationship--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);

/** The identifier of a sighting record. */
export const sightingIdSchema = z.string().regex(/^sighting--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);

/** The identifier of a statistic record. */
export const statisticIdSchema = z.string().regex(/^statistic--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);

/** The identifier of a bundle. */
export const bundleIdSchema = z.string().regex(/^bundle--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);

/** The deterministic identifier of an observable: `observable--` and a UUIDv5 in the GPOS observable namespace over the RFC 8785 canonical JSON of `{"kind", "value"}` where value is the canonical form. Two partners who report the same value derive the same id without talking to each other. */
export const observableIdSchema = z.string().regex(/^observable--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);

/** A reference to any GPOS record by its id, or to an observable by its deterministic id. The part before the two hyphens names the family, which the `relationship_type` codelist checks. */
export const objectRefSchema = z.string().regex(/^(indicator|case|commitment|organization|operation|relationship|sighting|statistic|observable)--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);

/** An organisation, named by a scheme-prefixed identifier in the spirit of org-id.guide: the scheme (from the `org_id_scheme` codelist, upper case), a colon, and the identifier within that scheme. */
export const orgRefSchema = z.string().regex(/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*:[^\s]+$/u).check(maxChars(256));

/** A Traffic Light Protocol 2.0 label (FIRST), in lower case: `clear` (no limit), `green` (the community), `amber` (the recipient organisation and its clients on a need-to-know basis), `amber+strict` (the recipient organisation only), `red` (the named recipients only). Other spellings (TLP:WHITE, TLP:AMBER) are mapped on import, never accepted here. */
export const tlpSchema = z.enum(["clear", "green", "amber", "amber+strict", "red"]);

/** A Permissible Actions Protocol label: `clear` (any action, including public blocking), `green` (active actions such as blocking), `amber` (passive use only, such as lookups), `red` (no action that could be detected outside the recipient). */
export const papSchema = z.enum(["clear", "green", "amber", "red"]);

/** Text in one or more languages, keyed by BCP 47 language tag: `{ "en": "…", "th": "…" }`. Since 1.1 the reserved key `original_language` may name, by its language tag, the entry that was written first; every other entry is then a translation of it (the validator checks that it names an entry, rule `unresolved_original_language`). Without it the text does not say which came first. Codes are never translated; titles and descriptions may be. */
export const textSchema = z.partialRecord(z.string().regex(/^(?:[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*|original_language)$/u), z.string().check(minChars(1)).check(maxChars(100000))).check(minProperties(1));

/** A TLP marking of one part of a record, named by a JSON Pointer. It makes the part stricter than the record (the part is removed for audiences below the marking), or — only for a value whose codelist entry sets its own minimum, such as a `vulnerability` code — lower than the record, never below that minimum. */
export const markingSchema = z.strictObject({
  pointer: z.string().regex(/^(\/([^~\/]|~[01])*)+$/u).check(maxChars(1000)),
  tlp: tlpSchema,
  reason: z.union([z.string().check(minChars(1)).check(maxChars(500)), textSchema]).exactOptional(),
});

/** Markings of parts of the record that travel under a different TLP than the record's own `tlp`. The deepest marking that covers a value decides its label; an unmarked value has the record's label. */
export const markingsSchema = z.array(markingSchema).min(1).max(200);

/** Confidence from 0 to 100. Words map as in STIX: none 0, low 15, medium 50, high 85. */
export const confidenceSchema = z.int().min(0).max(100);

/** The reliability of the source of the information on the Admiralty scale (NATO AJP-2.1), in lower case as MISP writes it: `a` completely reliable, `b` usually reliable, `c` fairly reliable, `d` not usually reliable, `e` unreliable, `f` reliability cannot be judged. It rates the source; `confidence` rates the information. */
export const sourceReliabilitySchema = z.enum(["a", "b", "c", "d", "e", "f"]);

/** Free-text tags. */
export const labelsSchema = z.array(z.string().check(minChars(1)).check(maxChars(100))).max(100).check(uniqueItems);

/** An RFC 3339 timestamp in UTC (ending in `Z`), with optional fractional seconds. */
export const timestampSchema = z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?Z$/u).check(dateTimeFormat);

/** A calendar date (RFC 3339 full-date), for facts known only to the day. */
export const dateSchema = z.iso.date().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/u);

/** A UTC timestamp when the time is known, or a date when only the day is known. */
export const dateOrTimestampSchema = z.union([timestampSchema, dateSchema]);

/** A span of dates. Either end may be open. */
export const periodSchema = z.strictObject({
  start_date: dateSchema.exactOptional(),
  end_date: dateSchema.exactOptional(),
});

/** An ISO 3166-1 alpha-2 country code in upper case. */
export const countrySchema = z.string().regex(/^[A-Z]{2}$/u);

/** An ISO 3166-2 subdivision code (country, hyphen, subdivision), the most precise location this standard shares about a person. */
export const subdivisionSchema = z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/u);

/** An ISO 4217 alphabetic currency code. */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/u);

/** A non-negative decimal number written as a string so no precision is lost: digits, optionally a point and more digits. No exponent, no thousands separator. */
export const decimalSchema = z.string().regex(/^(0|[1-9][0-9]{0,17})(\.[0-9]{1,18})?$/u);

/** An amount of money in a national currency. The amount is a decimal string, never a float. */
export const moneySchema = z.strictObject({
  amount: decimalSchema,
  currency: currencySchema,
});

/** An amount of a crypto asset. */
export const cryptoAmountSchema = z.strictObject({
  amount: decimalSchema,
  asset: z.string().regex(/^[-a-z0-9]{3,8}:[-_a-zA-Z0-9]{1,32}\/[-a-z0-9]{3,8}:[-.%a-zA-Z0-9]{1,128}$/u),
  symbol: z.string().check(maxChars(20)).exactOptional(),
});

/** A crypto asset as a CAIP-19 identifier: the CAIP-2 chain id (`namespace:reference`), a slash, the asset namespace and reference (`erc20:0x…`, `trc20:T…`, `slip44:0` for a chain's native coin), and optionally a slash and a token id for one token of a non-fungible collection. Case-sensitive, as CAIP-19 is. */
export const assetIdSchema = z.string().regex(/^[-a-z0-9]{3,8}:[-_a-zA-Z0-9]{1,32}\/[-a-z0-9]{3,8}:[-.%a-zA-Z0-9]{1,128}(\/[-.%a-zA-Z0-9]{1,78})?$/u).check(maxChars(256));

/** An amount of money or of a crypto asset, used wherever an amount appears from 1.1 on. The amount is a decimal string, never a float, with exactly one of `currency` (money in an ISO 4217 currency) or `asset` (a CAIP-19 crypto asset); validators report a value with both or neither (`value_currency_or_asset`). A value with `currency` alone is a 1.0 `money`, so every 1.0 amount is a valid value. */
export const valueSchema = z.strictObject({
  amount: decimalSchema,
  currency: currencySchema.exactOptional(),
  asset: assetIdSchema.exactOptional(),
  fiat_equivalent: moneySchema.exactOptional(),
  valued_at: dateOrTimestampSchema.exactOptional(),
});

/** A reference number in one organisation's own system. */
export const localRefSchema = z.strictObject({
  system: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)),
  value: z.string().check(minChars(1)).check(maxChars(200)),
  issuer: orgRefSchema.exactOptional(),
});

/** One return of frozen funds to the victim. */
export const freezeReturnSchema = z.strictObject({
  amount: valueSchema,
  returned_at: dateOrTimestampSchema,
  returned_by: orgRefSchema.exactOptional(),
  legal_basis: z.union([z.string().check(maxChars(1000)), textSchema]).exactOptional(),
  reference: localRefSchema.exactOptional(),
});

/** A freeze or hold of funds at one institution, and what became of them: still held, released to the account holder, or returned to the victim in one go or in parts, each return with its date and the authority that made it. Used on a payment and on each hop of a transfer, so the freeze may be in another currency or asset than the loss (a THB loss frozen in AED in the UAE). */
export const paymentFreezeSchema = z.strictObject({
  status: z.enum(["not_requested", "requested", "pending_bank", "frozen_full", "frozen_partial", "funds_already_moved", "rejected", "expired", "released_to_owner", "partially_returned", "returned_to_victim"]),
  amount: valueSchema.exactOptional(),
  frozen_at: timestampSchema.exactOptional(),
  by: orgRefSchema.exactOptional(),
  jurisdiction: countrySchema.exactOptional(),
  legal_basis: z.union([z.string().check(maxChars(1000)), textSchema]).exactOptional(),
  expires_at: timestampSchema.exactOptional(),
  returns: z.array(freezeReturnSchema).max(100).exactOptional(),
});

/** A BCP 47 language tag. */
export const languageSchema = z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/u);

/** An absolute http or https URL. */
export const urlSchema = z.string().regex(/^https?:\/\//u).check(uriFormat).check(maxChars(4096));

/** A SHA-256 digest in lower-case hex. */
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/u);

/** An RFC 6901 JSON Pointer into the same record. */
export const jsonPointerSchema = z.string().regex(/^(\/([^~\/]|~[01])*)*$/u).check(maxChars(1000));

/** Reference numbers in local systems. */
export const localRefsSchema = z.array(localRefSchema).max(100);

/** A reference to the same thing elsewhere. */
export const externalRefSchema = z.strictObject({
  source_name: z.string().check(minChars(1)).check(maxChars(100)),
  external_id: z.string().check(maxChars(500)).exactOptional(),
  url: urlSchema.exactOptional(),
  description: z.string().check(maxChars(1000)).exactOptional(),
});

/** References to other systems. */
export const externalRefsSchema = z.array(externalRefSchema).max(100);

/** How information was obtained. */
export const provenanceSchema = z.strictObject({
  method: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)).exactOptional(),
  collected_at: timestampSchema.exactOptional(),
  derived_from: z.array(recordIdSchema).max(1000).exactOptional(),
  tool: z.string().check(maxChars(200)).exactOptional(),
});

/** A keyed pseudonym of a personal value, identified by its algorithm and key id: HMAC-SHA-256 over the canonical form under a community key every partner holds (`hmac-sha256`), or, since 1.1, the RFC 9497 oblivious PRF output of the canonical form under a key only the exchange holds (`oprf-ristretto255-sha512`), which no partner can compute or reverse alone. Never a plain hash: phone numbers and account numbers can be enumerated. Pseudonyms match only when algorithm, key id and value are all equal. */
export const pseudonymSchema = z.strictObject({
  alg: z.enum(["hmac-sha256", "oprf-ristretto255-sha512"]),
  key_id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/u),
  value: z.string().regex(/^(?:[A-Za-z0-9_-]{43}|[A-Za-z0-9_-]{86})$/u),
});

/** Someone the scammers pretended to be: a government agency, a bank, a celebrity, a relative. */
export const impersonatedEntitySchema = z.strictObject({
  entity_type: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)),
  name: z.union([z.string().check(maxChars(300)), textSchema]).exactOptional(),
  identifier: orgRefSchema.exactOptional(),
});

/** Extension data keyed by a registered extension namespace (lower case, dots allowed). Each namespace has its own JSON Schema shipped with the standard; unregistered namespaces are an error. */
export const extensionsSchema = z.partialRecord(z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/u).check(maxChars(100)), anyObject);

/** The minimal form of a revoked record: enough to name the record and withdraw it without repeating its content. A record whose `revoked` is true is valid when it matches either its own family's schema or this one (see `x-gpos-dispatch` in bundle.json). Recipients withdraw every version of the `id`. */
export const retractionSchema = z.strictObject({
  type: z.enum(["indicator", "case", "commitment", "organization", "operation", "relationship", "sighting", "statistic"]),
  id: recordIdSchema,
  spec_version: specVersionSchema.exactOptional(),
  created: timestampSchema.exactOptional(),
  modified: timestampSchema,
  source: orgRefSchema,
  tlp: tlpSchema.exactOptional(),
  revoked: z.literal(true),
  revocation_reason: z.union([z.string().check(maxChars(1000)), textSchema]).exactOptional(),
});

/** One end of a transfer: the account, wallet or exchange account, named by the indicator that reports it or, when no indicator travels with the case, by its deterministic observable id; and the institution that holds it. */
export const transferEndSchema = z.strictObject({
  indicator_ref: indicatorIdSchema.exactOptional(),
  observable_ref: observableIdSchema.exactOptional(),
  institution: orgRefSchema.exactOptional(),
  country: countrySchema.exactOptional(),
});

/** A value of a metric at a date: a number, an amount of money, words, or a combination. */
export const metricValueSchema = z.strictObject({
  value: z.number().exactOptional(),
  amount: valueSchema.exactOptional(),
  text: textSchema.exactOptional(),
  date: dateSchema.exactOptional(),
  status: z.enum(["provisional", "final", "estimated", "missing", "confidential"]).exactOptional(),
});

/** A place an operation works from, no more precise than a town or district: a coarse point with its radius at most. */
export const operatingLocationSchema = z.strictObject({
  country: countrySchema,
  subdivision: subdivisionSchema.exactOptional(),
  locality: z.string().check(minChars(1)).check(maxChars(200)).exactOptional(),
  latitude: z.number().min(-90).max(90).exactOptional(),
  longitude: z.number().min(-180).max(180).exactOptional(),
  radius_km: z.number().min(1).max(1000).exactOptional(),
  period: periodSchema.exactOptional(),
});

/** An estimate of one measure of the operation's size: a single value, a range from `low` to `high`, or both, with the basis of the estimate. */
export const sizeEstimateSchema = z.strictObject({
  measure: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)),
  value: z.number().min(0).check(integer).exactOptional(),
  low: z.number().min(0).check(integer).exactOptional(),
  high: z.number().min(0).check(integer).exactOptional(),
  as_of: dateSchema.exactOptional(),
  basis: z.union([z.string().check(minChars(1)).check(maxChars(2000)), textSchema]).exactOptional(),
  estimated_by: orgRefSchema.exactOptional(),
});

/** What the figure is broken down by. A statistic with no dimensions is a total. */
export const statisticDimensionsSchema = z.strictObject({
  country: countrySchema.exactOptional(),
  subdivision: subdivisionSchema.exactOptional(),
  typology: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)).exactOptional(),
  contact_channel: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)).exactOptional(),
  payment_method: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)).exactOptional(),
  platform: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)).exactOptional(),
  age_band: z.enum(["under_20", "age_20_29", "age_30_39", "age_40_49", "age_50_59", "age_60_69", "age_70_79", "age_80_plus", "unknown"]).exactOptional(),
  operation_ref: operationIdSchema.exactOptional(),
});

/** A key peers compare to find the same observable. Keys are derived by the normaliser; keyed HMAC keys come from the SDK. */
export const matchKeySchema = z.strictObject({
  type: z.enum(["e164", "hostname", "registrable_domain", "url", "url_sanitized", "ip_address", "ip_prefix", "email", "email_domain", "sender_id", "bank_account", "iban", "payment_proxy", "ewallet_account", "vasp_account", "card_bin_last4", "chain_address", "evm_address", "transaction", "platform_account", "platform_handle", "app_package", "sha256", "template_sha256", "ad_id", "hmac_sha256"]),
  value: z.string().check(minChars(1)).check(maxChars(8192)),
  of: z.enum(["e164", "hostname", "registrable_domain", "url", "url_sanitized", "ip_address", "ip_prefix", "email", "email_domain", "sender_id", "bank_account", "iban", "payment_proxy", "ewallet_account", "vasp_account", "card_bin_last4", "chain_address", "evm_address", "transaction", "platform_account", "platform_handle", "app_package", "sha256", "template_sha256", "ad_id", "hmac_sha256"]).exactOptional(),
  key_id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/u).exactOptional(),
});

/** The structured parts of the observable, as the normaliser read them. Which parts apply depends on the kind; the canonical form is built from them. */
export const observableAttributesSchema = z.strictObject({
  country: countrySchema.exactOptional(),
  institution_id: z.string().check(maxChars(35)).exactOptional(),
  institution_name: z.string().check(maxChars(200)).exactOptional(),
  account_number: z.string().check(maxChars(64)).exactOptional(),
  scheme: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)).exactOptional(),
  proxy_type: z.string().regex(/^[A-Z]{4}$/u).exactOptional(),
  provider: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)).exactOptional(),
  vasp: z.string().regex(/^[a-z0-9]+(?:[_-][a-z0-9]+)*$/u).check(maxChars(100)).exactOptional(),
  account_id: z.string().check(maxChars(200)).exactOptional(),
  bin: z.string().regex(/^[0-9]{6,8}$/u).exactOptional(),
  last4: z.string().regex(/^[0-9]{4}$/u).exactOptional(),
  card_network: z.string().check(maxChars(50)).exactOptional(),
  issuer_country: countrySchema.exactOptional(),
  chain_id: z.string().regex(/^[-a-z0-9]{3,8}:[-_a-zA-Z0-9]{1,32}$/u).exactOptional(),
  address: z.string().check(maxChars(128)).exactOptional(),
  memo: z.string().check(maxChars(100)).exactOptional(),
  custodian: orgRefSchema.exactOptional(),
  asset: z.string().check(maxChars(200)).exactOptional(),
  tx_hash: z.string().check(maxChars(128)).exactOptional(),
  platform: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)).exactOptional(),
  platform_user_id: z.string().check(maxChars(200)).exactOptional(),
  handle: z.string().check(maxChars(200)).exactOptional(),
  package_name: z.string().check(maxChars(255)).exactOptional(),
  app_platform: z.enum(["android", "ios", "other"]).exactOptional(),
  number_type: z.string().check(maxChars(40)).exactOptional(),
  sender: z.string().check(maxChars(20)).exactOptional(),
  is_private_suffix: z.boolean().exactOptional(),
  display: z.string().check(maxChars(4096)).exactOptional(),
  port: z.int().min(0).max(65535).exactOptional(),
  ad_id: z.string().check(maxChars(200)).exactOptional(),
  unverified: z.boolean().exactOptional(),
});

/** The normaliser that produced `canonical` and `match_keys`, so peers can re-derive them. */
export const normalizerSchema = z.strictObject({
  name: z.string().check(maxChars(100)),
  version: z.string().regex(/^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/u),
});

/** The thing that was seen: a phone number, URL, account or wallet. Keeps three forms: `raw` as reported, `canonical` as the versioned normaliser wrote it, and `match_keys` for matching. When the value itself may not travel, `pseudonym` replaces `raw` and `canonical`. */
export const observableSchema = z.strictObject({
  kind: z.enum(["url", "hostname", "domain", "ip_address", "email_address", "phone_number", "sms_sender_id", "bank_account", "iban", "payment_proxy", "ewallet_account", "vasp_account", "payment_card", "crypto_address", "crypto_transaction", "social_media_account", "messaging_account", "mobile_app", "file", "message_template", "online_ad"]),
  id: observableIdSchema.exactOptional(),
  raw: z.string().check(minChars(1)).check(maxChars(8192)).exactOptional(),
  canonical: z.string().check(minChars(1)).check(maxChars(8192)).exactOptional(),
  pseudonym: pseudonymSchema.exactOptional(),
  match_keys: z.array(matchKeySchema).max(50).exactOptional(),
  attributes: observableAttributesSchema.exactOptional(),
  normalizer: normalizerSchema.exactOptional(),
});

/** An appeal against the outcome: the requester asks again (with a court order, more evidence), or the account holder contests the action (from 1.1). */
export const actionAppealSchema = z.strictObject({
  appealed_at: timestampSchema,
  by: orgRefSchema.exactOptional(),
  grounds: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)).exactOptional(),
  status: z.enum(["pending", "upheld", "overturned"]).exactOptional(),
  decided_at: timestampSchema.exactOptional(),
  reference: localRefSchema.exactOptional(),
  note: z.union([z.string().check(maxChars(2000)), textSchema]).exactOptional(),
});

/** The action was undone after it took effect: a site restored, an account reinstated, funds released (from 1.1). */
export const actionReversalSchema = z.strictObject({
  reversed_at: timestampSchema,
  by: orgRefSchema.exactOptional(),
  reason: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)).exactOptional(),
  note: z.union([z.string().check(maxChars(2000)), textSchema]).exactOptional(),
});

/** Something a partner did, or was asked to do, about the observable: a takedown, a block, a freeze. */
export const indicatorActionSchema = z.strictObject({
  request_id: uuidSchema.exactOptional(),
  type: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)),
  outcome: z.enum(["requested", "done", "partial", "refused", "failed"]),
  outcome_reason: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)).exactOptional(),
  actor: orgRefSchema,
  requested_by: orgRefSchema.exactOptional(),
  requested_at: timestampSchema.exactOptional(),
  respond_by: timestampSchema.exactOptional(),
  at: timestampSchema.exactOptional(),
  amount: valueSchema.exactOptional(),
  legal_basis: z.union([z.string().check(maxChars(1000)), textSchema]).exactOptional(),
  reference: localRefSchema.exactOptional(),
  note: z.union([z.string().check(maxChars(2000)), textSchema]).exactOptional(),
  appeal: actionAppealSchema.exactOptional(),
  reversal: actionReversalSchema.exactOptional(),
});

/** An indicator record (`indicator.json`). A partner's statement that an observable (a URL, phone number, bank account, wallet, account…) is used for scams, with what it did in the scam, when it was seen, how sure the partner is, and what has been done about it. */
export const indicatorSchema = z.strictObject({
  type: z.literal("indicator"),
  id: indicatorIdSchema,
  spec_version: specVersionSchema,
  created: timestampSchema,
  modified: timestampSchema,
  source: orgRefSchema,
  tlp: tlpSchema,
  markings: markingsSchema.exactOptional(),
  pap: papSchema.exactOptional(),
  confidence: confidenceSchema.exactOptional(),
  source_reliability: sourceReliabilitySchema.exactOptional(),
  labels: labelsSchema.exactOptional(),
  local_refs: localRefsSchema.exactOptional(),
  external_refs: externalRefsSchema.exactOptional(),
  provenance: provenanceSchema.exactOptional(),
  revoked: z.boolean().exactOptional(),
  revocation_reason: z.union([z.string().check(maxChars(1000)), textSchema]).exactOptional(),
  extensions: extensionsSchema.exactOptional(),
  observable: observableSchema,
  roles: z.array(z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100))).max(20).check(uniqueItems).exactOptional(),
  typology: z.array(z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100))).max(20).check(uniqueItems).exactOptional(),
  impersonated: z.array(impersonatedEntitySchema).max(20).exactOptional(),
  enablers: z.array(z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100))).max(30).check(uniqueItems).exactOptional(),
  status: z.enum(["reported", "suspected", "confirmed", "active", "mitigated", "expired", "false_positive", "disputed", "allowlisted"]),
  actionable: z.boolean().exactOptional(),
  first_seen: timestampSchema.exactOptional(),
  last_seen: timestampSchema.exactOptional(),
  valid_until: timestampSchema.exactOptional(),
  sighting_count: z.number().min(0).check(integer).exactOptional(),
  predictive: z.boolean().exactOptional(),
  countries: z.array(countrySchema).max(250).check(uniqueItems).exactOptional(),
  description: textSchema.exactOptional(),
  actions: z.array(indicatorActionSchema).max(1000).exactOptional(),
  related_indicators: z.array(indicatorIdSchema).max(1000).check(uniqueItems).exactOptional(),
});

/** How and where the case reached the source. */
export const caseIntakeSchema = z.strictObject({
  channel: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)),
  received_at: timestampSchema,
  reporting_org: orgRefSchema.exactOptional(),
  jurisdiction: countrySchema,
  subdivision: subdivisionSchema.exactOptional(),
});

/** The person's identification as a victim of trafficking, which under the non-punishment principle shapes how every other record about them is read. */
export const traffickingIdentificationSchema = z.strictObject({
  stage: z.enum(["presumed", "formal"]),
  identified_at: dateOrTimestampSchema.exactOptional(),
  identified_by: orgRefSchema.exactOptional(),
  legal_basis: z.union([z.string().check(minChars(1)).check(maxChars(1000)), textSchema]).exactOptional(),
  forced_activities: z.array(z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100))).max(20).check(uniqueItems).exactOptional(),
});

/** Where the person was rescued, to the country and region only. */
export const coarsePlaceSchema = z.strictObject({
  country: countrySchema,
  subdivision: subdivisionSchema.exactOptional(),
});

/** The person's rescue or release from the place where they were held. */
export const rescueSchema = z.strictObject({
  rescued_at: dateOrTimestampSchema.exactOptional(),
  location: coarsePlaceSchema.exactOptional(),
  by: z.array(orgRefSchema).min(1).max(20).check(uniqueItems).exactOptional(),
});

/** The person's return to their own country. */
export const repatriationSchema = z.strictObject({
  status: z.enum(["not_started", "planned", "in_progress", "completed", "declined", "not_possible"]),
  to_country: countrySchema.exactOptional(),
  repatriated_at: dateOrTimestampSchema.exactOptional(),
  assisted_by: z.array(orgRefSchema).min(1).max(20).check(uniqueItems).exactOptional(),
});

/** One support service. */
export const supportServiceSchema = z.strictObject({
  service: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)),
  provided_by: orgRefSchema.exactOptional(),
  started_at: dateSchema.exactOptional(),
  ended_at: dateSchema.exactOptional(),
});

/** What was done to protect a victim of trafficking or forced criminality: identification as a trafficking victim, rescue, repatriation and support. All of it is special-category personal data: the block travels at TLP:AMBER+STRICT or above. */
export const victimProtectionSchema = z.strictObject({
  identification: traffickingIdentificationSchema.exactOptional(),
  rescue: rescueSchema.exactOptional(),
  repatriation: repatriationSchema.exactOptional(),
  support: z.array(supportServiceSchema).max(50).exactOptional(),
});

/** The victim, as a pseudonym and coarse facts only. Names, contact details and national id numbers never appear in a record. */
export const victimSchema = z.strictObject({
  key: pseudonymSchema.exactOptional(),
  victim_type: z.enum(["individual", "micro_enterprise", "sme", "charity", "public_body", "other_org"]).exactOptional(),
  age_band: z.enum(["under_20", "age_20_29", "age_30_39", "age_40_49", "age_50_59", "age_60_69", "age_70_79", "age_80_plus", "unknown"]).exactOptional(),
  residence: subdivisionSchema.exactOptional(),
  country_of_residence: countrySchema.exactOptional(),
  nationality: countrySchema.exactOptional(),
  vulnerability: z.array(z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100))).max(20).check(uniqueItems).exactOptional(),
  role: z.enum(["victim", "mule_unwitting", "mule_complicit", "victim_and_mule", "forced_criminality"]).exactOptional(),
  protection: victimProtectionSchema.exactOptional(),
  reporter_relationship: z.enum(["self", "family", "carer", "bank_on_behalf", "police", "other"]).exactOptional(),
});

/** One channel of contact. */
export const contactChannelSchema = z.strictObject({
  channel: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)),
  platform: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)).exactOptional(),
  first_at: dateOrTimestampSchema.exactOptional(),
  direction: z.enum(["inbound", "outbound"]).exactOptional(),
  indicator_refs: z.array(indicatorIdSchema).max(100).check(uniqueItems).exactOptional(),
});

/** When things happened. Each is a timestamp, or a date when only the day is known. Speed is the measure that matters most: minutes from report to freeze. */
export const caseTimelineSchema = z.strictObject({
  first_contact_at: dateOrTimestampSchema.exactOptional(),
  grooming_started_at: dateOrTimestampSchema.exactOptional(),
  first_payment_at: dateOrTimestampSchema.exactOptional(),
  last_payment_at: dateOrTimestampSchema.exactOptional(),
  realised_at: dateOrTimestampSchema.exactOptional(),
  reported_at: dateOrTimestampSchema.exactOptional(),
  freeze_requested_at: dateOrTimestampSchema.exactOptional(),
  first_freeze_at: dateOrTimestampSchema.exactOptional(),
  closed_at: dateOrTimestampSchema.exactOptional(),
});

/** A request to the sending bank to recall the payment. */
export const paymentRecallSchema = z.strictObject({
  requested_at: timestampSchema,
  reason: z.enum(["FRAD", "UAPA", "DUPL", "CUST", "TECH", "AC03", "AM09"]),
  message_type: z.enum(["camt.056", "camt.055", "camt.029", "pacs.004", "camt.110", "camt.111"]).exactOptional(),
  outcome: z.enum(["requested", "done", "partial", "refused", "failed"]).exactOptional(),
});

/** One payment from the victim. */
export const paymentSchema = z.strictObject({
  payment_ref: z.string().check(minChars(1)).check(maxChars(100)).exactOptional(),
  executed_at: dateOrTimestampSchema.exactOptional(),
  amount: valueSchema,
  crypto_amount: cryptoAmountSchema.exactOptional(),
  method: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)).exactOptional(),
  rail: z.string().regex(/^[a-z0-9_]+$/u).check(maxChars(50)).exactOptional(),
  destination_indicator_ref: indicatorIdSchema.exactOptional(),
  destination_institution: orgRefSchema.exactOptional(),
  transaction_ref: z.string().check(maxChars(200)).exactOptional(),
  recall: paymentRecallSchema.exactOptional(),
  freeze: paymentFreezeSchema.exactOptional(),
});

/** One hop of the money. */
export const transferSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/u),
  parent: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/u).exactOptional(),
  from: transferEndSchema.exactOptional(),
  to: transferEndSchema.exactOptional(),
  at: timestampSchema,
  received_at: timestampSchema.exactOptional(),
  sent: valueSchema,
  received: valueSchema.exactOptional(),
  rate: decimalSchema.exactOptional(),
  fee: valueSchema.exactOptional(),
  method: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)).exactOptional(),
  rail: z.string().regex(/^[a-z0-9_]+$/u).check(maxChars(50)).exactOptional(),
  reference: z.string().check(maxChars(200)).exactOptional(),
  freeze: paymentFreezeSchema.exactOptional(),
});

/** The money involved, per currency. Reimbursement (a payment provider paying the victim) is kept apart from recovery (funds traced back). */
export const lossSummarySchema = z.strictObject({
  loss_occurred: z.boolean().exactOptional(),
  reported: z.array(valueSchema).max(50).exactOptional(),
  confirmed: z.array(valueSchema).max(50).exactOptional(),
  frozen: z.array(valueSchema).max(50).exactOptional(),
  seized: z.array(valueSchema).max(50).exactOptional(),
  returned: z.array(valueSchema).max(50).exactOptional(),
  reimbursed: z.array(valueSchema).max(50).exactOptional(),
  prevented: z.array(valueSchema).max(50).exactOptional(),
  accounting: z.enum(["outstanding", "cumulative"]).exactOptional(),
  as_of: timestampSchema.exactOptional(),
  recovery_status: z.enum(["none", "pending", "partially_recovered", "fully_recovered", "reimbursed_by_psp", "reimbursed_and_recovered", "not_eligible"]).exactOptional(),
});

/** What the recipient did about the referral, as it reported back (from 1.1). Amounts are in the currency or asset the recipient holds them in; totals for the case stay in `loss`. */
export const referralOutcomeSchema = z.strictObject({
  actions: z.array(z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100))).max(50).check(uniqueItems).exactOptional(),
  frozen: z.array(valueSchema).max(50).exactOptional(),
  seized: z.array(valueSchema).max(50).exactOptional(),
  returned: z.array(valueSchema).max(50).exactOptional(),
  decline_reason: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)).exactOptional(),
  note: z.union([z.string().check(maxChars(2000)), textSchema]).exactOptional(),
});

/** One referral, through its life: sent, acknowledged, accepted and acted on, then completed or declined, with what the recipient did. */
export const referralSchema = z.strictObject({
  referral_id: uuidSchema.exactOptional(),
  from: orgRefSchema.exactOptional(),
  to: orgRefSchema,
  at: timestampSchema,
  channel: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)).exactOptional(),
  status: z.enum(["sent", "acknowledged", "accepted", "acted_on", "declined", "completed"]),
  acknowledged_at: timestampSchema.exactOptional(),
  acted_on_at: timestampSchema.exactOptional(),
  completed_at: timestampSchema.exactOptional(),
  declined_at: timestampSchema.exactOptional(),
  reason: z.union([z.string().check(maxChars(1000)), textSchema]).exactOptional(),
  reference: localRefSchema.exactOptional(),
  outcome: referralOutcomeSchema.exactOptional(),
});

/** The victim's consent, when consent was asked for. */
export const consentSchema = z.strictObject({
  status: z.enum(["granted", "refused", "withdrawn", "not_required", "unknown"]),
  obtained_at: timestampSchema.exactOptional(),
  method: z.enum(["verbal_recorded", "web_form", "written", "in_app"]).exactOptional(),
  scopes: z.array(z.enum(["share_with_law_enforcement", "share_with_financial_institutions", "share_with_platforms", "share_cross_border", "contact_by_law_enforcement", "contact_by_recovery_services", "include_in_statistics", "publish_indicators"])).max(8).check(uniqueItems).exactOptional(),
  withdrawn_at: timestampSchema.exactOptional(),
  language: languageSchema.exactOptional(),
  notice_version: z.string().check(maxChars(50)).exactOptional(),
});

/** The story of the case in free text. It may name people and so travels at TLP:RED unless the source marks it otherwise after redaction. */
export const narrativeSchema = z.strictObject({
  text: textSchema,
  tlp: tlpSchema.exactOptional(),
});

/** One piece of evidence. */
export const caseEvidenceSchema = z.strictObject({
  type: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)),
  sha256: sha256Schema.exactOptional(),
  storage_ref: z.string().check(maxChars(500)).exactOptional(),
  description: z.union([z.string().check(maxChars(2000)), textSchema]).exactOptional(),
  captured_at: timestampSchema.exactOptional(),
});

/** A victim case record (`case.json`). A victim case: one scam as reported by or for a victim, with how and when it happened, how the money moved, what was frozen, recovered and returned, and who the case was referred to. The victim appears only as a keyed pseudonym and coarse facts. */
export const caseSchema = z.strictObject({
  type: z.literal("case"),
  id: caseIdSchema,
  spec_version: specVersionSchema,
  created: timestampSchema,
  modified: timestampSchema,
  source: orgRefSchema,
  tlp: tlpSchema,
  markings: markingsSchema.exactOptional(),
  pap: papSchema.exactOptional(),
  confidence: confidenceSchema.exactOptional(),
  labels: labelsSchema.exactOptional(),
  local_refs: localRefsSchema.exactOptional(),
  external_refs: externalRefsSchema.exactOptional(),
  provenance: provenanceSchema.exactOptional(),
  revoked: z.boolean().exactOptional(),
  revocation_reason: z.union([z.string().check(maxChars(1000)), textSchema]).exactOptional(),
  extensions: extensionsSchema.exactOptional(),
  intake: caseIntakeSchema,
  victim: victimSchema.exactOptional(),
  scam_type: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)),
  secondary_scam_types: z.array(z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100))).max(20).check(uniqueItems).exactOptional(),
  contact_channels: z.array(contactChannelSchema).max(50).exactOptional(),
  impersonated: z.array(impersonatedEntitySchema).max(20).exactOptional(),
  enablers: z.array(z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100))).max(30).check(uniqueItems).exactOptional(),
  timeline: caseTimelineSchema.exactOptional(),
  payments: z.array(paymentSchema).max(1000).exactOptional(),
  transfers: z.array(transferSchema).max(1000).exactOptional(),
  loss: lossSummarySchema.exactOptional(),
  status: z.enum(["received", "triaged", "freeze_in_progress", "under_investigation", "referred", "action_taken", "closed_resolved", "closed_no_further_action", "closed_duplicate", "closed_unfounded", "closed_withdrawn"]),
  referrals: z.array(referralSchema).max(100).exactOptional(),
  lawful_basis: z.array(z.enum(["consent", "legal_obligation", "public_task", "legitimate_interests", "vital_interests", "contract", "law_enforcement"])).min(1).max(7).check(uniqueItems).exactOptional(),
  consent: consentSchema.exactOptional(),
  indicator_refs: z.array(indicatorIdSchema).max(1000).check(uniqueItems).exactOptional(),
  related_cases: z.array(caseIdSchema).max(1000).check(uniqueItems).exactOptional(),
  duplicate_of: caseIdSchema.exactOptional(),
  narrative: narrativeSchema.exactOptional(),
  evidence: z.array(caseEvidenceSchema).max(1000).exactOptional(),
});

/** A functional point of contact: a desk or mailbox, never a named person, so it can be published with the commitment. */
export const contactPointSchema = z.strictObject({
  contact_type: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)),
  name: textSchema.exactOptional(),
  email: z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/u).check(maxChars(320)).exactOptional(),
  telephone: z.string().regex(/^\+[1-9][0-9]{6,14}$/u).exactOptional(),
  url: urlSchema.exactOptional(),
  languages: z.array(languageSchema).max(20).check(uniqueItems).exactOptional(),
  hours: z.string().check(maxChars(200)).exactOptional(),
});

/** One party. */
export const partySchema = z.strictObject({
  org: orgRefSchema,
  name: textSchema.exactOptional(),
  roles: z.array(z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100))).min(1).max(10).check(uniqueItems),
  jurisdiction: countrySchema.exactOptional(),
  contacts: z.array(contactPointSchema).max(20).exactOptional(),
});

/** One milestone. */
export const milestoneSchema = z.strictObject({
  milestone_id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/u),
  title: textSchema,
  due_date: dateSchema.exactOptional(),
  status: z.enum(["scheduled", "met", "not_met", "partially_met", "cancelled"]),
  date_met: dateSchema.exactOptional(),
  evidence_refs: z.array(z.string().regex(/^[A-Za-z0-9._-]{1,64}$/u)).max(100).check(uniqueItems).exactOptional(),
});

/** A reference. */
export const metricReferenceSchema = z.strictObject({
  vocabulary: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)),
  code: z.string().check(maxChars(50)),
});

/** One reporting period. */
export const metricPeriodSchema = z.strictObject({
  period: periodSchema,
  target: metricValueSchema.exactOptional(),
  actual: metricValueSchema.exactOptional(),
  statistic_refs: z.array(statisticIdSchema).max(1000).check(uniqueItems).exactOptional(),
});

/** One metric. */
export const metricSchema = z.strictObject({
  metric_id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/u),
  title: textSchema,
  measure: z.enum(["unit", "percentage", "currency", "ratio", "ordinal", "qualitative"]),
  unit: z.string().check(maxChars(50)).exactOptional(),
  currency: currencySchema.exactOptional(),
  ascending: z.boolean().exactOptional(),
  references: z.array(metricReferenceSchema).max(20).exactOptional(),
  baseline: metricValueSchema.exactOptional(),
  periods: z.array(metricPeriodSchema).max(100).exactOptional(),
});

/** One piece of evidence. */
export const commitmentEvidenceSchema = z.strictObject({
  evidence_id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/u),
  document_type: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)).exactOptional(),
  title: textSchema,
  url: urlSchema.exactOptional(),
  date_published: dateSchema.exactOptional(),
  languages: z.array(languageSchema).max(20).check(uniqueItems).exactOptional(),
  source_types: z.array(z.enum(["self_declaration", "official_register", "third_party", "primary_research", "verified"])).max(5).check(uniqueItems).exactOptional(),
  asserted_by: orgRefSchema.exactOptional(),
  applies_to: jsonPointerSchema.exactOptional(),
});

/** One progress report. */
export const progressReportSchema = z.strictObject({
  reported_at: dateSchema,
  period: periodSchema.exactOptional(),
  status: z.enum(["planned", "implementing", "completed", "suspended", "cancelled", "superseded"]).exactOptional(),
  completion: z.enum(["no_evidence_available", "not_started", "limited", "substantial", "complete"]).exactOptional(),
  summary: textSchema,
  evidence_refs: z.array(z.string().regex(/^[A-Za-z0-9._-]{1,64}$/u)).max(100).check(uniqueItems).exactOptional(),
});

/** One assessment. */
export const assessmentSchema = z.strictObject({
  assessment_type: z.enum(["self_assessment", "independent_review", "peer_review"]),
  assessor: orgRefSchema,
  date: dateSchema,
  stage: z.enum(["design_review", "mid_term", "end_of_term"]).exactOptional(),
  verifiability: z.enum(["verifiable", "not_verifiable"]).exactOptional(),
  potential_for_results: z.enum(["unclear", "modest", "substantial"]).exactOptional(),
  completion: z.enum(["no_evidence_available", "not_started", "limited", "substantial", "complete"]).exactOptional(),
  early_results: z.enum(["worsened", "did_not_change", "marginal", "major", "outstanding"]).exactOptional(),
  rationale: textSchema.exactOptional(),
  evidence_refs: z.array(z.string().regex(/^[A-Za-z0-9._-]{1,64}$/u)).max(100).check(uniqueItems).exactOptional(),
});

/** A related commitment. */
export const relatedCommitmentSchema = z.strictObject({
  ref: commitmentIdSchema,
  relationship: z.enum(["supersedes", "part_of", "depends_on", "cross_border_counterpart"]),
});

/** A commitment record (`commitment.json`). A partner's pledge under an instrument such as the 2025 Bangkok Joint Statement of the Global Partnership Against Online Scams: what it will do, by when, how progress is measured, the evidence, and independent assessments. Progress is reported by publishing new versions of the same record. */
export const commitmentSchema = z.strictObject({
  type: z.literal("commitment"),
  id: commitmentIdSchema,
  spec_version: specVersionSchema,
  created: timestampSchema,
  modified: timestampSchema,
  source: orgRefSchema,
  tlp: tlpSchema,
  markings: markingsSchema.exactOptional(),
  pap: papSchema.exactOptional(),
  confidence: confidenceSchema.exactOptional(),
  labels: labelsSchema.exactOptional(),
  local_refs: localRefsSchema.exactOptional(),
  external_refs: externalRefsSchema.exactOptional(),
  provenance: provenanceSchema.exactOptional(),
  revoked: z.boolean().exactOptional(),
  revocation_reason: z.union([z.string().check(maxChars(1000)), textSchema]).exactOptional(),
  extensions: extensionsSchema.exactOptional(),
  instrument: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)),
  title: textSchema,
  description: textSchema.exactOptional(),
  problem_statement: textSchema.exactOptional(),
  pillars: z.array(z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100))).min(1).max(10).check(uniqueItems),
  commitment_type: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)).exactOptional(),
  jurisdiction: countrySchema.exactOptional(),
  jurisdictions: z.array(countrySchema).min(1).max(250).check(uniqueItems).exactOptional(),
  parties: z.array(partySchema).min(1).max(100),
  period: periodSchema.exactOptional(),
  status: z.enum(["planned", "implementing", "completed", "suspended", "cancelled", "superseded"]),
  status_details: textSchema.exactOptional(),
  completion: z.enum(["no_evidence_available", "not_started", "limited", "substantial", "complete"]).exactOptional(),
  budget: valueSchema.exactOptional(),
  milestones: z.array(milestoneSchema).max(200).exactOptional(),
  metrics: z.array(metricSchema).max(100).exactOptional(),
  evidence: z.array(commitmentEvidenceSchema).max(500).exactOptional(),
  progress_reports: z.array(progressReportSchema).max(200).exactOptional(),
  assessments: z.array(assessmentSchema).max(50).exactOptional(),
  related_commitments: z.array(relatedCommitmentSchema).max(100).exactOptional(),
});

/** An organisation record (`organization.json`). A partner or other organisation that appears in GPOS data: an anti-scam centre, a police unit, a financial intelligence unit, a bank, a platform, a telecom operator. Records elsewhere name it by its `identifier`. */
export const organizationSchema = z.strictObject({
  type: z.literal("organization"),
  id: organizationIdSchema,
  spec_version: specVersionSchema,
  created: timestampSchema,
  modified: timestampSchema,
  source: orgRefSchema,
  tlp: tlpSchema,
  markings: markingsSchema.exactOptional(),
  pap: papSchema.exactOptional(),
  confidence: confidenceSchema.exactOptional(),
  labels: labelsSchema.exactOptional(),
  local_refs: localRefsSchema.exactOptional(),
  external_refs: externalRefsSchema.exactOptional(),
  provenance: provenanceSchema.exactOptional(),
  revoked: z.boolean().exactOptional(),
  revocation_reason: z.union([z.string().check(maxChars(1000)), textSchema]).exactOptional(),
  extensions: extensionsSchema.exactOptional(),
  identifier: orgRefSchema,
  other_identifiers: z.array(orgRefSchema).max(20).check(uniqueItems).exactOptional(),
  name: textSchema,
  abbreviation: z.string().check(maxChars(50)).exactOptional(),
  kind: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)),
  country: countrySchema,
  roles: z.array(z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100))).max(10).check(uniqueItems).exactOptional(),
  parent: orgRefSchema.exactOptional(),
  website: urlSchema.exactOptional(),
  jwks_uri: urlSchema.exactOptional(),
  description: textSchema.exactOptional(),
});

/** A scam operation record (`operation.json`). A scam operation: a scam compound, a call-centre network, a money-laundering network or a recruitment network, named as investigators and victims know it, with where it works from, what it runs, its size, and who investigated or disrupted it. The wallets, numbers, domains and accounts it uses and the cases it caused are linked to it with `relationship` records. */
export const operationSchema = z.strictObject({
  type: z.literal("operation"),
  id: operationIdSchema,
  spec_version: specVersionSchema,
  created: timestampSchema,
  modified: timestampSchema,
  source: orgRefSchema,
  tlp: tlpSchema,
  markings: markingsSchema.exactOptional(),
  pap: papSchema.exactOptional(),
  confidence: confidenceSchema.exactOptional(),
  source_reliability: sourceReliabilitySchema.exactOptional(),
  labels: labelsSchema.exactOptional(),
  local_refs: localRefsSchema.exactOptional(),
  external_refs: externalRefsSchema.exactOptional(),
  provenance: provenanceSchema.exactOptional(),
  revoked: z.boolean().exactOptional(),
  revocation_reason: z.union([z.string().check(maxChars(1000)), textSchema]).exactOptional(),
  extensions: extensionsSchema.exactOptional(),
  name: textSchema,
  aliases: z.array(textSchema).max(100).exactOptional(),
  kind: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)),
  status: z.enum(["active", "disrupted", "dismantled", "relocated", "unknown"]),
  status_date: dateOrTimestampSchema.exactOptional(),
  description: textSchema.exactOptional(),
  operates_from: z.array(operatingLocationSchema).max(100).exactOptional(),
  target_countries: z.array(countrySchema).max(250).check(uniqueItems).exactOptional(),
  target_languages: z.array(languageSchema).max(100).check(uniqueItems).exactOptional(),
  typology: z.array(z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100))).max(20).check(uniqueItems).exactOptional(),
  contact_channels: z.array(z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100))).max(20).check(uniqueItems).exactOptional(),
  first_seen: dateOrTimestampSchema.exactOptional(),
  last_seen: dateOrTimestampSchema.exactOptional(),
  investigated_by: z.array(orgRefSchema).max(100).check(uniqueItems).exactOptional(),
  disrupted_by: z.array(orgRefSchema).max(100).check(uniqueItems).exactOptional(),
  size_estimates: z.array(sizeEstimateSchema).max(100).exactOptional(),
});

/** A relationship record (`relationship.json`). A typed link between two records: this wallet is controlled by this operation, this domain was registered by the same actor as that one, this case is attributed to this operation, this mule account received funds from that one. The types, their inverses and the families they may connect are the closed `relationship_type` codelist. The untyped lists of 1.0 (`related_indicators`, `related_cases`) remain valid and mean `linked_to`. */
export const relationshipSchema = z.strictObject({
  type: z.literal("relationship"),
  id: relationshipIdSchema,
  spec_version: specVersionSchema,
  created: timestampSchema,
  modified: timestampSchema,
  source: orgRefSchema,
  tlp: tlpSchema,
  markings: markingsSchema.exactOptional(),
  pap: papSchema.exactOptional(),
  confidence: confidenceSchema.exactOptional(),
  source_reliability: sourceReliabilitySchema.exactOptional(),
  labels: labelsSchema.exactOptional(),
  local_refs: localRefsSchema.exactOptional(),
  external_refs: externalRefsSchema.exactOptional(),
  provenance: provenanceSchema.exactOptional(),
  revoked: z.boolean().exactOptional(),
  revocation_reason: z.union([z.string().check(maxChars(1000)), textSchema]).exactOptional(),
  extensions: extensionsSchema.exactOptional(),
  relationship_type: z.enum(["linked_to", "same_as", "controls", "controlled_by", "uses", "used_by", "operates", "operated_by", "part_of", "has_part", "attributed_to", "attribution_of", "received_funds_from", "sent_funds_to", "registered_by_same_actor", "resolves_to", "resolved_from", "redirects_to", "redirected_from", "impersonates", "impersonated_by", "investigates", "investigated_by", "derived_from", "source_of"]),
  source_ref: objectRefSchema,
  target_ref: objectRefSchema,
  start_time: dateOrTimestampSchema.exactOptional(),
  stop_time: dateOrTimestampSchema.exactOptional(),
  description: textSchema.exactOptional(),
});

/** A sighting record (`sighting.json`). A report that an observable was seen, and what the observer made of it: how often and from how many victims in a period, with what reported losses, and a verdict (seen, confirmed, a false positive, a spoofed genuine value, expired). It answers an indicator, or names the observable by its deterministic id. */
export const sightingSchema = z.strictObject({
  type: z.literal("sighting"),
  id: sightingIdSchema,
  spec_version: specVersionSchema,
  created: timestampSchema,
  modified: timestampSchema,
  source: orgRefSchema,
  tlp: tlpSchema,
  markings: markingsSchema.exactOptional(),
  pap: papSchema.exactOptional(),
  confidence: confidenceSchema.exactOptional(),
  source_reliability: sourceReliabilitySchema.exactOptional(),
  labels: labelsSchema.exactOptional(),
  local_refs: localRefsSchema.exactOptional(),
  external_refs: externalRefsSchema.exactOptional(),
  provenance: provenanceSchema.exactOptional(),
  revoked: z.boolean().exactOptional(),
  revocation_reason: z.union([z.string().check(maxChars(1000)), textSchema]).exactOptional(),
  extensions: extensionsSchema.exactOptional(),
  indicator_ref: indicatorIdSchema.exactOptional(),
  observable_id: observableIdSchema.exactOptional(),
  observed_by: orgRefSchema.exactOptional(),
  first_seen: timestampSchema.exactOptional(),
  last_seen: timestampSchema.exactOptional(),
  count: z.int().min(0).max(999999999).exactOptional(),
  distinct_victims: z.int().min(0).max(999999999).exactOptional(),
  reported_losses: valueSchema.exactOptional(),
  countries: z.array(countrySchema).max(250).check(uniqueItems).exactOptional(),
  verdict: z.enum(["seen", "confirmed", "false_positive", "spoofed", "expired"]),
  description: textSchema.exactOptional(),
});

/** A statistic record (`statistic.json`). A published aggregate figure: reports received, accounts suspended, money frozen, returned or prevented, people rescued or repatriated, for a period and optionally a country, channel, typology or platform. Counts are decimal strings and money is an amount with its currency, never a float. Commitments cite statistics as the evidence of their metrics. */
export const statisticSchema = z.strictObject({
  type: z.literal("statistic"),
  id: statisticIdSchema,
  spec_version: specVersionSchema,
  created: timestampSchema,
  modified: timestampSchema,
  source: orgRefSchema,
  tlp: tlpSchema,
  markings: markingsSchema.exactOptional(),
  pap: papSchema.exactOptional(),
  confidence: confidenceSchema.exactOptional(),
  source_reliability: sourceReliabilitySchema.exactOptional(),
  labels: labelsSchema.exactOptional(),
  local_refs: localRefsSchema.exactOptional(),
  external_refs: externalRefsSchema.exactOptional(),
  provenance: provenanceSchema.exactOptional(),
  revoked: z.boolean().exactOptional(),
  revocation_reason: z.union([z.string().check(maxChars(1000)), textSchema]).exactOptional(),
  extensions: extensionsSchema.exactOptional(),
  measure: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(100)),
  title: textSchema.exactOptional(),
  unit: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/u).check(maxChars(50)).exactOptional(),
  value: decimalSchema.exactOptional(),
  amount: valueSchema.exactOptional(),
  suppressed: z.boolean().exactOptional(),
  period: periodSchema,
  dimensions: statisticDimensionsSchema.exactOptional(),
  status: z.enum(["provisional", "final", "estimated", "missing", "confidential"]).exactOptional(),
  method: z.union([z.string().check(minChars(1)).check(maxChars(2000)), textSchema]).exactOptional(),
  small_cell_threshold: z.int().min(1).max(1000).exactOptional(),
  published: dateSchema.exactOptional(),
  url: urlSchema.exactOptional(),
});

/** Any record, chosen by its `type` (a discriminated union, as the standard dispatches; never a plain union). */
export const recordSchema = z.discriminatedUnion("type", [indicatorSchema, caseSchema, commitmentSchema, organizationSchema, operationSchema, relationshipSchema, sightingSchema, statisticSchema]);

/** What a bundle or a feed may carry: any full record, or a revoked record in its minimal form (`retractionSchema`). */
export const bundleRecordSchema = z.union([recordSchema, retractionSchema]);

/** A record named but not carried: its family, id and the `modified` of the version meant. */
export const recordStubSchema = z.strictObject({
  type: z.enum(["indicator", "case", "commitment", "organization", "operation", "relationship", "sighting", "statistic"]),
  id: recordIdSchema,
  modified: timestampSchema,
});

/** A detached JSON Web Signature (RFC 7515, appendix F) over the RFC 8785 canonical JSON of the bundle without its `signature` member. */
export const bundleSignatureSchema = z.strictObject({
  jws: z.string().regex(/^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+$/u),
  kid: z.string().check(minChars(1)).check(maxChars(200)),
  alg: z.enum(["EdDSA", "ES256"]),
});

/** A bundle (`bundle.json`), each of its records checked against the schema of its own `type`. The envelope for exchanging records: who produced it, when, its overall marking, the records of any family, and an optional detached signature over its canonical form. Each record is validated against the schema of its own `type` (see `x-gpos-dispatch`), never against one `oneOf` of all families. */
export const bundleSchema = z.strictObject({
  type: z.literal("bundle"),
  id: bundleIdSchema,
  spec_version: specVersionSchema,
  created: timestampSchema,
  producer: orgRefSchema,
  tlp: tlpSchema,
  description: textSchema.exactOptional(),
  scope: z.enum(["complete", "delta"]).exactOptional(),
  since: timestampSchema.exactOptional(),
  references: z.array(recordStubSchema).max(1000000).exactOptional(),
  records: z.array(bundleRecordSchema).max(1000000),
  signature: bundleSignatureSchema.exactOptional(),
});
