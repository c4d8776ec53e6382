import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cell } from './reference.js';
import { REPO_ROOT, readSchemas, readSpecVersion, recordFamilies } from './sources.js';

/** One semantic rule as `@gpos/validate` describes it (`packages/validate/src/rules/index.ts`). */
export interface RuleDoc {
  code: string;
  severity: 'error' | 'warning' | 'info' | string;
  title: string;
  summary: string;
  rationale?: string;
  wrong?: unknown;
  right?: unknown;
}

export interface RulePagesResult {
  pages: Record<string, string>;
  sidebar: Array<{ text: string; link: string }>;
  problems: string[];
  available: boolean;
}

// the package's entry, not rules/index.ts: the entry wires in the codelists and the normaliser the rules read
export const RULES_MODULE = join(REPO_ROOT, 'packages', 'validate', 'src', 'index.ts');

const slug = (code: string) => code.replace(/[^A-Za-z0-9_-]+/g, '-');

const example = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value, null, 2));

/**
 * Rule pages from the validator's `rules` table. Until the table exists this returns no pages (the generator writes a
 * placeholder index), so the site builds while @gpos/validate is being written.
 */
export async function rulePages(banner: string): Promise<RulePagesResult> {
  if (!existsSync(RULES_MODULE)) return { pages: {}, sidebar: [], problems: [], available: false };
  const mod = (await import(pathToFileURL(RULES_MODULE).href)) as { rules?: unknown };
  const table = mod.rules;
  const list: RuleDoc[] = Array.isArray(table) ? (table as RuleDoc[]) : table && typeof table === 'object' ? (Object.values(table) as RuleDoc[]) : [];
  const problems: string[] = [];
  const specVersion = readSpecVersion();
  if (!list.length) problems.push('packages/validate/src/rules/index.ts exports no `rules` table');
  const pages: Record<string, string> = {};
  const sidebar: RulePagesResult['sidebar'] = [];
  for (const rule of [...list].sort((a, b) => String(a.code).localeCompare(String(b.code)))) {
    for (const key of ['code', 'severity', 'title', 'summary'] as const) if (!rule[key]) problems.push(`rule ${rule.code ?? '?'} has no ${key}`);
    problems.push(...checkRuleExamples(rule as RunnableRule, specVersion));
    const lines = ['---', `title: ${JSON.stringify(`${rule.code}: ${rule.title}`)}`, '---', '', banner, ''];
    lines.push(`# \`${rule.code}\` <span class="gpos-badge ${rule.severity}">${rule.severity}</span>`, '', `**${cell(rule.title)}**`, '', cell(rule.summary), '');
    if (rule.rationale) lines.push('## Why {#why}', '', cell(rule.rationale), '');
    if (rule.wrong !== undefined) lines.push('## Wrong {#wrong}', '', '```json fragment', example(rule.wrong), '```', '');
    if (rule.right !== undefined) lines.push('## Right {#right}', '', '```json fragment', example(rule.right), '```', '');
    pages[`rules/${slug(rule.code)}.md`] = lines.join('\n');
    sidebar.push({ text: rule.code, link: `/rules/${slug(rule.code)}` });
  }
  const index = ['---', 'title: Validation rules', '---', '', banner, '', '# Validation rules', ''];
  index.push('The semantic rules of `@gpos/validate`: what JSON Schema cannot express. Each has a stable code that appears in every report (`gpos validate --format json`), a severity, and a page.', '');
  index.push('| Code | Severity | Rule |', '| --- | --- | --- |');
  for (const rule of list) index.push(`| [\`${rule.code}\`](./${slug(rule.code)}) | ${rule.severity} | ${cell(rule.title)} |`);
  pages['rules/index.md'] = index.join('\n') + '\n';
  return { pages, sidebar, problems, available: true };
}

type Problem = { severity: string; code: string; message: string; pointer: string };
type RunnableRule = RuleDoc & {
  check?: (record: unknown, context: unknown) => Problem[];
  checkBundle?: (bundle: unknown, context: unknown) => Problem[];
};

/** The record families a typeless rule example is tried as, from bundle.json's dispatch. */
let families: string[] | undefined;
const FAMILIES = () => (families ??= recordFamilies(readSchemas()));
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Runs one rule on a documentation fragment the way the engine would (record, array or bundle), without the schema pass. */
function runRule(rule: RunnableRule, value: unknown, specVersion: string): Problem[] {
  if (typeof rule.check !== 'function') return [];
  const index = (entries: unknown[]) => {
    const ids = new Map<string, string>();
    const versions = new Map<string, number[]>();
    entries.forEach((v, i) => {
      if (!isObj(v) || typeof v.id !== 'string') return;
      ids.set(v.id, typeof v.type === 'string' ? v.type : '');
      if (typeof v.modified === 'string') versions.set(`${v.id}|${v.modified}`, [...(versions.get(`${v.id}|${v.modified}`) ?? []), i]);
    });
    return { ids, versions };
  };
  const out: Problem[] = [];
  if (Array.isArray(value)) {
    const { ids, versions } = index(value);
    value.forEach((v, i) => out.push(...rule.check!(v, { container: 'array', index: i, ids, versions, specVersion })));
  } else if (isObj(value) && value.type === 'bundle') {
    const records = Array.isArray(value.records) ? value.records : [];
    const { ids, versions } = index(records);
    const bundle = { tlp: value.tlp, spec_version: value.spec_version };
    if (rule.checkBundle) out.push(...rule.checkBundle(value, { container: 'bundle', index: -1, bundle, ids, versions, specVersion }));
    records.forEach((v, i) => out.push(...rule.check!(v, { container: 'bundle', index: i, bundle, ids, versions, specVersion })));
  } else {
    const { ids, versions } = index([value]);
    out.push(...rule.check(value, { container: 'record', index: 0, ids, versions, specVersion }));
  }
  return out.filter((p) => p.code === rule.code);
}

/**
 * A rule's examples are fragments; a fragment without `type` is tried as each record family. The "wrong" example must
 * make the rule fire and the "right" one must not, under the same family.
 */
function checkRuleExamples(rule: RunnableRule, specVersion: string): string[] {
  if (typeof rule.check !== 'function' || rule.wrong === undefined) return [];
  const variants = (v: unknown): Array<[string, unknown]> =>
    isObj(v) && v.type === undefined ? FAMILIES().map((t) => [t, { type: t, ...v }]) : [['', v]];
  try {
    const firing = variants(rule.wrong).filter(([, v]) => runRule(rule, v, specVersion).length > 0).map(([t]) => t);
    if (!firing.length) {
      // placeholders ("a code deprecated in 1.1.0") and rules that need a registered normaliser cannot fire in isolation
      console.warn(`docs: note: rule ${rule.code}: its "wrong" example does not make the rule fire on its own (placeholder or needs context)`);
      return [];
    }
    if (rule.right === undefined) return [];
    const rightFires = variants(rule.right).filter(([t]) => firing.includes(t)).some(([, v]) => runRule(rule, v, specVersion).length > 0);
    return rightFires ? [`rule ${rule.code}: its "right" example still makes the rule fire`] : [];
  } catch (e) {
    return [`rule ${rule.code}: running it on its examples threw ${(e as Error).message}`];
  }
}
