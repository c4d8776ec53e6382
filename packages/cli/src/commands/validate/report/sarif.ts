import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../check/types.js';
import type { Report } from '../runner/report.js';
import type { RuleDoc } from '../../../shared/catalog/catalog.js';
import { cellLabel } from '../../../shared/sheets/label.js';

const level = (s: Severity, strict: boolean) => (s === 'error' ? 'error' : s === 'warning' ? (strict ? 'error' : 'warning') : 'note');

const pascal = (code: string) => code.replace(/(^|_)([a-z0-9])/g, (_, __, ch: string) => ch.toUpperCase());

function uriOf(path: string): { uri: string; uriBaseId?: string } {
  if (path === '<stdin>') return { uri: 'stdin' };
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function help(rule: RuleDoc): { text: string; markdown: string } {
  const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v, null, 2));
  const text = [rule.summary, rule.rationale, rule.wrong !== undefined ? `Wrong: ${show(rule.wrong)}` : '', rule.right !== undefined ? `Right: ${show(rule.right)}` : ''].filter(Boolean).join('\n\n');
  const markdown = [
    rule.summary,
    rule.rationale ?? '',
    rule.wrong !== undefined ? `Wrong:\n\n\`\`\`json\n${show(rule.wrong)}\n\`\`\`` : '',
    rule.right !== undefined ? `Right:\n\n\`\`\`json\n${show(rule.right)}\n\`\`\`` : '',
    `Run \`gpos explain ${rule.code}\` for more.`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return { text, markdown };
}

/** SARIF 2.1.0 (the format GitHub code scanning and most CI dashboards read). */
export function formatSarif(report: Report, catalog: readonly RuleDoc[], version: string): string {
  const rules: RuleDoc[] = [...catalog];
  const index = new Map(rules.map((r, i) => [r.code, i]));
  const artifacts: Array<{ location: { uri: string; uriBaseId?: string } }> = [];
  const results: unknown[] = [];
  for (const file of report.files) {
    const artifactIndex = artifacts.push({ location: uriOf(file.path) }) - 1;
    for (const p of file.problems) {
      let ruleIndex = index.get(p.code);
      if (ruleIndex === undefined) {
        ruleIndex = rules.push({ code: p.code, severity: p.severity, source: 'rule', title: p.code, summary: p.message }) - 1;
        index.set(p.code, ruleIndex);
      }
      const physicalLocation: Record<string, unknown> = { artifactLocation: { ...uriOf(file.path), index: artifactIndex } };
      const cell = cellLabel(p);
      // a CSV row is a line of text a viewer can show; a workbook cell is not, so it travels as a logical location
      if (p.line !== null && file.kind !== 'xlsx') physicalLocation.region = cell === undefined ? { startLine: p.line, startColumn: p.column ?? 1 } : { startLine: p.line };
      const location: Record<string, unknown> = { physicalLocation };
      const logical = [];
      if (cell !== undefined) logical.push({ fullyQualifiedName: cell, kind: 'element' });
      if (p.pointer) logical.push({ fullyQualifiedName: p.pointer, kind: 'member' });
      if (logical.length) location.logicalLocations = logical;
      const properties: Record<string, unknown> = { pointer: p.pointer };
      if (p.record) properties.record = p.record;
      if (p.sheet !== undefined) Object.assign(properties, { sheet: p.sheet, row: p.row ?? null, column_heading: p.column_heading ?? null });
      const text = cell === undefined ? p.message : `${cell}: ${p.message}`;
      results.push({ ruleId: p.code, ruleIndex, level: level(p.severity, report.strict), message: { text }, locations: [location], properties });
    }
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gpos',
            fullName: 'gpos validate (GPOS Open Scam Data Standard)',
            semanticVersion: version,
            rules: rules.map((r) => ({
              id: r.code,
              name: pascal(r.code),
              shortDescription: { text: r.title },
              fullDescription: { text: r.summary },
              help: help(r),
              defaultConfiguration: { level: level(r.severity, false) },
              properties: { tags: ['gpos', r.source] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(process.cwd()).href}/` } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
