import type { Args as PseudonymiseArgs } from './command.js';
import type { Pseudonym, PseudonymRequest, PseudonymSource } from '@gpos/sdk';
import { loadKeyring } from '../../shared/keys.js';
import { normaliseObservable } from '../../shared/observable.js';
import { inputsOrStdin, mapRecords, recordsIn, runTransform } from '../../shared/records/transform.js';
import { CliError } from '../../shared/errors.js';
import { type Io } from '../../shared/io.js';
import { regionOption } from '../../shared/observable.js';

/** The environment variable the partner's exchange token is read from with --oprf. */
export const EXCHANGE_TOKEN_ENV = 'GPOS_EXCHANGE_TOKEN';

/**
 * `gpos pseudonymise`: every indicator's observable value replaced by its keyed pseudonym — an HMAC under a
 * community key, or an oblivious pseudonym evaluated by the exchange (--oprf).
 */
export async function run({ values, positionals }: PseudonymiseArgs, io: Io): Promise<number> {
  const keyFile = values['key-file'];
  const oprf = values.oprf;
  if (keyFile !== undefined && oprf !== undefined) throw CliError.usage('give either --key-file (HMAC pseudonyms) or --oprf (oblivious pseudonyms), not both');
  if ((keyFile === undefined || keyFile === '') && (oprf === undefined || oprf === '')) {
    throw CliError.usage('give the community key file (--key-file FILE) or the exchange to pseudonymise through (--oprf URL)');
  }
  const region = regionOption(values['default-region']);
  if (values.output === '') throw CliError.usage('--output needs a file name');
  const inputs = inputsOrStdin(positionals, 'pseudonymise');

  const { pseudonymiseIndicator, pseudonymiseMany } = await import('@gpos/sdk');
  let source: PseudonymSource;
  let keyName: () => string;
  if (oprf !== undefined) {
    const endpoint = exchangeUrl(oprf);
    const token = process.env[EXCHANGE_TOKEN_ENV];
    if (!token) throw CliError.usage(`--oprf needs the partner's exchange token in the environment variable ${EXCHANGE_TOKEN_ENV}`);
    const { oprfEvaluator } = await import('@gpos/exchange');
    const evaluator = oprfEvaluator({ endpoint, token, ...(values['key-id'] !== undefined ? { keyId: values['key-id'] } : {}), retry: { retries: 2 } });
    // the key id is the exchange's answer: kept for the summary
    let used: string | undefined;
    source = {
      alg: evaluator.alg,
      maxBatch: evaluator.maxBatch ?? 10_000,
      evaluate: (blinded) =>
        exchangeErrors(oprf, async () => {
          const answer = await evaluator.evaluate(blinded);
          used = answer.key_id;
          return answer;
        }),
    };
    keyName = () => (used === undefined ? 'the exchange\'s key' : `the exchange's key ${used}`);
  } else {
    // a missing or malformed key file is a KeyFileError: status 2, its message names the file, never the secret
    const keyring = await loadKeyring(keyFile!, values['key-id'], (m) => io.stderr(`gpos: warning: ${m}\n`));
    source = keyring;
    keyName = () => `key ${keyring.currentKeyId}`;
  }

  // OPRF pseudonyms are made ahead, in batches of 10,000 (one request a record — or an NDJSON line — would be slow,
  // and soon over the exchange's rate limit): for files, of every value in a first reading; for standard input,
  // of each document's values before it is written
  const made = new Map<string, Pseudonym>();
  const keyOf = (kind: unknown, canonical: unknown) => JSON.stringify([kind, canonical]);
  const makeAhead = async (value: unknown, wanted: PseudonymRequest[]) => {
    for (const { record } of recordsIn(value)) {
      if (record.type !== 'indicator') continue;
      // normalising here changes nothing the second normalisation would not
      const normalised = await normaliseObservable(record, region);
      const observable = record.observable as { kind?: unknown; canonical?: unknown; pseudonym?: unknown } | undefined;
      if ('failure' in normalised || typeof observable?.kind !== 'string' || typeof observable.canonical !== 'string' || observable.pseudonym !== undefined) continue;
      if (!made.has(keyOf(observable.kind, observable.canonical))) wanted.push({ kind: observable.kind, canonical: observable.canonical });
    }
  };
  const make = async (wanted: PseudonymRequest[]) => {
    const pseudonyms = await pseudonymiseMany(source, wanted);
    wanted.forEach((w, i) => made.set(keyOf(w.kind, w.canonical), pseudonyms[i]!));
  };
  const ahead = oprf !== undefined;
  const firstReading = ahead && !inputs.includes('-');
  if (firstReading) {
    const wanted: PseudonymRequest[] = [];
    const silent: Io = { ...io, stdout: () => {}, stderr: () => {} };
    await runTransform({
      followSymlinks: values['follow-symlinks'] ?? false,
      inputs,
      output: undefined,
      io: silent,
      transform: async (value) => {
        await makeAhead(value, wanted);
        return undefined;
      },
    });
    await make(wanted);
  }

  let pseudonymised = 0;
  let dropped = 0;
  let others = 0;
  const outcome = await runTransform({
    followSymlinks: values['follow-symlinks'] ?? false,
    inputs,
    output: values.output,
    io,
    transform: async (value, report) => {
      if (ahead && !firstReading) {
        const wanted: PseudonymRequest[] = [];
        await makeAhead(structuredClone(value), wanted);
        await make(wanted);
      }
      return mapRecords(value, report, async (record, pointer) => {
        if (record.type !== 'indicator') {
          if (record.type !== 'bundle') others++;
          return record;
        }
        // the pseudonym is of the canonical value, never of the raw one: normalise first
        const normalised = await normaliseObservable(record, region);
        if ('failure' in normalised) {
          dropped++;
          report({ severity: 'error', code: normalised.failure.code, pointer: `${pointer}${normalised.failure.pointer}`, message: `${normalised.failure.message}; the indicator is left out so that its value cannot travel` });
          return undefined;
        }
        const observable = record.observable as { kind?: unknown; canonical?: unknown; pseudonym?: unknown } | null | undefined;
        if ('skipped' in normalised) {
          if (observable === undefined) return record; // nothing to protect; gpos validate reports the missing observable
          if (observable === null || typeof observable !== 'object' || !('pseudonym' in observable)) {
            dropped++;
            report({ severity: 'error', code: 'observable_without_value', pointer: `${pointer}/observable`, message: 'the observable has no value to pseudonymise (no raw, canonical or pseudonym); the indicator is left out' });
            return undefined;
          }
        }
        pseudonymised++;
        const ready = observable && observable.pseudonym === undefined ? made.get(keyOf(observable.kind, observable.canonical)) : undefined;
        const input = ready ? { ...record, observable: { ...observable, pseudonym: ready } } : record;
        return (await pseudonymiseIndicator(input as never, source)) as unknown as Record<string, unknown>;
      });
    },
  });
  if (outcome.status !== 2) {
    io.stderr(`gpos: pseudonymised ${pseudonymised} indicator${pseudonymised === 1 ? '' : 's'} under ${keyName()}${dropped ? `; ${dropped} left out (listed above)` : ''}\n`);
    if (others) io.stderr(`gpos: note: ${others} record${others === 1 ? ' is' : 's are'} not indicators and passed through unchanged; use gpos redact for cases and other records\n`);
  }
  return outcome.status;
}

/** The exchange's base URL: http(s) only. */
function exchangeUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw CliError.usage(`--oprf must be the exchange's URL, such as https://exchange.example, not '${text}'`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw CliError.usage(`--oprf must be an https URL, not '${text}'`);
  return url.href;
}

/** An exchange that refuses or cannot be reached stops the run (status 2) with its problem code, never a stack trace. */
async function exchangeErrors<T>(url: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const { ExchangeError } = await import('@gpos/exchange');
    if (error instanceof ExchangeError) throw new CliError(`the exchange at ${url} refused the OPRF evaluation (${error.code}): ${error.message}; nothing was written`);
    throw error;
  }
}
