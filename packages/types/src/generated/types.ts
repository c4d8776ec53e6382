/* eslint-disable */
// generated from schemas/v1/*.json by packages/types/scripts/generate.ts with json-schema-to-typescript — do not edit.
// Run `npm run generate` after changing the standard.

/**
 * A Traffic Light Protocol 2.0 label (FIRST), in lower case: `clear` (no limit), `green` (the community), `amber` (the recipient organisation and its clients on a need-to-know basis), `amber+strict` (the recipient organisation only), `red` (the named recipients only). Other spellings (TLP:WHITE, TLP:AMBER) are mapped on import, never accepted here.
 */
export type Tlp = 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';
/**
 * A Permissible Actions Protocol label: `clear` (any action, including public blocking), `green` (active actions such as blocking), `amber` (passive use only, such as lookups), `red` (no action that could be detected outside the recipient).
 */
export type Pap = 'clear' | 'green' | 'amber' | 'red';
/**
 * Markings of parts of the record that travel under a different TLP than the record's own `tlp`. The deepest marking that covers a value decides its label; an unmarked value has the record's label.
 *
 * @minItems 1
 * @maxItems 200
 */
export type Markings = Marking[];
/**
 * The reliability of the source of the information on the Admiralty scale (NATO AJP-2.1), in lower case as MISP writes it: `a` completely reliable, `b` usually reliable, `c` fairly reliable, `d` not usually reliable, `e` unreliable, `f` reliability cannot be judged. It rates the source; `confidence` rates the information.
 */
export type SourceReliability = 'a' | 'b' | 'c' | 'd' | 'e' | 'f';
/**
 * Free-text tags.
 *
 * @maxItems 100
 *
 * Items: One tag.
 */
export type Labels = string[];
/**
 * Reference numbers in local systems.
 *
 * @maxItems 100
 */
export type LocalRefs = LocalRef[];
/**
 * References to other systems.
 *
 * @maxItems 100
 */
export type ExternalRefs = ExternalRef[];
/**
 * One record. Its `type` chooses the schema it is validated against. A record whose `revoked` is true may instead be a minimal retraction, valid against `common.json#/$defs/retraction`.
 */
export type BundleRecord =
  Indicator | VictimCase | Commitment | Organization | Operation | Relationship | Sighting | Statistic | Retraction;

/**
 * A TLP marking of one part of a record, named by a JSON Pointer. It makes the part stricter than the record (the part is removed for audiences below the marking), or — only for a value whose codelist entry sets its own minimum, such as a `vulnerability` code — lower than the record, never below that minimum.
 */
export interface Marking {
  /**
   * An RFC 6901 JSON Pointer to the marked part of this record; never the whole record. The part's descendants inherit the marking unless a deeper marking names them.
   */
  pointer: string;
  tlp: Tlp;
  /**
   * Why the part is marked differently from the record, for the humans who handle it. A plain string, or (since 1.1) text by language with the original marked by `original_language`.
   */
  reason?: string | Text;
}
/**
 * Text in one or more languages, keyed by BCP 47 language tag: `{ "en": "…", "th": "…" }`. Since 1.1 the reserved key `original_language` may name, by its language tag, the entry that was written first; every other entry is then a translation of it (the validator checks that it names an entry, rule `unresolved_original_language`). Without it the text does not say which came first. Codes are never translated; titles and descriptions may be.
 */
export interface Text {
  [k: string]: string | undefined;
}
/**
 * A span of dates. Either end may be open.
 */
export interface Period {
  /**
   * First day of the period.
   */
  start_date?: string;
  /**
   * Last day of the period (inclusive).
   */
  end_date?: string;
}
/**
 * An amount of money in a national currency. The amount is a decimal string, never a float.
 */
export interface Money {
  /**
   * The amount, using no more decimal places than the currency has minor units.
   */
  amount: string;
  /**
   * The ISO 4217 currency of the amount.
   */
  currency: string;
}
/**
 * An amount of a crypto asset.
 */
export interface CryptoAmount {
  /**
   * The amount in whole units of the asset (for example 1500.25 USDT, not its base units).
   */
  amount: string;
  /**
   * The asset as a CAIP-19 asset type (`chain/namespace:reference`).
   */
  asset: string;
  /**
   * The ticker a person would recognise, for display only.
   */
  symbol?: string;
}
/**
 * An amount of money or of a crypto asset, used wherever an amount appears from 1.1 on. The amount is a decimal string, never a float, with exactly one of `currency` (money in an ISO 4217 currency) or `asset` (a CAIP-19 crypto asset); validators report a value with both or neither (`value_currency_or_asset`). A value with `currency` alone is a 1.0 `money`, so every 1.0 amount is a valid value.
 */
export interface Value {
  /**
   * The amount: in the currency's units (no more decimal places than its ISO 4217 minor units), or in whole units of the asset (1500.25 USDT, not its base units; no more decimal places than the asset has).
   */
  amount: string;
  /**
   * The ISO 4217 currency, when the value is money. Not together with `asset`.
   */
  currency?: string;
  /**
   * The CAIP-19 crypto asset, when the value is a crypto asset (for example USDT on TRON, `tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t`). Not together with `currency`. Known assets and their decimals are listed in the `crypto_asset` codelist.
   */
  asset?: string;
  fiat_equivalent?: Money;
  /**
   * When the fiat equivalent was taken (the rate of that moment or day).
   */
  valued_at?: string;
}
/**
 * A freeze or hold of funds at one institution, and what became of them: still held, released to the account holder, or returned to the victim in one go or in parts, each return with its date and the authority that made it. Used on a payment and on each hop of a transfer, so the freeze may be in another currency or asset than the loss (a THB loss frozen in AED in the UAE).
 */
export interface PaymentFreeze {
  /**
   * Where the freeze stands. `partially_returned` (from 1.1): part of the frozen funds has been returned to the victim and the rest is still held or being processed.
   */
  status:
    | 'not_requested'
    | 'requested'
    | 'pending_bank'
    | 'frozen_full'
    | 'frozen_partial'
    | 'funds_already_moved'
    | 'rejected'
    | 'expired'
    | 'released_to_owner'
    | 'partially_returned'
    | 'returned_to_victim';
  amount?: Value;
  /**
   * When the funds were frozen.
   */
  frozen_at?: string;
  /**
   * The institution that froze the funds.
   */
  by?: string;
  /**
   * The country where the funds are held, when it is not the country of the case.
   */
  jurisdiction?: string;
  /**
   * The law or order under which the funds were held. A plain string, or (since 1.1) text by language with the original marked by `original_language`.
   */
  legal_basis?: string | Text;
  /**
   * When the hold lapses unless extended.
   */
  expires_at?: string;
  /**
   * Returns of frozen funds to the victim, oldest first. They add up: the total returned is their sum, and may not exceed the amount frozen (`return_exceeds_frozen`).
   *
   * @maxItems 100
   */
  returns?: FreezeReturn[];
}
/**
 * One return of frozen funds to the victim.
 */
export interface FreezeReturn {
  amount: Value;
  /**
   * When the funds were returned (paid out to the victim).
   */
  returned_at: string;
  /**
   * The authority or institution that ordered or made the return (for example the anti-money-laundering office, a court or the holding bank).
   */
  returned_by?: string;
  /**
   * The law, order or decision under which the funds were returned: a plain string, or text by language with the original marked by `original_language`.
   */
  legal_basis?: string | Text;
  reference?: LocalRef;
}
/**
 * A reference number in one organisation's own system.
 */
export interface LocalRef {
  /**
   * What kind of reference it is, from the `local_ref_system` codelist (for example `police_report`, `hotline_ticket`, `bank_claim`).
   */
  system: string;
  /**
   * The reference as the issuing organisation writes it.
   */
  value: string;
  /**
   * The organisation that issued the reference, when it is not the record source.
   */
  issuer?: string;
}
/**
 * A reference to the same thing elsewhere.
 */
export interface ExternalRef {
  /**
   * The system or publication referred to (for example `stix`, `chainabuse`, `gse`, `news`).
   */
  source_name: string;
  /**
   * The identifier in that system.
   */
  external_id?: string;
  /**
   * Where the reference can be read.
   */
  url?: string;
  /**
   * What the reference is, in a sentence.
   */
  description?: string;
}
/**
 * How information was obtained.
 */
export interface Provenance {
  /**
   * How the information was collected, from the `collection_method` codelist (for example `victim_report`, `automated_detection`, `partner_feed`).
   */
  method?: string;
  /**
   * When the information was collected.
   */
  collected_at?: string;
  /**
   * Records this one was derived from.
   *
   * @maxItems 1000
   *
   * Items: The identifier of any GPOS record: its type, two hyphens and a UUID. Records a partner creates use UUIDv7 (time-ordered).
   */
  derived_from?: string[];
  /**
   * The software or process that produced the record, with its version.
   */
  tool?: string;
}
/**
 * A keyed pseudonym of a personal value, identified by its algorithm and key id: HMAC-SHA-256 over the canonical form under a community key every partner holds (`hmac-sha256`), or, since 1.1, the RFC 9497 oblivious PRF output of the canonical form under a key only the exchange holds (`oprf-ristretto255-sha512`), which no partner can compute or reverse alone. Never a plain hash: phone numbers and account numbers can be enumerated. Pseudonyms match only when algorithm, key id and value are all equal.
 */
export interface Pseudonym {
  /**
   * The pseudonymisation algorithm, from the `pseudonym_alg` codelist: `hmac-sha256` (a community key shared by partners) or, since 1.1, `oprf-ristretto255-sha512` (RFC 9497 OPRF mode with the ristretto255-SHA512 suite, evaluated blind by the exchange that holds the key).
   */
  alg: 'hmac-sha256' | 'oprf-ristretto255-sha512';
  /**
   * The identifier of the key used: the community key for `hmac-sha256`, the exchange's OPRF key for `oprf-ristretto255-sha512` (as the exchange's evaluation answer names it). Keys rotate under new ids; pseudonyms under different key ids never match.
   */
  key_id: string;
  /**
   * The pseudonym, base64url without padding: the 32-byte HMAC output (43 characters) for `hmac-sha256`; the 64-byte OPRF output (86 characters) for `oprf-ristretto255-sha512` (since 1.1).
   */
  value: string;
}
/**
 * Someone the scammers pretended to be: a government agency, a bank, a celebrity, a relative.
 */
export interface ImpersonatedEntity {
  /**
   * What kind of entity was impersonated, from the `impersonated_entity_type` codelist.
   */
  entity_type: string;
  /**
   * The name used, as the victim saw it. A plain string, or (since 1.1) text by language with the original marked by `original_language`.
   */
  name?: string | Text;
  /**
   * The real organisation that was impersonated, when it has an identifier.
   */
  identifier?: string;
}
/**
 * Extension data keyed by a registered extension namespace (lower case, dots allowed). Each namespace has its own JSON Schema shipped with the standard; unregistered namespaces are an error.
 */
export interface Extensions {
  /**
   * The extension data, validated against the schema registered for its namespace.
   */
  [k: string]: {} | undefined;
}
/**
 * The minimal form of a revoked record: enough to name the record and withdraw it without repeating its content. A record whose `revoked` is true is valid when it matches either its own family's schema or this one (see `x-gpos-dispatch` in bundle.json). Recipients withdraw every version of the `id`.
 */
export interface Retraction {
  /**
   * The family of the record being retracted.
   */
  type: 'indicator' | 'case' | 'commitment' | 'organization' | 'operation' | 'relationship' | 'sighting' | 'statistic';
  /**
   * The id of the record being retracted; every version of it is withdrawn.
   */
  id: string;
  /**
   * The version of this standard the retraction follows.
   */
  spec_version?: string;
  /**
   * When the first version of the record was created, if the source wants to repeat it.
   */
  created?: string;
  /**
   * When the record was retracted: later than every version it withdraws.
   */
  modified: string;
  /**
   * The organisation that produced the record; only it can retract it.
   */
  source: string;
  tlp?: Tlp;
  /**
   * Always true: a minimal record is only valid as a retraction.
   */
  revoked: true;
  /**
   * Why the record was retracted, in a sentence the recipient can act on (for example "reported in error: the number belongs to a bank hotline"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.
   */
  revocation_reason?: string | Text;
}
/**
 * The envelope for exchanging records: who produced it, when, its overall marking, the records of any family, and an optional detached signature over its canonical form. Each record is validated against the schema of its own `type` (see `x-gpos-dispatch`), never against one `oneOf` of all families.
 */
export interface Bundle {
  /**
   * Always `bundle`.
   */
  type: 'bundle';
  /**
   * The identifier of this bundle. A bundle is sent once; it has no versions.
   */
  id: string;
  /**
   * The version of this standard the bundle follows.
   */
  spec_version: string;
  /**
   * When the bundle was assembled.
   */
  created: string;
  /**
   * The organisation that assembled and, if signed, signed the bundle. It may carry records from other sources.
   */
  producer: string;
  tlp: Tlp;
  description?: Text;
  /**
   * Whether the bundle stands on its own (`complete`, the default) or carries only what changed since `since` (`delta`). In a complete bundle every reference must resolve inside it; in a delta bundle a reference to a record the recipient already holds is allowed.
   */
  scope?: 'complete' | 'delta';
  /**
   * For a delta bundle: the time from which changes are included. The records are the versions modified after it; the previous delta bundle of the same feed ended at this time.
   */
  since?: string;
  /**
   * For a delta bundle: records its records refer to that it does not carry because the recipient already holds them, each named by type, id and the version meant. A reference to one of them is resolved.
   *
   * @maxItems 1000000
   */
  references?: RecordStub[];
  /**
   * The records, of any family, in any order.
   *
   * @maxItems 1000000
   */
  records: BundleRecord[];
  signature?: BundleSignature;
}
/**
 * A record named but not carried: its family, id and the `modified` of the version meant.
 */
export interface RecordStub {
  /**
   * The record family.
   */
  type: 'indicator' | 'case' | 'commitment' | 'organization' | 'operation' | 'relationship' | 'sighting' | 'statistic';
  /**
   * The record's id.
   */
  id: string;
  /**
   * The `modified` of the version the bundle's records refer to.
   */
  modified: string;
}
/**
 * A partner's statement that an observable (a URL, phone number, bank account, wallet, account…) is used for scams, with what it did in the scam, when it was seen, how sure the partner is, and what has been done about it.
 */
export interface Indicator {
  /**
   * Always `indicator`: the record family, used to choose the schema that validates the record.
   */
  type: 'indicator';
  /**
   * The record's identifier, `indicator--` followed by a UUID. Stays the same across every version of the record; a new version has the same `id` and a later `modified`.
   */
  id: string;
  /**
   * The version of this standard the record follows.
   */
  spec_version: string;
  /**
   * When the first version of the record was created by its source. Never changes between versions.
   */
  created: string;
  /**
   * When this version of the record was created. `(id, modified)` identifies one version; a later `modified` supersedes earlier ones.
   */
  modified: string;
  /**
   * The organisation that produced the record and answers for its content.
   */
  source: string;
  tlp: Tlp;
  markings?: Markings;
  pap?: Pap;
  /**
   * How confident the source is that the record is correct, from 0 (no confidence) to 100 (confirmed).
   */
  confidence?: number;
  source_reliability?: SourceReliability;
  labels?: Labels;
  local_refs?: LocalRefs;
  external_refs?: ExternalRefs;
  provenance?: Provenance;
  /**
   * True when the source retracts the record: every earlier and later version of this `id` must be treated as withdrawn. Final: a revoked record cannot be un-revoked.
   */
  revoked?: boolean;
  /**
   * Why the record was revoked, in a sentence the recipient can act on (for example "reported in error: the number belongs to a bank hotline"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.
   */
  revocation_reason?: string | Text;
  extensions?: Extensions;
  observable: Observable;
  /**
   * What the observable did in the scam.
   *
   * @maxItems 20
   *
   * Items: One role, from the `indicator_role` codelist (for example `contact_channel`, `landing_page`, `payment_destination`).
   */
  roles?: string[];
  /**
   * The kinds of scam the observable was used for, most specific first, from the `typology` codelist.
   *
   * @maxItems 20
   *
   * Items: A scam type code (for example `investment.relationship`).
   */
  typology?: string[];
  /**
   * Whom the scam pretended to be, when the observable was used to impersonate someone.
   *
   * @maxItems 20
   */
  impersonated?: ImpersonatedEntity[];
  /**
   * Techniques and tools the indicator was used with, from the `enabler` codelist (for example a phone number used for `voice_clone` calls, an ad using a `deepfake_video`). The same codelist as a case's enablers. Since 1.1.
   *
   * @maxItems 30
   *
   * Items: One enabler.
   */
  enablers?: string[];
  /**
   * Where the observable stands: reported, confirmed, active, mitigated, a false positive…
   */
  status:
    | 'reported'
    | 'suspected'
    | 'confirmed'
    | 'active'
    | 'mitigated'
    | 'expired'
    | 'false_positive'
    | 'disputed'
    | 'allowlisted';
  /**
   * Whether recipients may act on the indicator automatically (block, suspend). Defaults per kind: an IBAN is actionable, a phone number is not, because phone numbers are often hijacked or spoofed.
   */
  actionable?: boolean;
  /**
   * When the observable was first seen used in a scam.
   */
  first_seen?: string;
  /**
   * When it was last seen used in a scam.
   */
  last_seen?: string;
  /**
   * After this time recipients should stop acting on the indicator unless it is renewed (scam infrastructure rotates fast).
   */
  valid_until?: string;
  /**
   * How many reports the source received about the observable, without naming the reporters.
   */
  sighting_count?: number;
  /**
   * True when the indicator was produced by an algorithm rather than from a confirmed report.
   */
  predictive?: boolean;
  /**
   * Countries where the observable was used against victims.
   *
   * @maxItems 250
   *
   * Items: An ISO 3166-1 alpha-2 country code in upper case.
   */
  countries?: string[];
  description?: Text;
  /**
   * Takedowns, blocks and freezes requested or done.
   *
   * @maxItems 1000
   */
  actions?: IndicatorAction[];
  /**
   * Other indicators in the same scam operation (the landing page of a phone number, the wallet of a fake app). Shorthand for `relationship` records of type `linked_to`; use a relationship to say how they are related.
   *
   * @maxItems 1000
   *
   * Items: The identifier of an indicator record.
   */
  related_indicators?: string[];
}
/**
 * The thing that was seen: a phone number, URL, account or wallet. Keeps three forms: `raw` as reported, `canonical` as the versioned normaliser wrote it, and `match_keys` for matching. When the value itself may not travel, `pseudonym` replaces `raw` and `canonical`.
 */
export interface Observable {
  /**
   * The kind of observable, which fixes its canonical form and its normaliser.
   */
  kind:
    | 'url'
    | 'hostname'
    | 'domain'
    | 'ip_address'
    | 'email_address'
    | 'phone_number'
    | 'sms_sender_id'
    | 'bank_account'
    | 'iban'
    | 'payment_proxy'
    | 'ewallet_account'
    | 'vasp_account'
    | 'payment_card'
    | 'crypto_address'
    | 'crypto_transaction'
    | 'social_media_account'
    | 'messaging_account'
    | 'mobile_app'
    | 'file'
    | 'message_template'
    | 'online_ad';
  /**
   * The deterministic id of the observable, derived from its kind and canonical value. Absent when only a pseudonym is shared.
   */
  id?: string;
  /**
   * The value as it was reported, possibly defanged (`hxxps://bad[.]example`). Kept for audit; never used for matching.
   */
  raw?: string;
  /**
   * The value in the canonical form for its kind (E.164 phone number, lower-case A-label host, EIP-55 address, IBAN without spaces…), as produced by the normaliser named in `normalizer`.
   */
  canonical?: string;
  pseudonym?: Pseudonym;
  /**
   * Keys for matching the observable across partners.
   *
   * @maxItems 50
   */
  match_keys?: MatchKey[];
  attributes?: ObservableAttributes;
  normalizer?: Normalizer;
}
/**
 * A key peers compare to find the same observable. Keys are derived by the normaliser; keyed HMAC keys come from the SDK.
 */
export interface MatchKey {
  /**
   * What the key is.
   */
  type:
    | 'e164'
    | 'hostname'
    | 'registrable_domain'
    | 'url'
    | 'url_sanitized'
    | 'ip_address'
    | 'ip_prefix'
    | 'email'
    | 'email_domain'
    | 'sender_id'
    | 'bank_account'
    | 'iban'
    | 'payment_proxy'
    | 'ewallet_account'
    | 'vasp_account'
    | 'card_bin_last4'
    | 'chain_address'
    | 'evm_address'
    | 'transaction'
    | 'platform_account'
    | 'platform_handle'
    | 'app_package'
    | 'sha256'
    | 'template_sha256'
    | 'ad_id'
    | 'hmac_sha256';
  /**
   * The key value.
   */
  value: string;
  /**
   * For an `hmac_sha256` key: which key type was pseudonymised.
   */
  of?:
    | 'e164'
    | 'hostname'
    | 'registrable_domain'
    | 'url'
    | 'url_sanitized'
    | 'ip_address'
    | 'ip_prefix'
    | 'email'
    | 'email_domain'
    | 'sender_id'
    | 'bank_account'
    | 'iban'
    | 'payment_proxy'
    | 'ewallet_account'
    | 'vasp_account'
    | 'card_bin_last4'
    | 'chain_address'
    | 'evm_address'
    | 'transaction'
    | 'platform_account'
    | 'platform_handle'
    | 'app_package'
    | 'sha256'
    | 'template_sha256'
    | 'ad_id'
    | 'hmac_sha256';
  /**
   * For an `hmac_sha256` key: the community key id.
   */
  key_id?: string;
}
/**
 * The structured parts of the observable, as the normaliser read them. Which parts apply depends on the kind; the canonical form is built from them.
 */
export interface ObservableAttributes {
  /**
   * Country the value belongs to: of a phone number, a bank account, an SMS sender registration or a national payment scheme.
   */
  country?: string;
  /**
   * The bank or payment institution holding an account: a BIC (ISO 9362) or the national bank code.
   */
  institution_id?: string;
  /**
   * The name of the institution, for display.
   */
  institution_name?: string;
  /**
   * The account number, digits and letters only, leading zeros kept. Personal data when the holder is a person.
   */
  account_number?: string;
  /**
   * The payment scheme of a proxy or alias (for example `promptpay`, `paynow`, `upi`, `payid`, `fps_hk`).
   */
  scheme?: string;
  /**
   * The ISO 20022 ExternalProxyAccountType1Code of a payment proxy (for example `MBNO` mobile number, `NIDN` national id, `EWAL` e-wallet).
   */
  proxy_type?: string;
  /**
   * The e-wallet provider (for example `truemoney`, `gcash`, `alipay`).
   */
  provider?: string;
  /**
   * The virtual-asset service provider (crypto exchange, broker or custodial wallet) of an exchange account: the local part of its `VASP:` organisation reference, for example `binance` for `VASP:binance`.
   */
  vasp?: string;
  /**
   * The account identifier at an e-wallet provider, or the customer account id (UID) at a virtual-asset service provider.
   */
  account_id?: string;
  /**
   * The issuer identification number: the first 6 to 8 digits of a payment card.
   */
  bin?: string;
  /**
   * The last four digits of a payment card. The full card number is never shared.
   */
  last4?: string;
  /**
   * The card network (for example `visa`, `mastercard`, `unionpay`).
   */
  card_network?: string;
  /**
   * Country of the card issuer.
   */
  issuer_country?: string;
  /**
   * The blockchain as a CAIP-2 chain id (`namespace:reference`).
   */
  chain_id?: string;
  /**
   * The crypto address in its canonical form for the chain.
   */
  address?: string;
  /**
   * A destination tag or memo that routes funds to one customer of a custodial address.
   */
  memo?: string;
  /**
   * The exchange or custodian that controls the address, where known: freezes happen there.
   */
  custodian?: string;
  /**
   * The asset most seen at the address, as a CAIP-19 asset type or ticker.
   */
  asset?: string;
  /**
   * A transaction hash in the canonical form for the chain.
   */
  tx_hash?: string;
  /**
   * The platform of an account, app store or ad, from the `platform` codelist.
   */
  platform?: string;
  /**
   * The platform's stable identifier for the account (preferred over the handle, which can be renamed).
   */
  platform_user_id?: string;
  /**
   * The account handle without a leading @, as displayed.
   */
  handle?: string;
  /**
   * The Android package name or iOS bundle id of a mobile app.
   */
  package_name?: string;
  /**
   * The mobile operating system of an app.
   */
  app_platform?: 'android' | 'ios' | 'other';
  /**
   * The type of a phone number as libphonenumber reports it (for example `MOBILE`, `FIXED_LINE`, `VOIP`, `TOLL_FREE`).
   */
  number_type?: string;
  /**
   * An SMS sender id as displayed.
   */
  sender?: string;
  /**
   * True when the registrable domain sits under a private Public Suffix List entry (for example `azurewebsites.net`), so only the tenant, never the platform, is meant.
   */
  is_private_suffix?: boolean;
  /**
   * A human-friendly form for display only (for example the Unicode form of an internationalised domain).
   */
  display?: string;
  /**
   * A port number, needed to identify a subscriber behind carrier-grade NAT.
   */
  port?: number;
  /**
   * The platform's identifier of an ad.
   */
  ad_id?: string;
  /**
   * True when the normaliser recognised the syntax but has no checksum or registry to verify the value.
   */
  unverified?: boolean;
}
/**
 * The normaliser that produced `canonical` and `match_keys`, so peers can re-derive them.
 */
export interface Normalizer {
  /**
   * The normaliser (for example `@gpos/normalize`).
   */
  name: string;
  /**
   * Its semantic version.
   */
  version: string;
}
/**
 * Something a partner did, or was asked to do, about the observable: a takedown, a block, a freeze.
 */
export interface IndicatorAction {
  /**
   * The identifier of the request that asked for the action: the same `request_id` as its `takedown.requested` exchange event and the `takedown.outcome` answer (from 1.1).
   */
  request_id?: string;
  /**
   * What was done, from the `action_type` codelist (for example `site_taken_down`, `number_blocked`, `bank_account_frozen`).
   */
  type: string;
  /**
   * Where the action stands: requested, done, partially done, refused or failed.
   */
  outcome: 'requested' | 'done' | 'partial' | 'refused' | 'failed';
  /**
   * Why the action ended as it did, from the `takedown_outcome_reason` codelist: `actioned`, or the reason it was refused or failed (`court_order_required`, `no_policy_violation`, `not_found`…) (from 1.1).
   */
  outcome_reason?: string;
  /**
   * The organisation that took (or was asked to take) the action.
   */
  actor: string;
  /**
   * The organisation that asked for the action, when it is not the actor.
   */
  requested_by?: string;
  /**
   * When the action was requested.
   */
  requested_at?: string;
  /**
   * When the requester needs an answer by, as the request said (a legal deadline or the time before funds move on) (from 1.1).
   */
  respond_by?: string;
  /**
   * When the action took effect (or was refused).
   */
  at?: string;
  amount?: Value;
  /**
   * The law, order or policy under which the action was taken (for example "Emergency Decree on Measures for Prevention and Suppression of Technology Crimes B.E. 2566, s. 6"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.
   */
  legal_basis?: string | Text;
  reference?: LocalRef;
  /**
   * Anything the recipient needs to know about the action. A plain string, or (since 1.1) text by language with the original marked by `original_language`.
   */
  note?: string | Text;
  appeal?: ActionAppeal;
  reversal?: ActionReversal;
}
/**
 * An appeal against the outcome: the requester asks again (with a court order, more evidence), or the account holder contests the action (from 1.1).
 */
export interface ActionAppeal {
  /**
   * When the appeal was lodged.
   */
  appealed_at: string;
  /**
   * The organisation that appealed, when it is not the requester.
   */
  by?: string;
  /**
   * What the appeal adds, from the `appeal_grounds` codelist (for example `court_order_obtained`, `new_evidence`, `holder_contests`).
   */
  grounds?: string;
  /**
   * Where the appeal stands: `pending`, `upheld` (the first outcome stands), or `overturned` (the outcome was changed, see the action's `outcome`).
   */
  status?: 'pending' | 'upheld' | 'overturned';
  /**
   * When the appeal was decided.
   */
  decided_at?: string;
  reference?: LocalRef;
  /**
   * Anything the recipient needs to know about the appeal. A plain string, or text by language with the original marked by `original_language`.
   */
  note?: string | Text;
}
/**
 * The action was undone after it took effect: a site restored, an account reinstated, funds released (from 1.1).
 */
export interface ActionReversal {
  /**
   * When the action was undone.
   */
  reversed_at: string;
  /**
   * The organisation that undid it, when it is not the actor.
   */
  by?: string;
  /**
   * Why it was undone, from the `takedown_outcome_reason` codelist (for example `false_positive`, `appeal_overturned`, `court_order_lifted`).
   */
  reason?: string;
  /**
   * Anything the recipient needs to know about the reversal. A plain string, or text by language with the original marked by `original_language`.
   */
  note?: string | Text;
}
/**
 * A victim case: one scam as reported by or for a victim, with how and when it happened, how the money moved, what was frozen, recovered and returned, and who the case was referred to. The victim appears only as a keyed pseudonym and coarse facts.
 */
export interface VictimCase {
  /**
   * Always `case`: the record family, used to choose the schema that validates the record.
   */
  type: 'case';
  /**
   * The record's identifier, `case--` followed by a UUID. Stays the same across every version of the record; a new version has the same `id` and a later `modified`.
   */
  id: string;
  /**
   * The version of this standard the record follows.
   */
  spec_version: string;
  /**
   * When the first version of the record was created by its source. Never changes between versions.
   */
  created: string;
  /**
   * When this version of the record was created. `(id, modified)` identifies one version; a later `modified` supersedes earlier ones.
   */
  modified: string;
  /**
   * The organisation that produced the record and answers for its content.
   */
  source: string;
  tlp: Tlp;
  markings?: Markings;
  pap?: Pap;
  /**
   * How confident the source is that the record is correct, from 0 (no confidence) to 100 (confirmed).
   */
  confidence?: number;
  labels?: Labels;
  local_refs?: LocalRefs;
  external_refs?: ExternalRefs;
  provenance?: Provenance;
  /**
   * True when the source retracts the record: every earlier and later version of this `id` must be treated as withdrawn. Final: a revoked record cannot be un-revoked.
   */
  revoked?: boolean;
  /**
   * Why the record was revoked, in a sentence the recipient can act on (for example "reported in error: the number belongs to a bank hotline"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.
   */
  revocation_reason?: string | Text;
  extensions?: Extensions;
  intake: CaseIntake;
  victim?: Victim;
  /**
   * The main kind of scam, from the `typology` codelist (most specific code known, for example `investment.relationship`).
   */
  scam_type: string;
  /**
   * Other kinds of scam in the same case (a romance that turned into an investment scam).
   *
   * @maxItems 20
   *
   * Items: A scam type code.
   */
  secondary_scam_types?: string[];
  /**
   * How the scammers reached the victim, in order of first use.
   *
   * @maxItems 50
   */
  contact_channels?: ContactChannel[];
  /**
   * Whom the scammers pretended to be.
   *
   * @maxItems 20
   */
  impersonated?: ImpersonatedEntity[];
  /**
   * Techniques and tools that made the scam work, from the `enabler` codelist (for example `deepfake_video`, `voice_clone`, `remote_access_tool`).
   *
   * @maxItems 30
   *
   * Items: One enabler.
   */
  enablers?: string[];
  timeline?: CaseTimeline;
  /**
   * The transfers the victim made, one per payment.
   *
   * @maxItems 1000
   */
  payments?: Payment[];
  /**
   * How the money moved on after the victim paid, hop by hop (from 1.1): from a mule account to the next, to an exchange account, to a wallet. Each hop names the accounts or wallets at both ends, the hop it forwards money from, what was sent and what arrived, and any freeze at that hop. A hop without `parent` starts a chain, usually at the account the victim paid.
   *
   * @maxItems 1000
   */
  transfers?: Transfer[];
  loss?: LossSummary;
  /**
   * Where the case stands.
   */
  status:
    | 'received'
    | 'triaged'
    | 'freeze_in_progress'
    | 'under_investigation'
    | 'referred'
    | 'action_taken'
    | 'closed_resolved'
    | 'closed_no_further_action'
    | 'closed_duplicate'
    | 'closed_unfounded'
    | 'closed_withdrawn';
  /**
   * Referrals of the case between organisations, including across borders.
   *
   * @maxItems 100
   */
  referrals?: Referral[];
  /**
   * The lawful bases on which the case is shared, from the `lawful_basis` codelist.
   *
   * @minItems 1
   * @maxItems 7
   *
   * Items: One lawful basis.
   */
  lawful_basis?: (
    | 'consent'
    | 'legal_obligation'
    | 'public_task'
    | 'legitimate_interests'
    | 'vital_interests'
    | 'contract'
    | 'law_enforcement'
  )[];
  consent?: Consent;
  /**
   * Indicators linked to the case: numbers, accounts, sites and wallets the scammers used.
   *
   * @maxItems 1000
   *
   * Items: The identifier of an indicator record.
   */
  indicator_refs?: string[];
  /**
   * Other cases in the same scam operation or about the same victim. Shorthand for `relationship` records of type `linked_to`; use a relationship to say how they are related.
   *
   * @maxItems 1000
   *
   * Items: The identifier of a victim case record.
   */
  related_cases?: string[];
  /**
   * The case this one duplicates (the same victim reported through two channels).
   */
  duplicate_of?: string;
  narrative?: Narrative;
  /**
   * Evidence held by the source. Hashes travel; content stays with the source.
   *
   * @maxItems 1000
   */
  evidence?: CaseEvidence[];
}
/**
 * How and where the case reached the source.
 */
export interface CaseIntake {
  /**
   * How the report arrived, from the `intake_channel` codelist (for example `hotline` for a call to AOC 1441, `online_portal`, `bank_branch`).
   */
  channel: string;
  /**
   * When the source received the report.
   */
  received_at: string;
  /**
   * The organisation that took the report, when it is not the record source.
   */
  reporting_org?: string;
  /**
   * The country where the case was reported.
   */
  jurisdiction: string;
  /**
   * The province or state where the case was reported.
   */
  subdivision?: string;
}
/**
 * The victim, as a pseudonym and coarse facts only. Names, contact details and national id numbers never appear in a record.
 */
export interface Victim {
  key?: Pseudonym;
  /**
   * Whether the victim is a person or an organisation, and which kind.
   */
  victim_type?: 'individual' | 'micro_enterprise' | 'sme' | 'charity' | 'public_body' | 'other_org';
  /**
   * The victim's age band. Never a date of birth.
   */
  age_band?:
    | 'under_20'
    | 'age_20_29'
    | 'age_30_39'
    | 'age_40_49'
    | 'age_50_59'
    | 'age_60_69'
    | 'age_70_79'
    | 'age_80_plus'
    | 'unknown';
  /**
   * Where the victim lives, to the first-level subdivision (province or state) only.
   */
  residence?: string;
  /**
   * The country where the victim lives.
   */
  country_of_residence?: string;
  /**
   * The victim's nationality, when it matters to the case (for example foreign nationals trafficked into scam compounds).
   */
  nationality?: string;
  /**
   * Circumstances that make the victim vulnerable, from the `vulnerability` codelist. `trafficking_victim` marks a trafficked person forced into scam work. Each code is special-category personal data with its own minimum TLP in the codelist (`elderly` TLP:AMBER, `trafficking_victim` TLP:AMBER+STRICT); a code without one needs TLP:AMBER+STRICT.
   *
   * @maxItems 20
   *
   * Items: One circumstance.
   */
  vulnerability?: string[];
  /**
   * Whether the person only lost money, was also used to move it (job scams turn victims into mules), or was forced to commit the scam itself (`forced_criminality`: a trafficked person made to work in a scam compound). `forced_criminality` says the person was trafficked, so its codelist entry sets a minimum of TLP:AMBER+STRICT; the other roles carry no minimum.
   */
  role?: 'victim' | 'mule_unwitting' | 'mule_complicit' | 'victim_and_mule' | 'forced_criminality';
  protection?: VictimProtection;
  /**
   * Who made the report, relative to the victim.
   */
  reporter_relationship?: 'self' | 'family' | 'carer' | 'bank_on_behalf' | 'police' | 'other';
}
/**
 * What was done to protect a victim of trafficking or forced criminality: identification as a trafficking victim, rescue, repatriation and support. All of it is special-category personal data: the block travels at TLP:AMBER+STRICT or above.
 */
export interface VictimProtection {
  identification?: TraffickingIdentification;
  rescue?: Rescue;
  repatriation?: Repatriation;
  /**
   * Support the person received or was offered, one entry per service.
   *
   * @maxItems 50
   */
  support?: SupportService[];
}
/**
 * The person's identification as a victim of trafficking, which under the non-punishment principle shapes how every other record about them is read.
 */
export interface TraffickingIdentification {
  /**
   * How far identification has gone, from the `trafficking_identification_stage` codelist: `presumed` (indicators of trafficking seen, referral made) or `formal` (identified by the competent authority).
   */
  stage: 'presumed' | 'formal';
  /**
   * When the person was identified at this stage.
   */
  identified_at?: string;
  /**
   * The organisation that identified the person (a police anti-trafficking unit, a social-welfare ministry, an NGO with a screening mandate).
   */
  identified_by?: string;
  /**
   * The law or procedure under which the person was identified (for example a national anti-trafficking act and its national referral mechanism). A plain string, or (since 1.1) text by language with the original marked by `original_language`.
   */
  legal_basis?: string | Text;
  /**
   * What the person was forced to do, from the `typology` codelist when it was running scams (for example `investment.relationship`).
   *
   * @maxItems 20
   *
   * Items: One scam type the person was forced to run.
   */
  forced_activities?: string[];
}
/**
 * The person's rescue or release from the place where they were held.
 */
export interface Rescue {
  /**
   * When the person was rescued or released.
   */
  rescued_at?: string;
  location?: CoarsePlace;
  /**
   * The organisations that carried out or arranged the rescue.
   *
   * @minItems 1
   * @maxItems 20
   *
   * Items: An organisation, named by a scheme-prefixed identifier in the spirit of org-id.guide: the scheme (from the `org_id_scheme` codelist, upper case), a colon, and the identifier within that scheme.
   */
  by?: string[];
}
/**
 * Where the person was rescued, to the country and region only.
 */
export interface CoarsePlace {
  /**
   * The country.
   */
  country: string;
  /**
   * The province, state or region, when known.
   */
  subdivision?: string;
}
/**
 * The person's return to their own country.
 */
export interface Repatriation {
  /**
   * Where the repatriation stands, from the `repatriation_status` codelist.
   */
  status: 'not_started' | 'planned' | 'in_progress' | 'completed' | 'declined' | 'not_possible';
  /**
   * The country the person is returned to, usually their nationality.
   */
  to_country?: string;
  /**
   * When the person arrived back, once the status is `completed`.
   */
  repatriated_at?: string;
  /**
   * The organisations that assisted the return (embassies, consulates, IOM, NGOs).
   *
   * @minItems 1
   * @maxItems 20
   *
   * Items: An organisation, named by a scheme-prefixed identifier in the spirit of org-id.guide: the scheme (from the `org_id_scheme` codelist, upper case), a colon, and the identifier within that scheme.
   */
  assisted_by?: string[];
}
/**
 * One support service.
 */
export interface SupportService {
  /**
   * The service, from the `support_service` codelist (for example `shelter`, `consular`, `legal_aid`, `medical`, `psychosocial`, `reintegration`).
   */
  service: string;
  /**
   * The organisation that provided the service.
   */
  provided_by?: string;
  /**
   * When the service started.
   */
  started_at?: string;
  /**
   * When the service ended.
   */
  ended_at?: string;
}
/**
 * One channel of contact.
 */
export interface ContactChannel {
  /**
   * The channel, from the `contact_channel` codelist (for example `messaging_app`, `voice_call`, `social_ad`).
   */
  channel: string;
  /**
   * The platform, from the `platform` codelist (for example `line`, `facebook`).
   */
  platform?: string;
  /**
   * When the channel was first used.
   */
  first_at?: string;
  /**
   * Whether the scammer contacted the victim (`inbound`) or the victim contacted the scammer (`outbound`, for example after an ad).
   */
  direction?: 'inbound' | 'outbound';
  /**
   * Indicators for the accounts, numbers or sites used on this channel.
   *
   * @maxItems 100
   *
   * Items: The identifier of an indicator record.
   */
  indicator_refs?: string[];
}
/**
 * When things happened. Each is a timestamp, or a date when only the day is known. Speed is the measure that matters most: minutes from report to freeze.
 */
export interface CaseTimeline {
  /**
   * When the scammers first contacted the victim.
   */
  first_contact_at?: string;
  /**
   * When sustained grooming began (relationship and investment scams).
   */
  grooming_started_at?: string;
  /**
   * When the victim first paid.
   */
  first_payment_at?: string;
  /**
   * When the victim last paid.
   */
  last_payment_at?: string;
  /**
   * When the victim realised it was a scam.
   */
  realised_at?: string;
  /**
   * When the victim (or someone for them) first reported it to any organisation.
   */
  reported_at?: string;
  /**
   * When a freeze of the receiving accounts was first requested.
   */
  freeze_requested_at?: string;
  /**
   * When funds were first frozen.
   */
  first_freeze_at?: string;
  /**
   * When the case was closed.
   */
  closed_at?: string;
}
/**
 * One payment from the victim.
 */
export interface Payment {
  /**
   * The source's identifier for the payment within this case.
   */
  payment_ref?: string;
  /**
   * When the payment was made.
   */
  executed_at?: string;
  amount: Value;
  crypto_amount?: CryptoAmount;
  /**
   * How the money moved, from the `payment_method` codelist (for example `bank_transfer_domestic_instant`, `crypto_onchain`).
   */
  method?: string;
  /**
   * The payment rail or network, from the `payment_rail` codelist (for example `promptpay`, `swift`, `sepa_inst`, `tron`).
   */
  rail?: string;
  /**
   * The indicator for the receiving account, proxy, e-wallet or wallet.
   */
  destination_indicator_ref?: string;
  /**
   * The receiving bank, payment provider or exchange.
   */
  destination_institution?: string;
  /**
   * The payment reference (ISO 20022 end-to-end id or UETR, bank reference, or transaction hash).
   */
  transaction_ref?: string;
  recall?: PaymentRecall;
  freeze?: PaymentFreeze;
}
/**
 * A request to the sending bank to recall the payment.
 */
export interface PaymentRecall {
  /**
   * When the recall was requested.
   */
  requested_at: string;
  /**
   * The ISO 20022 cancellation reason code; `FRAD` for a fraudulently originated payment.
   */
  reason: 'FRAD' | 'UAPA' | 'DUPL' | 'CUST' | 'TECH' | 'AC03' | 'AM09';
  /**
   * The ISO 20022 message that carried the recall or its answer.
   */
  message_type?: 'camt.056' | 'camt.055' | 'camt.029' | 'pacs.004' | 'camt.110' | 'camt.111';
  /**
   * Where the recall stands.
   */
  outcome?: 'requested' | 'done' | 'partial' | 'refused' | 'failed';
}
/**
 * One hop of the money.
 */
export interface Transfer {
  /**
   * An identifier for the hop, unique within this case and stable across versions, so later hops and later versions can point to it.
   */
  id: string;
  /**
   * The `id` of the hop that brought this money into `from`; absent for the first hop of a chain. Several hops may share a parent when money was split.
   */
  parent?: string;
  from?: TransferEnd;
  to?: TransferEnd;
  /**
   * When the money left `from`.
   */
  at: string;
  /**
   * When the money reached `to`, when it is not at once (a cross-border transfer, an exchange's settlement).
   */
  received_at?: string;
  sent: Value;
  received?: Value;
  /**
   * The exchange rate applied: units of the `received` currency or asset per unit of the `sent` one (THB 100,000 sent, USDT 2,800 received: `0.028`). Needed when the two differ (`currency_mismatch`).
   */
  rate?: string;
  fee?: Value;
  /**
   * How the money moved, from the `payment_method` codelist.
   */
  method?: string;
  /**
   * The payment rail or network, from the `payment_rail` codelist (for example `promptpay`, `swift`, `sepa_inst`, `tron`).
   */
  rail?: string;
  /**
   * The reference of the hop: the bank reference, ISO 20022 UETR or end-to-end id, or the transaction hash on chain.
   */
  reference?: string;
  freeze?: PaymentFreeze;
}
/**
 * One end of a transfer: the account, wallet or exchange account, named by the indicator that reports it or, when no indicator travels with the case, by its deterministic observable id; and the institution that holds it.
 */
export interface TransferEnd {
  /**
   * The indicator for the account, proxy, e-wallet, exchange account or wallet.
   */
  indicator_ref?: string;
  /**
   * The deterministic observable id of the account or wallet, when no indicator is shared for it; partners holding the same value derive the same id.
   */
  observable_ref?: string;
  /**
   * The bank, payment provider or virtual-asset service provider holding the account (`VASP:` for an exchange).
   */
  institution?: string;
  /**
   * The country where the account is held.
   */
  country?: string;
}
/**
 * The money involved, per currency. Reimbursement (a payment provider paying the victim) is kept apart from recovery (funds traced back).
 */
export interface LossSummary {
  /**
   * Whether the victim lost money. Many reports involve none.
   */
  loss_occurred?: boolean;
  /**
   * What the victim reported losing: money, or crypto assets in their own units (from 1.1).
   *
   * @maxItems 50
   */
  reported?: Value[];
  /**
   * What the source has confirmed was lost.
   *
   * @maxItems 50
   */
  confirmed?: Value[];
  /**
   * What is frozen or held. With `accounting: cumulative`, everything frozen so far, including funds since returned or released.
   *
   * @maxItems 50
   */
  frozen?: Value[];
  /**
   * What was seized by an authority.
   *
   * @maxItems 50
   */
  seized?: Value[];
  /**
   * What was returned to the victim from recovered funds. With `accounting: cumulative`, everything returned so far; it is part of what was frozen or seized.
   *
   * @maxItems 50
   */
  returned?: Value[];
  /**
   * What a payment provider or scheme paid the victim out of its own funds.
   *
   * @maxItems 50
   */
  reimbursed?: Value[];
  /**
   * Money kept from the scammers before it left the victim's institution (a bank held the payment after a warning, a hotline stopped a transfer): not part of the loss, and never compared with it (from 1.1).
   *
   * @maxItems 50
   */
  prevented?: Value[];
  /**
   * How the frozen, seized, returned and prevented totals are kept (from 1.1). `outstanding` (the default, as in 1.0): `frozen` is what is still held, so money that was frozen then returned moves from `frozen` to `returned`, and the two together may not exceed the loss. `cumulative`: each list is a running total since the case was opened that only grows between versions; `frozen` keeps funds since returned, and `returned` may not exceed what was frozen or seized.
   */
  accounting?: 'outstanding' | 'cumulative';
  /**
   * When the totals were last brought up to date (from 1.1).
   */
  as_of?: string;
  /**
   * How far the money has come back.
   */
  recovery_status?:
    | 'none'
    | 'pending'
    | 'partially_recovered'
    | 'fully_recovered'
    | 'reimbursed_by_psp'
    | 'reimbursed_and_recovered'
    | 'not_eligible';
}
/**
 * One referral, through its life: sent, acknowledged, accepted and acted on, then completed or declined, with what the recipient did.
 */
export interface Referral {
  /**
   * The referral's identifier, chosen by the referring organisation: the same `referral_id` its `case.referred` exchange event and the recipient's `case.referral_acknowledged` carry, so records and events about one referral can be joined (from 1.1).
   */
  referral_id?: string;
  /**
   * The organisation that referred the case, when not the record source.
   */
  from?: string;
  /**
   * The organisation the case was referred to.
   */
  to: string;
  /**
   * When it was referred.
   */
  at: string;
  /**
   * How the referral travelled, from the `referral_channel` codelist (for example `egmont` between financial intelligence units, `interpol`, `mla` for mutual legal assistance, `police_to_police`, `gpos_exchange`) (from 1.1).
   */
  channel?: string;
  /**
   * Where the referral stands: `sent` → `acknowledged` → `accepted` → `acted_on` (from 1.1: the recipient has taken action, such as a freeze, and the referral is still open) → `completed`, or `declined` at any point.
   */
  status: 'sent' | 'acknowledged' | 'accepted' | 'acted_on' | 'declined' | 'completed';
  /**
   * When the recipient acknowledged it.
   */
  acknowledged_at?: string;
  /**
   * When the recipient first acted on the referral (from 1.1).
   */
  acted_on_at?: string;
  /**
   * When the recipient finished its work on the referral (from 1.1).
   */
  completed_at?: string;
  /**
   * When the recipient declined the referral (from 1.1).
   */
  declined_at?: string;
  /**
   * Why the case was referred. A plain string, or (since 1.1) text by language with the original marked by `original_language`.
   */
  reason?: string | Text;
  reference?: LocalRef;
  outcome?: ReferralOutcome;
}
/**
 * What the recipient did about the referral, as it reported back (from 1.1). Amounts are in the currency or asset the recipient holds them in; totals for the case stay in `loss`.
 */
export interface ReferralOutcome {
  /**
   * What was done, from the `action_type` codelist (for example `bank_account_frozen`, `exchange_account_frozen`, `arrest`).
   *
   * @maxItems 50
   *
   * Items: One action.
   */
  actions?: string[];
  /**
   * What the recipient froze or held.
   *
   * @maxItems 50
   */
  frozen?: Value[];
  /**
   * What the recipient seized or confiscated.
   *
   * @maxItems 50
   */
  seized?: Value[];
  /**
   * What the recipient returned to the victim.
   *
   * @maxItems 50
   */
  returned?: Value[];
  /**
   * Why the referral was declined, from the `referral_decline_reason` codelist (for example `insufficient_information`, `dual_criminality_not_met`).
   */
  decline_reason?: string;
  /**
   * What the recipient said about its work, in a few sentences. No personal data. A plain string, or text by language with the original marked by `original_language`.
   */
  note?: string | Text;
}
/**
 * The victim's consent, when consent was asked for.
 */
export interface Consent {
  /**
   * The state of consent.
   */
  status: 'granted' | 'refused' | 'withdrawn' | 'not_required' | 'unknown';
  /**
   * When consent was given.
   */
  obtained_at?: string;
  /**
   * How consent was recorded.
   */
  method?: 'verbal_recorded' | 'web_form' | 'written' | 'in_app';
  /**
   * What the victim agreed to, from the `consent_scope` codelist. Anything not listed is not agreed.
   *
   * @maxItems 8
   *
   * Items: One scope.
   */
  scopes?: (
    | 'share_with_law_enforcement'
    | 'share_with_financial_institutions'
    | 'share_with_platforms'
    | 'share_cross_border'
    | 'contact_by_law_enforcement'
    | 'contact_by_recovery_services'
    | 'include_in_statistics'
    | 'publish_indicators'
  )[];
  /**
   * When consent was withdrawn.
   */
  withdrawn_at?: string;
  /**
   * The language the consent notice was given in.
   */
  language?: string;
  /**
   * The version of the consent notice the victim saw.
   */
  notice_version?: string;
}
/**
 * The story of the case in free text. It may name people and so travels at TLP:RED unless the source marks it otherwise after redaction.
 */
export interface Narrative {
  text: Text;
  tlp?: Tlp;
}
/**
 * One piece of evidence.
 */
export interface CaseEvidence {
  /**
   * What the evidence is, from the `evidence_type` codelist.
   */
  type: string;
  /**
   * The SHA-256 of the evidence file, so a recipient can confirm a copy later.
   */
  sha256?: string;
  /**
   * Where the source keeps the file, in the source's own terms.
   */
  storage_ref?: string;
  /**
   * What the evidence shows. No personal data. A plain string, or (since 1.1) text by language with the original marked by `original_language`.
   */
  description?: string | Text;
  /**
   * When the evidence was captured.
   */
  captured_at?: string;
}
/**
 * A partner's pledge under an instrument such as the 2025 Bangkok Joint Statement of the Global Partnership Against Online Scams: what it will do, by when, how progress is measured, the evidence, and independent assessments. Progress is reported by publishing new versions of the same record.
 */
export interface Commitment {
  /**
   * Always `commitment`: the record family, used to choose the schema that validates the record.
   */
  type: 'commitment';
  /**
   * The record's identifier, `commitment--` followed by a UUID. Stays the same across every version of the record; a new version has the same `id` and a later `modified`.
   */
  id: string;
  /**
   * The version of this standard the record follows.
   */
  spec_version: string;
  /**
   * When the first version of the record was created by its source. Never changes between versions.
   */
  created: string;
  /**
   * When this version of the record was created. `(id, modified)` identifies one version; a later `modified` supersedes earlier ones.
   */
  modified: string;
  /**
   * The organisation that produced the record and answers for its content.
   */
  source: string;
  tlp: Tlp;
  markings?: Markings;
  pap?: Pap;
  /**
   * How confident the source is that the record is correct, from 0 (no confidence) to 100 (confirmed).
   */
  confidence?: number;
  labels?: Labels;
  local_refs?: LocalRefs;
  external_refs?: ExternalRefs;
  provenance?: Provenance;
  /**
   * True when the source retracts the record: every earlier and later version of this `id` must be treated as withdrawn. Final: a revoked record cannot be un-revoked.
   */
  revoked?: boolean;
  /**
   * Why the record was revoked, in a sentence the recipient can act on (for example "reported in error: the number belongs to a bank hotline"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.
   */
  revocation_reason?: string | Text;
  extensions?: Extensions;
  /**
   * The instrument the commitment was made under, from the `instrument` codelist (`bangkok_joint_statement_2025` first).
   */
  instrument: string;
  title: Text;
  description?: Text;
  problem_statement?: Text;
  /**
   * The pillars of the partnership the commitment serves, from the `commitment_pillar` codelist.
   *
   * @minItems 1
   * @maxItems 10
   *
   * Items: One pillar.
   */
  pillars: string[];
  /**
   * What kind of action it is, from the `commitment_type` codelist (for example `legislative`, `operational`, `data_sharing`).
   */
  commitment_type?: string;
  /**
   * The country the commitment applies to, for a government commitment. A commitment shared by several countries lists them all in `jurisdictions` (since 1.1); `jurisdiction` may then name the lead country.
   */
  jurisdiction?: string;
  /**
   * Every country the commitment applies to, when several share it (a joint commitment under a regional framework, a bilateral freeze-and-return arrangement). Since 1.1.
   *
   * @minItems 1
   * @maxItems 250
   *
   * Items: One country.
   */
  jurisdictions?: string[];
  /**
   * The organisations involved and their roles.
   *
   * @minItems 1
   * @maxItems 100
   */
  parties: Party[];
  period?: Period;
  /**
   * Where the commitment stands in its life cycle.
   */
  status: 'planned' | 'implementing' | 'completed' | 'suspended' | 'cancelled' | 'superseded';
  status_details?: Text;
  /**
   * How far the commitment has been carried out, on the Open Government Partnership IRM completion scale, as the source reports it.
   */
  completion?: 'no_evidence_available' | 'not_started' | 'limited' | 'substantial' | 'complete';
  budget?: Value;
  /**
   * The steps the commitment will take, with due dates.
   *
   * @maxItems 200
   */
  milestones?: Milestone[];
  /**
   * Measurable indicators of progress with a baseline, targets and actuals per period.
   *
   * @maxItems 100
   */
  metrics?: Metric[];
  /**
   * Documents and data that show progress.
   *
   * @maxItems 500
   */
  evidence?: CommitmentEvidence[];
  /**
   * The source's progress reports over time, newest last.
   *
   * @maxItems 200
   */
  progress_reports?: ProgressReport[];
  /**
   * Assessments of the commitment, kept apart from self-reporting, on Open Government Partnership IRM scales.
   *
   * @maxItems 50
   */
  assessments?: Assessment[];
  /**
   * Other commitments this one relates to.
   *
   * @maxItems 100
   */
  related_commitments?: RelatedCommitment[];
}
/**
 * One party.
 */
export interface Party {
  /**
   * The organisation.
   */
  org: string;
  name?: Text;
  /**
   * Its roles, from the `party_role` codelist.
   *
   * @minItems 1
   * @maxItems 10
   *
   * Items: One role.
   */
  roles: string[];
  /**
   * The country the party acts for in this commitment, when the commitment spans several. Since 1.1.
   */
  jurisdiction?: string;
  /**
   * Where to reach the party about this commitment: its communication centres and desks, one per function. Since 1.1.
   *
   * @maxItems 20
   */
  contacts?: ContactPoint[];
}
/**
 * A functional point of contact: a desk or mailbox, never a named person, so it can be published with the commitment.
 */
export interface ContactPoint {
  /**
   * What the contact point is for, from the `contact_point_type` codelist (for example `communication_centre` for a 24/7 centre, `freeze_requests`, `mutual_legal_assistance`).
   */
  contact_type: string;
  name?: Text;
  /**
   * A functional e-mail address of the desk.
   */
  email?: string;
  /**
   * The desk's telephone number in E.164 form.
   */
  telephone?: string;
  /**
   * A web form or page for the desk.
   */
  url?: string;
  /**
   * Languages the desk works in.
   *
   * @maxItems 20
   *
   * Items: One language.
   */
  languages?: string[];
  /**
   * When the desk answers, as free text (for example "24/7" or "Mon–Fri 08:30–16:30 ICT").
   */
  hours?: string;
}
/**
 * One milestone.
 */
export interface Milestone {
  /**
   * An identifier for the milestone, unique within this commitment and stable across versions.
   */
  milestone_id: string;
  title: Text;
  /**
   * When it is due.
   */
  due_date?: string;
  /**
   * Whether it has been met.
   */
  status: 'scheduled' | 'met' | 'not_met' | 'partially_met' | 'cancelled';
  /**
   * When it was met. Required once the status is `met`.
   */
  date_met?: string;
  /**
   * Evidence that the milestone was met.
   *
   * @maxItems 100
   *
   * Items: The `evidence_id` of an item in `evidence`.
   */
  evidence_refs?: string[];
}
/**
 * One metric.
 */
export interface Metric {
  /**
   * An identifier for the metric, unique within this commitment and stable across versions.
   */
  metric_id: string;
  title: Text;
  /**
   * How the metric is measured.
   */
  measure: 'unit' | 'percentage' | 'currency' | 'ratio' | 'ordinal' | 'qualitative';
  /**
   * The unit of a `unit` metric (for example `minute`, `account`, `url`).
   */
  unit?: string;
  /**
   * The currency of a `currency` metric.
   */
  currency?: string;
  /**
   * True when a higher value is better (URLs blocked), false when lower is better (minutes to freeze).
   */
  ascending?: boolean;
  /**
   * The same metric in other frameworks (for example SDG 16.4).
   *
   * @maxItems 20
   */
  references?: MetricReference[];
  baseline?: MetricValue;
  /**
   * Targets and actuals per reporting period.
   *
   * @maxItems 100
   */
  periods?: MetricPeriod[];
}
/**
 * A reference.
 */
export interface MetricReference {
  /**
   * The framework, from the `metric_vocabulary` codelist (for example `sdg`, `gpos`).
   */
  vocabulary: string;
  /**
   * The code in that framework.
   */
  code: string;
}
/**
 * A value of a metric at a date: a number, an amount of money, words, or a combination.
 */
export interface MetricValue {
  /**
   * The numeric value, in the metric's unit. Omitted for qualitative metrics.
   */
  value?: number;
  amount?: Value;
  text?: Text;
  /**
   * The date the value refers to.
   */
  date?: string;
  /**
   * How firm the value is.
   */
  status?: 'provisional' | 'final' | 'estimated' | 'missing' | 'confidential';
}
/**
 * One reporting period.
 */
export interface MetricPeriod {
  period: Period;
  target?: MetricValue;
  actual?: MetricValue;
  /**
   * The published statistics the actual value is taken from or computed from: its evidence, which a reviewer can check figure by figure.
   *
   * @maxItems 1000
   *
   * Items: One statistic record.
   */
  statistic_refs?: string[];
}
/**
 * One piece of evidence.
 */
export interface CommitmentEvidence {
  /**
   * An identifier for the evidence item, unique within this commitment and stable across versions.
   */
  evidence_id: string;
  /**
   * What kind of document, from the `evidence_document_type` codelist.
   */
  document_type?: string;
  title: Text;
  /**
   * Where it can be read.
   */
  url?: string;
  /**
   * When it was published.
   */
  date_published?: string;
  /**
   * The languages it is written in.
   *
   * @maxItems 20
   *
   * Items: A BCP 47 language tag.
   */
  languages?: string[];
  /**
   * Where the evidence comes from, from the `evidence_source_type` codelist; an official register or verified source weighs more than a self-declaration.
   *
   * @maxItems 5
   *
   * Items: One source type.
   */
  source_types?: ('self_declaration' | 'official_register' | 'third_party' | 'primary_research' | 'verified')[];
  /**
   * The organisation that vouches for the evidence.
   */
  asserted_by?: string;
  /**
   * The part of this record the evidence supports (for example `/milestones/0`).
   */
  applies_to?: string;
}
/**
 * One progress report.
 */
export interface ProgressReport {
  /**
   * When the report was made.
   */
  reported_at: string;
  period?: Period;
  /**
   * The status at the time of the report.
   */
  status?: 'planned' | 'implementing' | 'completed' | 'suspended' | 'cancelled' | 'superseded';
  /**
   * The completion level at the time of the report.
   */
  completion?: 'no_evidence_available' | 'not_started' | 'limited' | 'substantial' | 'complete';
  summary: Text;
  /**
   * Evidence for the report.
   *
   * @maxItems 100
   *
   * Items: The `evidence_id` of an item in `evidence`.
   */
  evidence_refs?: string[];
}
/**
 * One assessment.
 */
export interface Assessment {
  /**
   * Who assessed: the partner itself, an independent reviewer or a peer.
   */
  assessment_type: 'self_assessment' | 'independent_review' | 'peer_review';
  /**
   * The assessing organisation.
   */
  assessor: string;
  /**
   * When the assessment was made.
   */
  date: string;
  /**
   * When in the commitment's life it was assessed.
   */
  stage?: 'design_review' | 'mid_term' | 'end_of_term';
  /**
   * Whether the commitment is specific enough to verify.
   */
  verifiability?: 'verifiable' | 'not_verifiable';
  /**
   * How much it could change if carried out.
   */
  potential_for_results?: 'unclear' | 'modest' | 'substantial';
  /**
   * How far it was carried out, in the assessor's view.
   */
  completion?: 'no_evidence_available' | 'not_started' | 'limited' | 'substantial' | 'complete';
  /**
   * Did it reduce harm from scams?
   */
  early_results?: 'worsened' | 'did_not_change' | 'marginal' | 'major' | 'outstanding';
  rationale?: Text;
  /**
   * Evidence the assessor relied on.
   *
   * @maxItems 100
   *
   * Items: The `evidence_id` of an item in `evidence`.
   */
  evidence_refs?: string[];
}
/**
 * A related commitment.
 */
export interface RelatedCommitment {
  /**
   * The related commitment.
   */
  ref: string;
  /**
   * How it relates.
   */
  relationship: 'supersedes' | 'part_of' | 'depends_on' | 'cross_border_counterpart';
}
/**
 * A partner or other organisation that appears in GPOS data: an anti-scam centre, a police unit, a financial intelligence unit, a bank, a platform, a telecom operator. Records elsewhere name it by its `identifier`.
 */
export interface Organization {
  /**
   * Always `organization`: the record family, used to choose the schema that validates the record.
   */
  type: 'organization';
  /**
   * The record's identifier, `organization--` followed by a UUID. Stays the same across every version of the record; a new version has the same `id` and a later `modified`.
   */
  id: string;
  /**
   * The version of this standard the record follows.
   */
  spec_version: string;
  /**
   * When the first version of the record was created by its source. Never changes between versions.
   */
  created: string;
  /**
   * When this version of the record was created. `(id, modified)` identifies one version; a later `modified` supersedes earlier ones.
   */
  modified: string;
  /**
   * The organisation that produced the record and answers for its content.
   */
  source: string;
  tlp: Tlp;
  markings?: Markings;
  pap?: Pap;
  /**
   * How confident the source is that the record is correct, from 0 (no confidence) to 100 (confirmed).
   */
  confidence?: number;
  labels?: Labels;
  local_refs?: LocalRefs;
  external_refs?: ExternalRefs;
  provenance?: Provenance;
  /**
   * True when the source retracts the record: every earlier and later version of this `id` must be treated as withdrawn. Final: a revoked record cannot be un-revoked.
   */
  revoked?: boolean;
  /**
   * Why the record was revoked, in a sentence the recipient can act on (for example "reported in error: the number belongs to a bank hotline"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.
   */
  revocation_reason?: string | Text;
  extensions?: Extensions;
  /**
   * The scheme-prefixed identifier other records use to refer to the organisation (for example `TH-GOV:aoc1441`).
   */
  identifier: string;
  /**
   * Other identifiers of the same organisation (its LEI, its company registration).
   *
   * @maxItems 20
   *
   * Items: An organisation, named by a scheme-prefixed identifier in the spirit of org-id.guide: the scheme (from the `org_id_scheme` codelist, upper case), a colon, and the identifier within that scheme.
   */
  other_identifiers?: string[];
  name: Text;
  /**
   * The short name people use (for example `AOC`).
   */
  abbreviation?: string;
  /**
   * What kind of organisation it is, from the `organization_kind` codelist.
   */
  kind: string;
  /**
   * The country where it is based; `XX` is not used: international organisations give their seat.
   */
  country: string;
  /**
   * Its roles in the partnership, from the `organization_role` codelist.
   *
   * @maxItems 10
   *
   * Items: One role.
   */
  roles?: string[];
  /**
   * The organisation it belongs to (a police bureau within a national police).
   */
  parent?: string;
  /**
   * Its public website.
   */
  website?: string;
  /**
   * Where its JSON Web Key Set is published, to verify bundles it signs.
   */
  jwks_uri?: string;
  description?: Text;
}
/**
 * A scam operation: a scam compound, a call-centre network, a money-laundering network or a recruitment network, named as investigators and victims know it, with where it works from, what it runs, its size, and who investigated or disrupted it. The wallets, numbers, domains and accounts it uses and the cases it caused are linked to it with `relationship` records.
 */
export interface Operation {
  /**
   * Always `operation`: the record family, used to choose the schema that validates the record.
   */
  type: 'operation';
  /**
   * The record's identifier, `operation--` followed by a UUID. Stays the same across every version of the record; a new version has the same `id` and a later `modified`.
   */
  id: string;
  /**
   * The version of this standard the record follows.
   */
  spec_version: string;
  /**
   * When the first version of the record was created by its source. Never changes between versions.
   */
  created: string;
  /**
   * When this version of the record was created. `(id, modified)` identifies one version; a later `modified` supersedes earlier ones.
   */
  modified: string;
  /**
   * The organisation that produced the record and answers for its content.
   */
  source: string;
  tlp: Tlp;
  markings?: Markings;
  pap?: Pap;
  /**
   * How confident the source is that the record is correct, from 0 (no confidence) to 100 (confirmed).
   */
  confidence?: number;
  source_reliability?: SourceReliability;
  labels?: Labels;
  local_refs?: LocalRefs;
  external_refs?: ExternalRefs;
  provenance?: Provenance;
  /**
   * True when the source retracts the record: every earlier and later version of this `id` must be treated as withdrawn. Final: a revoked record cannot be un-revoked.
   */
  revoked?: boolean;
  /**
   * Why the record was revoked, in a sentence the recipient can act on (for example "reported in error: the number belongs to a bank hotline"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.
   */
  revocation_reason?: string | Text;
  extensions?: Extensions;
  name: Text;
  /**
   * Other names the operation is known by, each in one or more languages: earlier names, brand names, names in other scripts.
   *
   * @maxItems 100
   */
  aliases?: Text[];
  /**
   * What kind of operation it is, from the `operation_kind` codelist (for example `scam_compound`, `call_centre`, `laundering_network`, `recruitment_network`).
   */
  kind: string;
  /**
   * Where the operation stands as far as the source knows: active, disrupted, dismantled, relocated or unknown.
   */
  status: 'active' | 'disrupted' | 'dismantled' | 'relocated' | 'unknown';
  /**
   * When the operation reached its current `status` (for example the day of the raid that dismantled it).
   */
  status_date?: string;
  description?: Text;
  /**
   * Where the operation works from: a compound, an office, the base of a network. Several places for a network that spans borders or has relocated.
   *
   * @maxItems 100
   */
  operates_from?: OperatingLocation[];
  /**
   * Countries whose residents the operation targets.
   *
   * @maxItems 250
   *
   * Items: One country targeted.
   */
  target_countries?: string[];
  /**
   * Languages the operation's scripts and sites use to reach victims.
   *
   * @maxItems 100
   *
   * Items: One language.
   */
  target_languages?: string[];
  /**
   * The kinds of scam the operation runs, most common first, from the `typology` codelist.
   *
   * @maxItems 20
   *
   * Items: A scam type code (for example `investment.relationship`).
   */
  typology?: string[];
  /**
   * How the operation reaches its victims, from the `contact_channel` codelist.
   *
   * @maxItems 20
   *
   * Items: A contact channel code (for example `messaging_app`, `phone_call`).
   */
  contact_channels?: string[];
  /**
   * When the operation was first known to be active.
   */
  first_seen?: string;
  /**
   * When the operation was last known to be active.
   */
  last_seen?: string;
  /**
   * Organisations that investigated or are investigating the operation (police, financial intelligence units, platforms' investigation teams).
   *
   * @maxItems 100
   *
   * Items: One organisation.
   */
  investigated_by?: string[];
  /**
   * Organisations that disrupted or dismantled the operation, by raids, takedowns, freezes or cutting its power, internet or telecommunications.
   *
   * @maxItems 100
   *
   * Items: One organisation.
   */
  disrupted_by?: string[];
  /**
   * Estimates of the operation's size (workers, trafficked persons, victims, phones, accounts), each with its basis.
   *
   * @maxItems 100
   */
  size_estimates?: SizeEstimate[];
}
/**
 * A place an operation works from, no more precise than a town or district: a coarse point with its radius at most.
 */
export interface OperatingLocation {
  /**
   * The country the place is in.
   */
  country: string;
  /**
   * The ISO 3166-2 subdivision (province, state, region) the place is in.
   */
  subdivision?: string;
  /**
   * The town, district or special economic zone as it is commonly named (for example "Myawaddy", "Shwe Kokko", "Sihanoukville").
   */
  locality?: string;
  /**
   * The latitude of a coarse point (WGS 84 decimal degrees) inside the area. Round to two decimals: this standard never shares a building's position.
   */
  latitude?: number;
  /**
   * The longitude of a coarse point (WGS 84 decimal degrees) inside the area. Round to two decimals.
   */
  longitude?: number;
  /**
   * How far from the point, in kilometres, the operation may be: the uncertainty of the point. At least 1 km.
   */
  radius_km?: number;
  period?: Period;
}
/**
 * An estimate of one measure of the operation's size: a single value, a range from `low` to `high`, or both, with the basis of the estimate.
 */
export interface SizeEstimate {
  /**
   * What is estimated, from the `operation_size_measure` codelist (for example `workers`, `trafficked_persons`, `victims`, `phone_numbers`).
   */
  measure: string;
  /**
   * The best single estimate.
   */
  value?: number;
  /**
   * The low end of the estimated range.
   */
  low?: number;
  /**
   * The high end of the estimated range; at least `low`.
   */
  high?: number;
  /**
   * The date the estimate refers to.
   */
  as_of?: string;
  /**
   * What the estimate rests on, in a sentence (for example "satellite imagery of dormitory blocks", "count of persons rescued in the March raid", "testimony of escaped workers"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.
   */
  basis?: string | Text;
  /**
   * The organisation that made the estimate, when it is not the record source.
   */
  estimated_by?: string;
}
/**
 * A typed link between two records: this wallet is controlled by this operation, this domain was registered by the same actor as that one, this case is attributed to this operation, this mule account received funds from that one. The types, their inverses and the families they may connect are the closed `relationship_type` codelist. The untyped lists of 1.0 (`related_indicators`, `related_cases`) remain valid and mean `linked_to`.
 */
export interface Relationship {
  /**
   * Always `relationship`: the record family, used to choose the schema that validates the record.
   */
  type: 'relationship';
  /**
   * The record's identifier, `relationship--` followed by a UUID. Stays the same across every version of the record; a new version has the same `id` and a later `modified`.
   */
  id: string;
  /**
   * The version of this standard the record follows.
   */
  spec_version: string;
  /**
   * When the first version of the record was created by its source. Never changes between versions.
   */
  created: string;
  /**
   * When this version of the record was created. `(id, modified)` identifies one version; a later `modified` supersedes earlier ones.
   */
  modified: string;
  /**
   * The organisation that produced the record and answers for its content.
   */
  source: string;
  tlp: Tlp;
  markings?: Markings;
  pap?: Pap;
  /**
   * How confident the source is that the record is correct, from 0 (no confidence) to 100 (confirmed).
   */
  confidence?: number;
  source_reliability?: SourceReliability;
  labels?: Labels;
  local_refs?: LocalRefs;
  external_refs?: ExternalRefs;
  provenance?: Provenance;
  /**
   * True when the source retracts the record: every earlier and later version of this `id` must be treated as withdrawn. Final: a revoked record cannot be un-revoked.
   */
  revoked?: boolean;
  /**
   * Why the record was revoked, in a sentence the recipient can act on (for example "reported in error: the number belongs to a bank hotline"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.
   */
  revocation_reason?: string | Text;
  extensions?: Extensions;
  /**
   * How the source record relates to the target, from the closed `relationship_type` codelist, read "source <type> target" (for example a wallet indicator `controlled_by` an operation). The codelist names the families each type may connect and its inverse.
   */
  relationship_type:
    | 'linked_to'
    | 'same_as'
    | 'controls'
    | 'controlled_by'
    | 'uses'
    | 'used_by'
    | 'operates'
    | 'operated_by'
    | 'part_of'
    | 'has_part'
    | 'attributed_to'
    | 'attribution_of'
    | 'received_funds_from'
    | 'sent_funds_to'
    | 'registered_by_same_actor'
    | 'resolves_to'
    | 'resolved_from'
    | 'redirects_to'
    | 'redirected_from'
    | 'impersonates'
    | 'impersonated_by'
    | 'investigates'
    | 'investigated_by'
    | 'derived_from'
    | 'source_of';
  /**
   * The record (or observable) the relationship starts from: the subject of the sentence "source <type> target".
   */
  source_ref: string;
  /**
   * The record (or observable) the relationship points to. Never the same as `source_ref`.
   */
  target_ref: string;
  /**
   * When the relationship began to hold, where known (for example when the wallet came under the operation's control).
   */
  start_time?: string;
  /**
   * When the relationship stopped holding; absent while it still holds.
   */
  stop_time?: string;
  description?: Text;
}
/**
 * A report that an observable was seen, and what the observer made of it: how often and from how many victims in a period, with what reported losses, and a verdict (seen, confirmed, a false positive, a spoofed genuine value, expired). It answers an indicator, or names the observable by its deterministic id.
 */
export interface Sighting {
  /**
   * Always `sighting`: the record family, used to choose the schema that validates the record.
   */
  type: 'sighting';
  /**
   * The record's identifier, `sighting--` followed by a UUID. Stays the same across every version of the record; a new version has the same `id` and a later `modified`.
   */
  id: string;
  /**
   * The version of this standard the record follows.
   */
  spec_version: string;
  /**
   * When the first version of the record was created by its source. Never changes between versions.
   */
  created: string;
  /**
   * When this version of the record was created. `(id, modified)` identifies one version; a later `modified` supersedes earlier ones.
   */
  modified: string;
  /**
   * The organisation that produced the record and answers for its content.
   */
  source: string;
  tlp: Tlp;
  markings?: Markings;
  pap?: Pap;
  /**
   * How confident the source is that the record is correct, from 0 (no confidence) to 100 (confirmed).
   */
  confidence?: number;
  source_reliability?: SourceReliability;
  labels?: Labels;
  local_refs?: LocalRefs;
  external_refs?: ExternalRefs;
  provenance?: Provenance;
  /**
   * True when the source retracts the record: every earlier and later version of this `id` must be treated as withdrawn. Final: a revoked record cannot be un-revoked.
   */
  revoked?: boolean;
  /**
   * Why the record was revoked, in a sentence the recipient can act on (for example "reported in error: the number belongs to a bank hotline"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.
   */
  revocation_reason?: string | Text;
  extensions?: Extensions;
  /**
   * The indicator that was seen, when the sighting answers a known indicator record. Give this, `observable_id`, or both.
   */
  indicator_ref?: string;
  /**
   * The deterministic id of the observable that was seen. A partner that holds the value but not the indicator derives it itself, so a sighting can be matched without revealing the value. Because it can be recomputed from a guessed value (a phone number, an account), it is treated as personal data: TLP:GREEN at least.
   */
  observable_id?: string;
  /**
   * The organisation that saw the observable, when it is not the record source (for example a hotline reporting what a member bank saw).
   */
  observed_by?: string;
  /**
   * The start of the period the sighting covers: when the observable was first seen in it.
   */
  first_seen?: string;
  /**
   * The end of the period the sighting covers: when the observable was last seen in it.
   */
  last_seen?: string;
  /**
   * How many times the observable was seen in the period (reports received, calls, transfers, blocked messages). At least `distinct_victims` when both are given.
   */
  count?: number;
  /**
   * How many different victims or reporters the sightings came from, counted without naming them.
   */
  distinct_victims?: number;
  reported_losses?: Value;
  /**
   * Countries where the observable was seen.
   *
   * @maxItems 250
   *
   * Items: One country.
   */
  countries?: string[];
  /**
   * What the observer concluded: `seen` (seen, not judged), `confirmed` (seen used in a scam), `false_positive` (not a scam), `spoofed` (a genuine value, such as a bank's hotline, shown by scammers who did not control it), `expired` (no longer in use).
   */
  verdict: 'seen' | 'confirmed' | 'false_positive' | 'spoofed' | 'expired';
  description?: Text;
}
/**
 * A published aggregate figure: reports received, accounts suspended, money frozen, returned or prevented, people rescued or repatriated, for a period and optionally a country, channel, typology or platform. Counts are decimal strings and money is an amount with its currency, never a float. Commitments cite statistics as the evidence of their metrics.
 */
export interface Statistic {
  /**
   * Always `statistic`: the record family, used to choose the schema that validates the record.
   */
  type: 'statistic';
  /**
   * The record's identifier, `statistic--` followed by a UUID. Stays the same across every version of the record; a new version has the same `id` and a later `modified`.
   */
  id: string;
  /**
   * The version of this standard the record follows.
   */
  spec_version: string;
  /**
   * When the first version of the record was created by its source. Never changes between versions.
   */
  created: string;
  /**
   * When this version of the record was created. `(id, modified)` identifies one version; a later `modified` supersedes earlier ones.
   */
  modified: string;
  /**
   * The organisation that produced the record and answers for its content.
   */
  source: string;
  tlp: Tlp;
  markings?: Markings;
  pap?: Pap;
  /**
   * How confident the source is that the record is correct, from 0 (no confidence) to 100 (confirmed).
   */
  confidence?: number;
  source_reliability?: SourceReliability;
  labels?: Labels;
  local_refs?: LocalRefs;
  external_refs?: ExternalRefs;
  provenance?: Provenance;
  /**
   * True when the source retracts the record: every earlier and later version of this `id` must be treated as withdrawn. Final: a revoked record cannot be un-revoked.
   */
  revoked?: boolean;
  /**
   * Why the record was revoked, in a sentence the recipient can act on (for example "reported in error: the number belongs to a bank hotline"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.
   */
  revocation_reason?: string | Text;
  extensions?: Extensions;
  /**
   * What is counted or summed, from the `statistic_measure` codelist (for example `reports_received`, `accounts_suspended`, `amount_prevented`, `persons_rescued`). The codelist's `value_kind` column says whether a measure is a count (give `value`) or money (give `amount`).
   */
  measure: string;
  title?: Text;
  /**
   * What one unit of a count is (for example `report`, `account`, `person`, `url`), singular, lower case. Not used for money: the currency is in `amount`.
   */
  unit?: string;
  /**
   * The figure for a count measure, as a decimal string (`"1250"`), never a JSON number, so no reader loses precision. Counts are whole numbers.
   */
  value?: string;
  amount?: Value;
  /**
   * True when the publisher withholds the figure (for example a small cell under `small_cell_threshold`); `value` and `amount` are then absent.
   */
  suppressed?: boolean;
  period: Period;
  dimensions?: StatisticDimensions;
  /**
   * How firm the figure is: provisional, final, estimated, missing or confidential.
   */
  status?: 'provisional' | 'final' | 'estimated' | 'missing' | 'confidential';
  /**
   * How the figure was produced, in a sentence or two (for example "reports to the 1441 hotline, de-duplicated by phone number of the reporter"). A plain string, or (since 1.1) text by language with the original marked by `original_language`.
   */
  method?: string | Text;
  /**
   * The publisher's disclosure threshold: counts from 1 up to one less than this are small cells that could identify people and must not be published at TLP:CLEAR.
   */
  small_cell_threshold?: number;
  /**
   * When the figure was published.
   */
  published?: string;
  /**
   * Where the figure was published.
   */
  url?: string;
}
/**
 * What the figure is broken down by. A statistic with no dimensions is a total.
 */
export interface StatisticDimensions {
  /**
   * The country the figure is about.
   */
  country?: string;
  /**
   * The subdivision the figure is about.
   */
  subdivision?: string;
  /**
   * The scam type the figure is about, from the `typology` codelist.
   */
  typology?: string;
  /**
   * The contact channel the figure is about, from the `contact_channel` codelist.
   */
  contact_channel?: string;
  /**
   * The payment method the figure is about, from the `payment_method` codelist.
   */
  payment_method?: string;
  /**
   * The platform the figure is about, from the `platform` codelist.
   */
  platform?: string;
  /**
   * The victims' age band the figure is about.
   */
  age_band?:
    | 'under_20'
    | 'age_20_29'
    | 'age_30_39'
    | 'age_40_49'
    | 'age_50_59'
    | 'age_60_69'
    | 'age_70_79'
    | 'age_80_plus'
    | 'unknown';
  /**
   * The operation the figure is about (for example persons rescued from one compound).
   */
  operation_ref?: string;
}
/**
 * A detached JSON Web Signature (RFC 7515, appendix F) over the RFC 8785 canonical JSON of the bundle without its `signature` member.
 */
export interface BundleSignature {
  /**
   * The detached JWS in compact form: `<protected header>..<signature>` (the payload is left out and recomputed by the verifier).
   */
  jws: string;
  /**
   * The key id in the producer's JSON Web Key Set.
   */
  kid: string;
  /**
   * The signing algorithm; only asymmetric algorithms are allowed.
   */
  alg: 'EdDSA' | 'ES256';
}
