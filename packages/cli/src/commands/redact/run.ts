import type { Args as RedactArgs } from './command.js';
import { loadKeyring } from '../../shared/keys.js';
import { inputsOrStdin, runTransform } from '../../shared/records/transform.js';
import { CliError } from '../../shared/errors.js';
import { type Io } from '../../shared/io.js';

const AUDIENCES = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
type Audience = (typeof AUDIENCES)[number];

/** `gpos redact`: a copy of the records fit for a TLP audience, by the SDK's redaction policy. */
export async function run({ values, positionals }: RedactArgs, io: Io): Promise<number> {
  const raw = values.audience?.toLowerCase().replace(/^tlp:/, '');
  if (raw === undefined) throw CliError.usage(`say who will receive the data: --audience ${AUDIENCES.join('|')}`);
  if (!(AUDIENCES as readonly string[]).includes(raw)) throw CliError.usage(`--audience must be one of ${AUDIENCES.join(', ')}, not '${values.audience}'`);
  const audience = raw as Audience;
  if (values['key-id'] !== undefined && values['key-file'] === undefined) throw CliError.usage('--key-id names a key in --key-file; give the key file too');
  if (values['key-file'] === '') throw CliError.usage('--key-file needs a file name');
  const lower = values['lower-indicators'] ?? false;
  if (lower && values['key-file'] === undefined) throw CliError.usage('--lower-indicators replaces observables by keyed pseudonyms: give the community key with --key-file');
  if (values.output === '') throw CliError.usage('--output needs a file name');
  const inputs = inputsOrStdin(positionals, 'redact');

  const { redactWithNotes } = await import('@gpos/sdk');
  let keyring: import('@gpos/sdk').Keyring | undefined;
  if (values['key-file'] !== undefined) {
    keyring = await loadKeyring(values['key-file'], values['key-id'], (m) => io.stderr(`gpos: warning: ${m}\n`));
  }

  const counts = { record_removed: 0, field_removed: 0, pseudonymised: 0, record_lowered: 0 };
  const outcome = await runTransform({
    followSymlinks: values['follow-symlinks'] ?? false,
    inputs,
    output: values.output,
    io,
    transform: async (value) => {
      const { value: redacted, notes } = await redactWithNotes(value as never, { audience, ...(keyring ? { keyring } : {}), ...(lower ? { indicatorsAbove: 'pseudonymise' as const } : {}) });
      for (const note of notes) counts[note.action]++;
      // a lone record that may not go is not written at all
      return redacted;
    },
  });
  if (outcome.status !== 2) {
    const removed = counts.record_removed;
    io.stderr(
      `gpos: redacted for TLP:${audience.toUpperCase()}: ${removed} record${removed === 1 ? '' : 's'} removed, ${counts.field_removed} field${counts.field_removed === 1 ? '' : 's'} removed, ${counts.pseudonymised} value${counts.pseudonymised === 1 ? '' : 's'} pseudonymised${lower ? `, ${counts.record_lowered} indicator${counts.record_lowered === 1 ? '' : 's'} lowered` : ''}${keyring ? '' : ' (no --key-file: indicators whose value may not go were removed)'}\n`,
    );
  }
  return outcome.status;
}
