import type { Args as RulesArgs } from './command.js';
import { loadCatalog } from '../../shared/catalog/catalog.js';
import { CliError } from '../../shared/errors.js';
import { type Io } from '../../shared/io.js';

export async function run({ values, positionals }: RulesArgs, io: Io): Promise<number> {
  if (positionals.length) throw CliError.usage(`gpos rules takes no arguments (did you mean: gpos explain ${positionals[0]}?)`);
  const format = values.format ?? 'text';
  const rules = await loadCatalog();
  if (format === 'json') {
    io.stdout(`${JSON.stringify(rules.map(({ code, severity, source, title, summary }) => ({ code, severity, source, title, summary })), null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rules.map((r) => r.code.length));
  const lines = rules.map((r) => `${r.code.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.summary}`);
  io.stdout(`${'code'.padEnd(width)}  severity ${''}summary\n${lines.join('\n')}\n\n${rules.length} codes. Details: gpos explain <code>\n`);
  return 0;
}
