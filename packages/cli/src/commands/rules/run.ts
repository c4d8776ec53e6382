import type { Args as ExplainArgs } from '../explain/command.js';
import type { Args as RulesArgs } from './command.js';
import { loadCatalog, suggest, type RuleDoc } from '../../shared/catalog/catalog.js';
import { CliError } from '../../shared/errors.js';
import { type Io } from '../../shared/io.js';

export async function rulesCommand({ values, positionals }: RulesArgs, io: Io): Promise<number> {
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

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v, null, 2));
const indent = (s: string) => s.split('\n').map((l) => `  ${l}`).join('\n');

export function explainText(rule: RuleDoc): string {
  const out = [`${rule.code} — ${rule.title}`, '', `severity: ${rule.severity}    checked by: ${rule.source === 'rule' ? 'semantic rule' : rule.source === 'schema' ? 'JSON Schema' : rule.source === 'file' ? 'file reader' : 'validator'}`, '', rule.summary];
  if (rule.rationale) out.push('', 'Why:', indent(rule.rationale));
  if (rule.wrong !== undefined) out.push('', 'Wrong:', indent(show(rule.wrong)));
  if (rule.right !== undefined) out.push('', 'Right:', indent(show(rule.right)));
  return `${out.join('\n')}\n`;
}

export async function explainCommand({ values, positionals }: ExplainArgs, io: Io): Promise<number> {
  if (positionals.length !== 1) throw CliError.usage('give exactly one problem code, for example: gpos explain schema_enum');
  const code = positionals[0]!;
  const rules = await loadCatalog();
  const rule = rules.find((r) => r.code === code) ?? rules.find((r) => r.code === code.toLowerCase().replace(/-/g, '_'));
  if (!rule) {
    const hint = suggest(code, rules.map((r) => r.code));
    throw CliError.usage(`unknown problem code '${code}'${hint ? `; did you mean '${hint}'?` : ''} (list them with: gpos rules)`);
  }
  io.stdout(explainText(rule));
  return 0;
}
