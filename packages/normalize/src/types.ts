import type { Observable } from '@gpos/types';
import type { CountryCode } from 'libphonenumber-js';

/**
 * The indicator kinds, as the schema's `observable.kind` lists them: a kind added to the standard fails the
 * typecheck until it has a normaliser.
 */
export type ObservableKind = Observable['kind'];

/** A key peers compare to find the same observable (the schema's `MatchKey`, without keyed HMACs). */
export interface MatchKey {
  type: string;
  value: string;
}

/**
 * Context a value cannot carry on its own. Values that are already in canonical form carry it in their
 * prefix (`TH:004:0041234567`, `promptpay:MBNO:+66812345678`), so options only matter for raw input.
 */
export interface NormalizeOptions {
  /** Region for numbers written without a country code (ISO 3166-1 alpha-2), e.g. `TH` for `081-234-5678`. */
  defaultRegion?: CountryCode | undefined;
  /** Country of a bank account or SMS sender id, when it differs from `defaultRegion`. */
  country?: string | undefined;
  /** Bank code or BIC of a domestic bank account. */
  institution?: string | undefined;
  /** Payment scheme of a proxy (`payment_scheme` codelist), e.g. `promptpay`. */
  scheme?: string | undefined;
  /** ISO 20022 ExternalProxyAccountType1Code of a proxy, e.g. `MBNO`; inferred when the value shows it. */
  proxyType?: string | undefined;
  /** E-wallet provider (`ewallet_provider` codelist), e.g. `truemoney`; for an exchange account, the `VASP:` name, e.g. `binance`. */
  provider?: string | undefined;
  /** CAIP-2 chain id of a crypto address or transaction, e.g. `eip155:56`; inferred when the address shows it. */
  chain?: string | undefined;
  /** Platform of an account or ad (`platform` codelist), e.g. `telegram`. */
  platform?: string | undefined;
  /** Operating system of a mobile app: `android`, `ios` or `other`. */
  appPlatform?: string | undefined;
}

/** The parts of an observable the normaliser read: a subset of the schema's `ObservableAttributes`. */
export type ObservableAttributes = Record<string, string | boolean>;

/** Name and version of the normaliser, recorded in every indicator so peers can re-derive its output. */
export interface NormalizerInfo {
  name: '@gpos/normalize';
  version: string;
}

export interface Normalized {
  ok: true;
  kind: ObservableKind;
  raw: string;
  canonical: string;
  match_keys: MatchKey[];
  attributes: ObservableAttributes;
  normalizer: NormalizerInfo;
}

export interface NotNormalized {
  ok: false;
  kind: string;
  raw: string;
  /** A stable, machine-readable reason, e.g. `bad_checksum`, `full_card_number`, `missing_context`. */
  code: string;
  /** One sentence a data steward can act on. */
  reason: string;
}

export type NormalizeResult = Normalized | NotNormalized;

/** What a kind's normaliser returns before the common fields are added. */
export type KindResult =
  | { ok: true; canonical: string; keys: MatchKey[]; attributes?: ObservableAttributes }
  | { ok: false; code: string; reason: string };

export type KindNormalizer = (input: string, options: NormalizeOptions) => KindResult;
