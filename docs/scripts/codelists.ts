import { cell } from './reference.js';
import type { CodelistFile } from './sources.js';

const BASE = ['code', 'title', 'description', 'source', 'deprecated'];

/** Display names for crosswalk columns; an unknown `xw_foo_bar` shows as "foo bar". */
const CROSSWALK_LABELS: Record<string, string> = {
  uk_finance: 'UK Finance',
  ukf: 'UK Finance',
  ftc: 'FTC',
  ftc_sentinel: 'FTC Sentinel',
  ic3: 'FBI IC3',
  scamwatch: 'Scamwatch',
  sw: 'Scamwatch',
  chainabuse: 'Chainabuse',
  ca: 'Chainabuse',
  th_police: 'Thai Police Online',
  thai_police: 'Thai Police Online',
  th: 'Thai Police Online',
  gse: 'Global Signal Exchange',
  stix: 'STIX 2.1',
  misp: 'MISP',
  f3: 'MITRE F3',
  mitre_f3: 'MITRE F3',
  goaml: 'goAML',
  ocds: 'OCDS',
  ogp: 'OGP',
  iso: 'ISO',
  first: 'FIRST',
  gasa: 'GASA',
};

export function crosswalkLabel(column: string): string {
  const key = column.replace(/^xw_/, '');
  if (CROSSWALK_LABELS[key]) return CROSSWALK_LABELS[key];
  // variants such as xw_uk_finance_app or xw_ftc_sentinel keep the name of the body that publishes the taxonomy
  if (/^uk_?f/.test(key)) return 'UK Finance';
  if (/^ftc/.test(key)) return 'FTC';
  if (/^ic3/.test(key)) return 'FBI IC3';
  const prefix = Object.keys(CROSSWALK_LABELS).find((k) => key.startsWith(`${k}_`));
  return prefix ? CROSSWALK_LABELS[prefix]! : key.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

export interface Usage {
  page: string;
  anchor: string;
  label: string;
}

export function codelistPage(list: CodelistFile, closed: boolean, usage: Usage[], banner: string): string {
  const crosswalks = list.columns.filter((c) => c.startsWith('xw_'));
  const extras = list.columns.filter((c) => !BASE.includes(c) && !c.startsWith('xw_'));
  const hasDeprecated = list.rows.some((r) => r.deprecated);
  const lines: string[] = [];
  lines.push('---', `title: ${JSON.stringify(`${list.title} (codelist)`)}`, 'outline: false', 'aside: false', 'pageClass: gpos-reference', '---', '', banner, '');
  lines.push(`# ${cell(list.title)} <span class="gpos-badge ${closed ? 'closed' : 'open'}">${closed ? 'closed' : 'open'} codelist</span>`, '');
  if (list.description) lines.push(cell(list.description), '');
  lines.push(
    closed
      ? `A **closed** list: a code that is not in this table is an error. The schema holds these codes as an \`enum\`, and a test keeps it equal to the CSV.`
      : `An **open** list: a code that is not in this table is accepted with a warning (\`unknown_code\`), so partners can report new patterns before the list catches up. Propose a new code as described in [Governance](../guide/governance#propose-a-code).`,
    '',
  );
  lines.push(`Source: [\`schemas/codelists/${list.name}.csv\`](/codelists/${list.name}.csv) · ${list.rows.length} codes${crosswalks.length ? ` · crosswalks to ${crosswalks.map(crosswalkLabel).join(', ')}` : ''}.`, '');
  if (usage.length) {
    lines.push('Used by: ' + usage.map((u) => `[${u.page}${u.label ? ` → \`${u.label}\`` : ''}](../reference/${u.page}#${u.anchor})`).join(' · '), '');
  }
  lines.push('## Codes {#codes}', '');
  const headers = ['Code', 'Title', 'Description', ...extras.map((c) => `\`${c}\``), ...(hasDeprecated ? ['Deprecated'] : []), ...crosswalks.map(crosswalkLabel)];
  lines.push(`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`);
  for (const row of list.rows) {
    const cells = [
      `<span id="${row.code}"></span>\`${row.code}\``,
      cell(row.title ?? ''),
      cell(row.description ?? '') + (row.source ? ` <small>Source: ${cell(row.source)}</small>` : ''),
      ...extras.map((c) => cell(row[c] ?? '')),
      ...(hasDeprecated ? [row.deprecated ? `since ${cell(row.deprecated)}` : ''] : []),
      ...crosswalks.map((c) => cell(row[c] ?? '')),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  if (crosswalks.length) {
    lines.push('', 'Crosswalks say which category of another taxonomy a code corresponds to; they are informative, and a code may map to several categories or to none (`—`).');
  }
  return lines.join('\n') + '\n';
}

/** A page for a codelist the schema names but whose CSV has not been published yet. */
export function pendingCodelistPage(name: string, closed: boolean, codes: string[] | undefined, usage: Usage[], banner: string): string {
  const lines = ['---', `title: ${JSON.stringify(`${name} (codelist)`)}`, '---', '', banner, ''];
  lines.push(`# ${name} <span class="gpos-badge ${closed ? 'closed' : 'open'}">${closed ? 'closed' : 'open'} codelist</span>`, '');
  lines.push(`::: warning The CSV for this list has not been published yet\nThe schema names \`schemas/codelists/${name}.csv\`, which is not in the repository yet. ${closed ? 'The codes below are the schema\'s `enum`.' : ''}\n:::`, '');
  if (usage.length) lines.push('Used by: ' + usage.map((u) => `[${u.page} → \`${u.label}\`](../reference/${u.page}#${u.anchor})`).join(' · '), '');
  if (codes?.length) lines.push('| Code |', '| --- |', ...codes.map((c) => `| <span id="${c}"></span>\`${c}\` |`));
  return lines.join('\n') + '\n';
}

export function codelistIndex(entries: Array<{ name: string; title: string; description: string; closed: boolean; count?: number | undefined; crosswalks: string[] }>, banner: string): string {
  const lines = ['---', 'title: Codelists', '---', '', banner, '', '# Codelists', ''];
  lines.push(
    'Every coded field takes its codes from a codelist kept as CSV in `schemas/codelists/` — reviewable diffs, as OCDS and BODS do. Codes are `snake_case`, hierarchical where useful (`investment.relationship` rolls up to `investment`), and never translated; titles may be.',
    '',
    '- **Closed** lists are an `enum` in the schema: any other code is an error.',
    '- **Open** lists accept new codes with a warning, so a new scam pattern can be reported the day it appears.',
    '',
    '| Codelist | Open or closed | Codes | Crosswalks | Description |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const e of entries) {
    lines.push(`| [${e.name}](./${e.name}) | ${e.closed ? 'closed' : 'open'} | ${e.count ?? '—'} | ${e.crosswalks.map(crosswalkLabel).join(', ')} | ${cell(e.title !== e.name ? `${e.title}. ${e.description}` : e.description)} |`);
  }
  return lines.join('\n') + '\n';
}
