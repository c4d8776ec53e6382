import type { Args as NormalizeArgs } from './command.js';
import { normaliseObservable, regionOption } from '../../shared/observable.js';
import { inputsOrStdin, mapRecords, runTransform } from '../../shared/records/transform.js';
import { CliError } from '../../shared/errors.js';
import { type Io } from '../../shared/io.js';

/** `gpos normalize`: fills every indicator's observable (canonical, match keys, attributes, normaliser, id) from its raw value. */
export async function run({ values, positionals }: NormalizeArgs, io: Io): Promise<number> {
  const region = regionOption(values['default-region']);
  if (values.output === '') throw CliError.usage('--output needs a file name');
  const inputs = inputsOrStdin(positionals, 'normalise');

  let normalised = 0;
  let failed = 0;
  const outcome = await runTransform({
    followSymlinks: values['follow-symlinks'] ?? false,
    inputs,
    output: values.output,
    io,
    transform: async (value, report) =>
      mapRecords(value, report, async (record, pointer) => {
        const result = await normaliseObservable(record, region);
        if ('failure' in result) {
          failed++;
          report({ severity: 'error', code: result.failure.code, pointer: `${pointer}${result.failure.pointer}`, message: `${result.failure.message}; the observable is written as it was` });
        } else if ('changed' in result) normalised++;
        return record;
      }),
  });
  if (outcome.status !== 2) {
    io.stderr(`gpos: normalised ${normalised} observable${normalised === 1 ? '' : 's'}${failed ? `; ${failed} could not be normalised (listed above)` : ''}\n`);
  }
  return outcome.status;
}
