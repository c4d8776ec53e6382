import type { Args as ExplainArgs } from './command.js';
import { loadCatalog, suggest, type RuleDoc } from '../../shared/catalog/catalog.js';
import { CliError } from '../../shared/errors.js';
import { type Io } from '../../shared/io.js';

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v, null, 2));
const indent = (s: string) => s.split('\n').map((l) => `  ${l}`).join('\n');

export function explainText(rule: RuleDoc): string {
  const out = [`${rule.code} — ${rule.title}`, '', `severity: ${rule.severity}    checked by: ${rule.source === 'rule' ? 'semantic rule' : rule.source === 'schema' ? 'JSON Schema' : rule.source === 'file' ? 'file reader' : 'validator'}`, '', rule.summary];
  if (rule.rationale) out.push('', 'Why:', indent(rule.rationale));
  if (rule.wrong !== undefined) out.push('', 'Wrong:', indent(show(rule.wrong)));
  if (rule.right !== undefined) out.push('', 'Right:', indent(show(rule.right)));
  return `${out.join('\n')}\n`;
}

export async function run({ values, positionals }: ExplainArgs, io: Io): Promise<number> {
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
