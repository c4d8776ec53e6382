/**
 * The model at a glance, generated from the schemas so it cannot drift: which record families refer to which, by
 * id (`*_id`, `record_id`, `object_ref`), by organisation identifier (`org_ref`) and through typed relationships (the
 * `relationship_type` codelist's source and target types). `referencesOf` reads the references; `modelSvg` and
 * `familySvg` draw them as plain SVG (no script, nothing fetched: the site works under a strict CSP and offline);
 * `mermaidOf` writes the same graph as a Mermaid flowchart for readers who want to paste it elsewhere.
 */
import type { CsvRow, Json, JsonObject, SchemaFile } from './sources.js';

export interface Reference {
  /** the family whose records hold the field */
  readonly from: string;
  /** the field, from the record root: `payments[].destination_indicator_ref` */
  readonly field: string;
  /** a family, `observable`, or `*` for any record */
  readonly to: string;
  readonly via: 'id' | 'org' | 'relationship';
}

const ID_DEF = /(?:^|\/)\$defs\/(record_id|object_ref|observable_id|org_ref|([a-z]+)_id)$/;
const isObject = (v: Json | undefined): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Follows a `$ref` to its target within the schema set. */
function deref(ref: string, file: string, byFile: ReadonlyMap<string, JsonObject>): { node: JsonObject; file: string } | undefined {
  const [target, pointer = ''] = ref.split('#');
  const nextFile = target ? target : file;
  let node: Json | undefined = byFile.get(nextFile);
  for (const part of pointer.split('/').filter(Boolean)) node = isObject(node) ? node[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return isObject(node) ? { node, file: nextFile } : undefined;
}

/** Every reference field of the record families, in schema order. */
export function referencesOf(schemas: readonly SchemaFile[], families: readonly string[], relationshipTypes: readonly CsvRow[] = []): Reference[] {
  const byFile = new Map(schemas.map((s) => [s.file, s.schema]));
  const out: Reference[] = [];
  for (const family of families) {
    const root = byFile.get(`${family}.json`);
    if (!root) continue;
    const seen = new Set<string>();
    const walk = (node: JsonObject, file: string, path: string, depth: number): void => {
      if (depth > 14) return;
      if (typeof node.$ref === 'string') {
        const m = ID_DEF.exec(node.$ref);
        if (m) {
          const def = m[1]!;
          const to = def === 'org_ref' ? 'organization' : def === 'observable_id' ? 'observable' : def === 'record_id' || def === 'object_ref' ? '*' : m[2]!;
          const own = path === 'id' && to === family;
          const key = `${path}>${to}`;
          if (!own && families.concat('observable', '*').includes(to) && !seen.has(key)) {
            seen.add(key);
            out.push({ from: family, field: path, to, via: def === 'org_ref' ? 'org' : 'id' });
          }
          return;
        }
        const target = deref(node.$ref, file, byFile);
        if (target) walk(target.node, target.file, path, depth + 1);
        return;
      }
      if (isObject(node.properties)) for (const [key, child] of Object.entries(node.properties)) if (isObject(child)) walk(child, file, path ? `${path}.${key}` : key, depth + 1);
      if (isObject(node.items)) walk(node.items, file, `${path}[]`, depth + 1);
      for (const keyword of ['anyOf', 'oneOf', 'allOf'] as const) {
        const branches = node[keyword];
        if (Array.isArray(branches)) for (const b of branches) if (isObject(b)) walk(b, file, path, depth + 1);
      }
    };
    walk(root, `${family}.json`, '', 0);
  }
  // typed relationships: a relationship record of type T links a source of one family to a target of another
 const kept = new Set<string>();
  for (const row of relationshipTypes) {
    // a type and its inverse say the same thing from either end: draw the first listed
    if (row.inverse && row.inverse !== row.code && kept.has(row.inverse)) continue;
    kept.add(row.code ?? '');
    if (row.deprecated === 'true' || !row.source_types || !row.target_types || row.source_types === '*' || row.target_types === '*') continue;
    for (const from of row.source_types.split(/\s+/)) for (const to of row.target_types.split(/\s+/)) {
      if ((families.includes(from) || from === 'observable') && (families.includes(to) || to === 'observable')) out.push({ from, field: row.code!, to, via: 'relationship' });
    }
  }
  return out;
}

/** One line of the diagram: every reference from one family to another by one means, fields listed. */
export interface Edge {
  readonly from: string;
  readonly to: string;
  readonly via: Reference['via'];
  readonly fields: readonly string[];
}

export function edgesOf(references: readonly Reference[]): Edge[] {
  const map = new Map<string, { from: string; to: string; via: Reference['via']; fields: string[] }>();
  for (const r of references) {
    const key = `${r.from}>${r.to}>${r.via}`;
    const edge = map.get(key) ?? { from: r.from, to: r.to, via: r.via, fields: [] };
    if (!edge.fields.includes(r.field)) edge.fields.push(r.field);
    map.set(key, edge);
  }
  return [...map.values()];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const short = (fields: readonly string[], max = 2) => (fields.length <= max ? fields.join(', ') : `${fields.slice(0, max).join(', ')} +${fields.length - max}`);
const VIA_CLASS = { id: 'gpos-edge-id', org: 'gpos-edge-org', relationship: 'gpos-edge-rel' } as const;

// no <a> inside the SVG: VitePress's link prefetcher reads `pathname`, which an SVG link lacks, and throws; the pages
// list the families as ordinary links beside the diagram instead
function box(name: string, x: number, y: number, w: number, h: number, _href?: string, current = false): string {
  return `<rect x="${x - w / 2}" y="${y - h / 2}" width="${w}" height="${h}" rx="6" class="gpos-node${current ? ' gpos-node-current' : ''}"/><text x="${x}" y="${y + 5}" text-anchor="middle" class="gpos-node-label">${esc(name)}</text>`;
}

/** The families of a diagram as ordinary links, for the line under it. */
export function familyLinks(names: readonly string[], link: (name: string) => string | undefined): string {
  return names.map((n) => (link(n) ? `[${n}](${link(n)})` : n)).join(' · ');
}

const LEGEND = (y: number) =>
  `<g class="gpos-legend" transform="translate(10 ${y})"><line x1="0" y1="0" x2="28" y2="0" class="gpos-edge-id"/><text x="34" y="4">refers by record id</text><line x1="170" y1="0" x2="198" y2="0" class="gpos-edge-org"/><text x="204" y="4">names an organisation (org-id)</text><line x1="410" y1="0" x2="438" y2="0" class="gpos-edge-rel"/><text x="444" y="4">typed relationship record</text></g>`;

const ARROW = '<defs><marker id="gpos-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="gpos-arrowhead"/></marker></defs>';

/**
 * The overview: every family in a ring, one arrow per pair of families and means, labelled with its fields.
 * `link(name)` gives the page a box links to.
 */
export function modelSvg(families: readonly string[], edges: readonly Edge[], link: (name: string) => string | undefined): string {
  const nodes = [...families, 'observable'];
  const W = 760;
  const H = 620;
  const cx = W / 2;
  const cy = 290;
  const r = 230;
  const at = new Map(nodes.map((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    return [n, { x: Math.round(cx + r * Math.cos(a)), y: Math.round(cy + r * Math.sin(a) * 0.92) }];
  }));
  const parts: string[] = [];
  const drawn = edges.filter((e) => at.has(e.from) && at.has(e.to) && e.from !== e.to);
  // a pair linked both ways gets two arcs bending apart, so neither hides the other
  for (const e of drawn) {
    const a = at.get(e.from)!;
    const b = at.get(e.to)!;
    const bend = e.via === 'relationship' ? 0.28 : e.via === 'org' ? -0.18 : 0.1;
    const mx = (a.x + b.x) / 2 - (b.y - a.y) * bend;
    const my = (a.y + b.y) / 2 + (b.x - a.x) * bend;
    const end = shorten(mx, my, b.x, b.y, 26);
    const title = `${e.from} → ${e.to}: ${e.fields.join(', ')}`;
    parts.push(`<path d="M${a.x},${a.y} Q${Math.round(mx)},${Math.round(my)} ${end.x},${end.y}" class="${VIA_CLASS[e.via]}" marker-end="url(#gpos-arrow)"><title>${esc(title)}</title></path>`);
  }
  for (const n of nodes) {
    const p = at.get(n)!;
    parts.push(box(n, p.x, p.y, 118, 34, link(n)));
  }
  const anyRecord = edges.filter((e) => e.to === '*');
  const note = anyRecord.length ? `<text x="10" y="${H - 40}" class="gpos-model-note">Fields that may name a record of any family: ${esc(anyRecord.map((e) => `${e.from}.${e.fields.join(', ')}`).join('; '))}</text>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="gpos-model-title" class="gpos-model">${ARROW}<title id="gpos-model-title">How the record families refer to each other</title>${parts.join('')}${note}${LEGEND(H - 14)}</svg>`;
}

/** Where a line from (x1,y1) to (x2,y2) should stop so that its arrow ends at a box's edge. */
function shorten(x1: number, y1: number, x2: number, y2: number, by: number): { x: number; y: number } {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = Math.hypot(dx, dy) || 1;
  return { x: Math.round(x2 - (dx / len) * by), y: Math.round(y2 - (dy / len) * by) };
}

/** One family's neighbourhood: what it refers to on the right, what refers to it on the left, fields on the arrows. */
export function familySvg(family: string, edges: readonly Edge[], link: (name: string) => string | undefined): string {
  const out = edges.filter((e) => e.from === family && e.to !== family);
  const into = edges.filter((e) => e.to === family && e.from !== family);
  const rows = Math.max(out.length, into.length, 1);
  const W = 900;
  const rowH = 58;
  const H = rows * rowH + 70;
  const cx = W / 2;
  const cy = (rows * rowH) / 2 + 30;
  const parts: string[] = [];
  const side = (list: readonly Edge[], x: number, outgoing: boolean) =>
    list.forEach((e, i) => {
      const y = 30 + i * rowH + rowH / 2;
      const other = outgoing ? e.to : e.from;
      const label = other === '*' ? 'any record' : other;
      const [x1, y1, x2, y2] = outgoing ? [cx + 70, cy, x - 70, y] : [x + 70, y, cx - 70, cy];
      parts.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" class="${VIA_CLASS[e.via]}" marker-end="url(#gpos-arrow)"><title>${esc(`${e.from} → ${e.to}: ${e.fields.join(', ')}`)}</title></line>`);
      // the label sits above the box it names, clear of the arrows converging on the centre
      parts.push(`<text x="${x}" y="${y - 20}" text-anchor="middle" class="gpos-edge-label">${esc(e.via === 'relationship' ? `relationship: ${short(e.fields, 1)}` : short(e.fields, 1))}</text>`);
      parts.push(box(label, x, y, 136, 32, other === '*' ? undefined : link(other)));
    });
  side(out, W - 110, true);
  side(into, 110, false);
  parts.push(box(family, cx, cy, 136, 40, undefined, true));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(`What ${family} refers to, and what refers to it`)}" class="gpos-model gpos-model-family">${ARROW}${parts.join('')}${LEGEND(H - 12)}</svg>`;
}

/** The same graph as a Mermaid flowchart, for readers who render Mermaid elsewhere. */
export function mermaidOf(families: readonly string[], edges: readonly Edge[]): string {
  const id = (n: string) => (n === '*' ? 'any_record' : n);
  const lines = ['flowchart LR', ...[...families, 'observable'].map((f) => `  ${id(f)}[${f}]`)];
  if (edges.some((e) => e.to === '*')) lines.push('  any_record[any record]');
  for (const e of edges) lines.push(`  ${id(e.from)} ${e.via === 'id' ? '-->' : '-.->'}|${(e.via === 'relationship' ? 'relationship: ' : '') + short(e.fields, 3).replace(/\|/g, '/')}| ${id(e.to)}`);
  return lines.join('\n');
}

/** A table of every reference, for readers and for search: family, field, what it names, how. */
export function referenceTable(references: readonly Reference[], link: (name: string) => string | undefined): string {
  const name = (n: string) => (n === '*' ? 'any record' : link(n) ? `[${n}](${link(n)})` : n);
  const how = { id: 'record id', org: 'organisation identifier', relationship: 'relationship type' } as const;
  return ['| from | field | refers to | by |', '| --- | --- | --- | --- |', ...references.map((r) => `| ${name(r.from)} | \`${r.field}\` | ${name(r.to)} | ${how[r.via]} |`)].join('\n');
}
