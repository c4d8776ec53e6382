import { OprfKey, fromBase64url } from '@gpos/sdk';
import type { ExchangeServerOptions, OprfServerOptions } from './options.js';
import { OprfKeys } from './oprf-keys.js';

/**
 * The server's tunable limits and switches, declared once: `gpos serve` turns each into a `--flag`, the
 * `gpos-exchange-server` binary reads each from its environment variable, and both print the same help.
 */
export interface ServerSetting {
  /** The command-line flag, without `--`. */
  readonly flag: string;
  /** The environment variable that sets it when the flag is absent. */
  readonly env: string;
  /** What the value looks like, for help (absent for a switch). */
  readonly arg?: string;
  readonly help: string;
  /** Applies a given value to the options; throws a TypeError saying what is wrong with it. */
  apply(value: string | true, into: SettingsResult, read: (path: string) => string): void;
}

export interface SettingsResult {
  options: Partial<Mutable<ExchangeServerOptions>>;
  /** `--speaks-for`: the organisations each partner (by org) may also speak for, added to the partners file's. */
  speaksFor?: Record<string, string[]>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const SIZE = /^(\d+)\s*(k|m|g)?(i?b)?$/i;
const UNITS: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** A count of bytes: `10485760`, `10MiB`, `512k`, `2G`. */
export function parseSize(text: string, what: string): number {
  const m = SIZE.exec(text.trim());
  if (!m) throw new TypeError(`${what} must be a size in bytes such as 1048576, 512KiB, 10MiB or 2GiB, not '${text}'`);
  return Number(m[1]) * (m[2] ? UNITS[m[2].toLowerCase()]! : 1);
}

function positiveInteger(text: string, what: string): number {
  if (!/^\d{1,12}$/.test(text) || Number(text) < 1) throw new TypeError(`${what} must be a whole number above 0, not '${text}'`);
  return Number(text);
}

function seconds(text: string, what: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < 0) throw new TypeError(`${what} must be a number of seconds, not '${text}'`);
  return Math.round(n * 1000);
}

/** `N/SECONDS`: N per window of SECONDS. */
function perWindow(text: string, what: string): { n: string; windowMs: number } {
  const [n, s, ...rest] = text.split('/');
  if (n === undefined || s === undefined || rest.length > 0) throw new TypeError(`${what} must be N/SECONDS, such as 600/60, not '${text}'`);
  return { n: n.trim(), windowMs: seconds(s, what) };
}

export const SERVER_SETTINGS: readonly ServerSetting[] = [
  {
    flag: 'speaks-for',
    env: 'GPOS_SPEAKS_FOR',
    arg: 'FILE',
    help: 'a JSON object naming, for a partner org, the other organisations it may publish as: {"TH-GOV:aoc1441": ["TH-GOV:aoc1441-north"]}; the partners file\'s speaks_for does the same',
    apply(value, into, read) {
      into.speaksFor = { ...(into.speaksFor ?? {}), ...readSpeaksFor(String(value), read) };
    },
  },
  {
    flag: 'rate-limit',
    env: 'GPOS_RATE_LIMIT',
    arg: 'N/SECONDS',
    help: 'requests a partner may make per window before 429 rate_limited, counted across every server on one database (default 600/60)',
    apply(value, into) {
      const { n, windowMs } = perWindow(String(value), '--rate-limit');
      into.options.rateLimit = { requests: positiveInteger(n, '--rate-limit'), windowMs };
    },
  },
  {
    flag: 'auth-failure-limit',
    env: 'GPOS_AUTH_FAILURE_LIMIT',
    arg: 'N/SECONDS',
    help: 'failed sign-ins from one client address per window before 429 too_many_auth_failures (default 20/60)',
    apply(value, into) {
      const { n, windowMs } = perWindow(String(value), '--auth-failure-limit');
      into.options.authFailureLimit = { failures: positiveInteger(n, '--auth-failure-limit'), windowMs };
    },
  },
  {
    flag: 'publish-quota',
    env: 'GPOS_PUBLISH_QUOTA',
    arg: 'SIZE/SECONDS',
    help: 'bytes a partner may publish per window before 429 publish_quota_exceeded (default 256MiB/3600)',
    apply(value, into) {
      const { n, windowMs } = perWindow(String(value), '--publish-quota');
      into.options.publishQuota = { ...quotaOf(into), bytesPerWindow: parseSize(n, '--publish-quota'), windowMs };
    },
  },
  {
    flag: 'storage-quota',
    env: 'GPOS_STORAGE_QUOTA',
    arg: 'SIZE',
    help: 'bytes a partner may have stored in all before 507 storage_quota_exceeded (default 10GiB)',
    apply(value, into) {
      into.options.publishQuota = { ...quotaOf(into), storedBytes: parseSize(String(value), '--storage-quota') };
    },
  },
  {
    flag: 'max-body',
    env: 'GPOS_MAX_BODY',
    arg: 'SIZE',
    help: 'largest request body before 413 payload_too_large (default 10MiB)',
    apply(value, into) {
      into.options.maxBodyBytes = parseSize(String(value), '--max-body');
    },
  },
  {
    flag: 'max-records',
    env: 'GPOS_MAX_RECORDS',
    arg: 'N',
    help: 'most records in one bundle before 413 too_many_records (default 10000)',
    apply(value, into) {
      into.options.maxRecordsPerBundle = positiveInteger(String(value), '--max-records');
    },
  },
  {
    flag: 'body-timeout',
    env: 'GPOS_BODY_TIMEOUT',
    arg: 'SECONDS',
    help: 'how long a request body may take to arrive before 408 request_timeout (default 30)',
    apply(value, into) {
      into.options.bodyTimeoutMs = seconds(String(value), '--body-timeout');
    },
  },
  {
    flag: 'max-subscriptions',
    env: 'GPOS_MAX_SUBSCRIPTIONS',
    arg: 'N',
    help: 'webhook subscriptions a partner may hold (default 10)',
    apply(value, into) {
      into.options.maxSubscriptionsPerPartner = positiveInteger(String(value), '--max-subscriptions');
    },
  },
  {
    flag: 'webhook-timeout',
    env: 'GPOS_WEBHOOK_TIMEOUT',
    arg: 'SECONDS',
    help: 'how long one webhook attempt may take (default 15); a delivery is leased for twice that plus 10 s',
    apply(value, into) {
      into.options.deliveryTimeoutMs = seconds(String(value), '--webhook-timeout');
    },
  },
  {
    flag: 'webhook-schedule',
    env: 'GPOS_WEBHOOK_SCHEDULE',
    arg: 'SECONDS,…',
    help: 'delays before each webhook attempt; after the last failure the event is dead-lettered (default 0,5,300,1800,7200,18000,36000,36000)',
    apply(value, into) {
      const delays = String(value).split(',').map((s) => seconds(s, '--webhook-schedule'));
      into.options.deliverySchedule = delays;
    },
  },
  {
    flag: 'oprf-key',
    env: 'GPOS_OPRF_KEY',
    arg: 'FILE',
    help: 'the exchange\'s OPRF key file, to offer oblivious pseudonyms on /v1/oprf: {"keys": [{"key_id": "…", "secret": "<base64url of 32 random bytes>"}], "current": "…"} (gpos keygen --community writes one); older keys stay evaluable until removed',
    apply(value, into, read) {
      into.options.oprf = { ...oprfOf(into), keys: readOprfKeys(String(value), read) };
    },
  },
  {
    flag: 'oprf-quota',
    env: 'GPOS_OPRF_QUOTA',
    arg: 'N/SECONDS',
    help: 'OPRF evaluations (each one guess at a value) a partner may ask per window before 429 oprf_quota_exceeded, counted across every server on one database (default 100000/86400)',
    apply(value, into) {
      const { n, windowMs } = perWindow(String(value), '--oprf-quota');
      into.options.oprf = { ...oprfOf(into), quota: { evaluations: positiveInteger(n, '--oprf-quota'), windowMs } };
    },
  },
  {
    flag: 'oprf-max-batch',
    env: 'GPOS_OPRF_MAX_BATCH',
    arg: 'N',
    help: 'most blinded elements in one OPRF request before 413 oprf_batch_too_large (default 10000)',
    apply(value, into) {
      into.options.oprf = { ...oprfOf(into), maxBatch: positiveInteger(String(value), '--oprf-max-batch') };
    },
  },
  {
    flag: 'trust-proxy',
    env: 'GPOS_TRUST_PROXY',
    arg: 'ADDRS',
    help: 'addresses (comma-separated) of the proxies in front whose X-Forwarded-For names the client, for the sign-in failure limit',
    apply(value, into) {
      into.options.trustProxy = String(value).split(',').map((s) => s.trim()).filter(Boolean);
    },
  },
  {
    flag: 'allow-loopback-webhooks',
    env: 'GPOS_ALLOW_LOOPBACK_WEBHOOKS',
    help: 'development and tests only: let webhooks reach loopback addresses, over http too (never in production)',
    apply(value, into) {
      if (value !== true && !/^(1|true|yes)$/i.test(value)) return;
      into.options.allowLoopbackWebhooks = true;
    },
  },
];

const oprfOf = (into: SettingsResult) => (into.options.oprf ?? {}) as Partial<Mutable<OprfServerOptions>> as OprfServerOptions;

/** The OPRF keys from a key file in the community key format; the key of each id is derived from its secret seed. */
function readOprfKeys(path: string, read: (path: string) => string): OprfKeys {
  const bad = (why: string) => new TypeError(`--oprf-key: ${path} ${why}; expected {"keys": [{"key_id": "…", "secret": "<base64url>"}], "current": "…"}`);
  let value: unknown;
  try {
    value = JSON.parse(read(path));
  } catch (error) {
    throw bad(`cannot be read as JSON (${error instanceof Error ? error.message.replace(/\s+/g, ' ').slice(0, 80) : 'unreadable'})`);
  }
  const file = value as { keys?: unknown; current?: unknown } | null;
  if (file === null || typeof file !== 'object' || !Array.isArray(file.keys) || file.keys.length === 0) throw bad('has no "keys"');
  const keys = file.keys.map((entry: unknown, i) => {
    const { key_id: keyId, secret } = (entry ?? {}) as { key_id?: unknown; secret?: unknown };
    if (typeof keyId !== 'string' || typeof secret !== 'string') throw bad(`has a keys[${i}] without a "key_id" and a "secret" string`);
    let seed: Uint8Array;
    try {
      seed = fromBase64url(secret.replace(/=+$/, ''));
    } catch {
      throw bad(`has a keys[${i}] whose secret is not base64url`);
    }
    // OprfKey's messages name the key id and lengths, never the secret
    return OprfKey.derive(keyId, seed);
  });
  const current = file.current === undefined ? keys[keys.length - 1]!.keyId : file.current;
  if (typeof current !== 'string') throw bad('has a "current" that is not a key id');
  return new OprfKeys(keys, current);
}

const quotaOf = (into: SettingsResult) => into.options.publishQuota ?? { bytesPerWindow: 256 * 1024 * 1024, windowMs: 3_600_000, storedBytes: 10 * 1024 ** 3 };

/** The speaks-for mapping from a JSON file: partner org id to the org ids it speaks for, `{ "TH-GOV:aoc1441": ["TH-GOV:ccib", …] }`. */
function readSpeaksFor(path: string, read: (path: string) => string): Record<string, string[]> {
  let value: unknown;
  try {
    value = JSON.parse(read(path));
  } catch (error) {
    throw new TypeError(`--speaks-for: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new TypeError(`--speaks-for: ${path} must hold a JSON object of org → [orgs]`);
  for (const [org, list] of Object.entries(value)) {
    if (!Array.isArray(list) || !list.every((o) => typeof o === 'string')) throw new TypeError(`--speaks-for: ${path}: "${org}" must list organisation references`);
  }
  return value as Record<string, string[]>;
}

/**
 * The server options from flag values (by flag name, as node:util parseArgs gives them) with the environment for
 * those not given. Throws a TypeError naming the flag whose value is wrong.
 */
export function serverSettings(values: Readonly<Record<string, string | boolean | undefined>>, env: Readonly<Record<string, string | undefined>>, read: (path: string) => string): SettingsResult {
  const into: SettingsResult = { options: {} };
  for (const setting of SERVER_SETTINGS) {
    const given = values[setting.flag];
    const value = given !== undefined && given !== false ? given : env[setting.env] || undefined;
    if (value !== undefined) setting.apply(value, into, read);
  }
  if (into.options.oprf && !into.options.oprf.keys) throw new TypeError('--oprf-quota and --oprf-max-batch need --oprf-key: the exchange has no OPRF key to evaluate with');
  return into;
}

/** The settings as node:util parseArgs options. */
export function settingsParseArgsOptions(): Record<string, { type: 'string' | 'boolean' }> {
  return Object.fromEntries(SERVER_SETTINGS.map((s) => [s.flag, { type: s.arg ? 'string' : 'boolean' }]));
}

/** Help lines for the settings, as flags with their environment variables. */
export function settingsHelp(width = 34): string {
  return SERVER_SETTINGS.map((s) => {
    const left = `      --${s.flag}${s.arg ? ` <${s.arg.toLowerCase()}>` : ''}`;
    return `${left.padEnd(width)}${s.help} (env ${s.env})`;
  }).join('\n');
}
