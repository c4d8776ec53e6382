import type { Args as PseudonymiseArgs } from './command.js';
import { loadKeyring } from '../../shared/keys.js';
import { normaliseObservable } from '../../shared/observable.js';
import { inputsOrStdin, mapRecords, runTransform } from '../../shared/records/transform.js';
import { CliError } from '../../shared/errors.js';
import { type Io } from '../../shared/io.js';
import { regionOption } from '../normalize/run.js';

/** `gpos pseudonymise`: every indicator's observable value replaced by its keyed HMAC pseudonym under a community key. */
export async function run({ values, positionals }: PseudonymiseArgs, io: Io): Promise<number> {
  const keyFile = values['key-file'];
  if (keyFile === undefined || keyFile === '') throw CliError.usage('give the community key file: --key-file FILE');
  const region = regionOption(values['default-region']);
  if (values.output === '') throw CliError.usage('--output needs a file name');
  const inputs = inputsOrStdin(positionals, 'pseudonymise');

  const { pseudonymiseIndicator } = await import('@gpos/sdk');
  // a missing or malformed key file is a KeyFileError: status 2, its message names the file, never the secret
  const keyring = await loadKeyring(keyFile, values['key-id'], (m) => io.stderr(`gpos: warning: ${m}\n`));

  let pseudonymised = 0;
  let dropped = 0;
  let others = 0;
  const outcome = await runTransform({
    followSymlinks: values['follow-symlinks'] ?? false,
    inputs,
    output: values.output,
    io,
    transform: async (value, report) => {
      const out = await mapRecords(value, report, async (record, pointer) => {
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
        if ('skipped' in normalised) {
          const observable = record.observable;
          if (observable === undefined) return record; // nothing to protect; gpos validate reports the missing observable
          if (observable === null || typeof observable !== 'object' || !('pseudonym' in observable)) {
            dropped++;
            report({ severity: 'error', code: 'observable_without_value', pointer: `${pointer}/observable`, message: 'the observable has no value to pseudonymise (no raw, canonical or pseudonym); the indicator is left out' });
            return undefined;
          }
        }
        pseudonymised++;
        return (await pseudonymiseIndicator(record as never, keyring)) as unknown as Record<string, unknown>;
      });
      return out;
    },
  });
  if (outcome.status !== 2) {
    io.stderr(`gpos: pseudonymised ${pseudonymised} indicator${pseudonymised === 1 ? '' : 's'} under key ${keyring.currentKeyId}${dropped ? `; ${dropped} left out (listed above)` : ''}\n`);
    if (others) io.stderr(`gpos: note: ${others} record${others === 1 ? ' is' : 's are'} not indicators and passed through unchanged; use gpos redact for cases and other records\n`);
  }
  return outcome.status;
}
