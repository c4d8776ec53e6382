import type { Json, JsonObject, SchemaFile } from './sources.js';

export interface Section {
  anchor: string;
  heading: string;
  /** JSON Pointer of the subschema inside its file */
  pointer: string;
  description: string;
  body: string;
}

type Ref = { file: string; pointer: string; defName?: string | undefined; schema: JsonObject };

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Markdown-safe text for a table cell: `<` outside code spans is escaped, pipes and newlines never break the row. */
export function cell(text: string): string {
  const parts = text.split(/(`[^`]*`)/);
  const out = parts
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/&(?![a-z]+;|#\d+;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
  return out.includes('{{') ? `<span v-pre>${out}</span>` : out;
}

export const kebab = (s: string) =>
  s
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

const pascal = (s: string) => s.replace(/(^|[_.-])([a-z])/g, (_, __, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '');

const code = (s: string) => '`' + s.replace(/`/g, "'") + '`';

/** Every problem found while walking the schemas; generate() throws them all at once. */
export class SchemaDefects extends Error {}

export class ReferenceBuilder {
  private readonly byFile: Map<string, SchemaFile>;
  readonly defects: string[] = [];
  /** codelist name → the fields (page, anchor, label) that use it, for the codelist pages */
  readonly usage = new Map<string, Array<{ page: string; anchor: string; label: string }>>();
  /** codelists named by `x-gpos-codelist`, whether closed, and the enum the schema holds */
  /** every field marked `x-gpos-personal-data`, for the personal-data overview page */
  readonly personal: Array<{ page: string; anchor: string; path: string; min_tlp: string; category: string; by?: string | undefined }> = [];
  readonly namedLists = new Map<string, { closed: boolean; enum?: string[] | undefined }>();

  constructor(
    readonly files: SchemaFile[],
    /** codes a codelist CSV marks deprecated, so closed lists shown inline can flag them */
    private readonly deprecatedCodes: (list: string) => ReadonlySet<string> = () => new Set(),
  ) {
    this.byFile = new Map(files.map((f) => [f.file, f]));
  }

  resolve(ref: string, baseFile: string): Ref {
    const [filePart, fragment = ''] = ref.split('#');
    const file = filePart ? filePart.replace(/^.*\//, '') : baseFile;
    const target = this.byFile.get(file);
    if (!target) throw new SchemaDefects(`${baseFile}: $ref ${ref} names an unknown file`);
    let node: Json = target.schema;
    for (const part of fragment.split('/').filter(Boolean)) node = isObject(node) ? (node[part] as Json) : null;
    if (!isObject(node)) throw new SchemaDefects(`${baseFile}: $ref ${ref} does not resolve`);
    const m = /^\/\$defs\/([^/]+)$/.exec(fragment);
    return { file, pointer: fragment, defName: m?.[1], schema: node };
  }

  /** Page link for a `$defs` entry: its own section on the page of the file that defines it. */
  private defLink(ref: Ref, fromFile: string): string {
    const page = ref.file.replace(/\.json$/, '');
    const anchor = ref.defName ?? kebab(ref.pointer);
    const label = ref.defName ?? ref.pointer;
    return ref.file === fromFile ? `[${label}](#${anchor})` : `[${label}](./${page}#${anchor})`;
  }

  /** One reference page: the root object's fields, then every nested object and `$defs` entry as its own section. */
  page(sf: SchemaFile): { sections: Section[]; root?: Section | undefined } {
    const sections: Section[] = [];
    const anchors = new Set<string>();
    const claim = (anchor: string, where: string) => {
      if (anchors.has(anchor)) this.defects.push(`${sf.file}${where}: anchor #${anchor} is used twice on the reference page; give the object a distinct title`);
      anchors.add(anchor);
      return anchor;
    };
    const page = sf.name;
    const s = sf.schema;
    if (typeof s.description !== 'string') this.defects.push(`${sf.file}: the schema has no description`);

    const queue: Array<() => void> = [];
    const objectSection = (node: JsonObject, pointer: string, fieldPrefix: string, heading: string, anchor: string): void => {
      const rows: string[] = [];
      const props = isObject(node.properties) ? node.properties : {};
      const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
      for (const [key, child] of Object.entries(props)) {
        if (!isObject(child)) continue;
        const path = fieldPrefix ? `${fieldPrefix}.${key}` : key;
        const ptr = `${pointer}/properties/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (typeof child.description !== 'string' || !child.description.trim()) this.defects.push(`${sf.file}#${ptr}: property "${key}" has no description`);
        const fieldAnchor = claim(path, `#${ptr}`);
        rows.push(this.row(sf, page, key, path, fieldAnchor, child, required.has(key), ptr, queue, claim));
      }
      const extra = node.additionalProperties;
      const lines: string[] = [];
      const dispatch = node['x-gpos-dispatch'];
      if (isObject(dispatch) && isObject(dispatch.mapping)) {
        const targets = Object.entries(dispatch.mapping).map(([value, id]) => `\`${value}\` → [${String(id).replace(/^.*\//, '')}](./${String(id).replace(/^.*\//, '').replace(/\.json$/, '')})`);
        lines.push(`**Validated by dispatch** (\`x-gpos-dispatch\`): the value of \`${String(dispatch.property)}\` chooses the schema — ${targets.join(', ')}. A validator never tries one \`oneOf\` over all families.`, '');
      }
      if (rows.length) {
        lines.push('| Field | Type | Required | Description |', '| --- | --- | --- | --- |', ...rows);
      }
      if (isObject(extra)) lines.push('', `Any other member: ${this.typeOf(sf, extra, `${fieldPrefix}.*`, `${pointer}/additionalProperties`, queue, claim)}.`);
      else if (extra === false && rows.length) lines.push('', 'No other members are allowed (`additionalProperties: false`): a misspelt field is an error.');
      sections.push({ anchor, heading, pointer: pointer || '/', description: typeof node.description === 'string' ? node.description : '', body: lines.join('\n') });
    };

    // registers nested objects found while rendering rows; they are rendered after the current section
    const nested = (node: JsonObject, pointer: string, path: string): string => {
      const title = typeof node.title === 'string' ? node.title : pascal(path.split('.').pop() ?? 'Object');
      const anchor = claim(`object-${kebab(title)}`, `#${pointer}`);
      queue.push(() => objectSection(node, pointer, path, title, anchor));
      return `[${title}](#${anchor}) object`;
    };
    this.nestedHook = nested;

    let root: Section | undefined;
    if (isObject(s.properties)) {
      objectSection(s, '', '', 'Fields', claim('fields', ''));
      sections[0]!.description = '';
      root = sections[0];
    }
    while (queue.length) queue.shift()!();

    const defs = isObject(s.$defs) ? s.$defs : {};
    for (const [name, def] of Object.entries(defs)) {
      if (!isObject(def)) continue;
      const pointer = `/$defs/${name}`;
      if (typeof def.description !== 'string') this.defects.push(`${sf.file}#${pointer}: definition "${name}" has no description`);
      const anchor = claim(name, `#${pointer}`);
      if (isObject(def.properties)) {
        objectSection(def, pointer, name, name, anchor);
        const sec = sections[sections.length - 1]!;
        sec.body = this.defSummary(sf, def, name, pointer, queue, claim, true) + '\n\n' + sec.body;
      } else {
        sections.push({ anchor, heading: name, pointer, description: typeof def.description === 'string' ? def.description : '', body: this.defSummary(sf, def, name, pointer, queue, claim, false) });
      }
      while (queue.length) queue.shift()!();
    }
    return { sections, root };
  }

  private nestedHook: (node: JsonObject, pointer: string, path: string) => string = () => '';

  private defSummary(sf: SchemaFile, def: JsonObject, name: string, pointer: string, queue: Array<() => void>, claim: (a: string, w: string) => string, isObjectDef: boolean): string {
    const facts: string[] = [];
    if (!isObjectDef) facts.push(`**Type:** ${this.typeOf(sf, def, name, pointer, queue, claim)}`);
    const codes = this.codesCell(sf.name, def, name, name);
    if (codes) facts.push(`**Codes:** ${codes}`);
    const personal = this.personalCell(def);
    if (personal) facts.push(`**Minimum TLP:** ${personal}`);
    if (Array.isArray(def.examples) && def.examples.length) facts.push(`**Examples:** ${def.examples.map((e) => code(JSON.stringify(e))).join(', ')}`);
    return facts.map((f) => `- ${f.replace(/\\\|/g, '|')}`).join('\n');
  }

  private row(sf: SchemaFile, page: string, key: string, path: string, anchor: string, child: JsonObject, required: boolean, ptr: string, queue: Array<() => void>, claim: (a: string, w: string) => string): string {
    const deprecated = this.merged(sf, child).deprecated === true;
    const name = `<span id="${anchor}"></span>[${code(key)}](#${anchor})${deprecated ? ' <span class="gpos-deprecated">deprecated</span>' : ''}`;
    const type = this.typeOf(sf, child, path, ptr, queue, claim);
    const codes = this.codesCell(page, child, path, anchor);
    const personal = this.personalCell(child, sf);
    const mark = this.merged(sf, child)['x-gpos-personal-data'];
    if (isObject(mark)) this.personal.push({ page, anchor, path, min_tlp: String(mark.min_tlp), category: String(mark.category), by: typeof mark.min_tlp_by === 'string' ? mark.min_tlp_by : undefined });
    const notes = [codes && `<br><span class="gpos-note">**Codes:** ${codes}</span>`, personal && `<br><span class="gpos-note">**Minimum TLP:** ${personal}</span>`].filter(Boolean).join('');
    return `| ${name} | ${type} | ${required ? 'yes' : ''} | ${cell(String(child.description ?? ''))}${notes} |`;
  }

  /** The schema with its `$ref` target merged under it, the way a validator sees the annotations. */
  private merged(sf: SchemaFile, node: JsonObject): JsonObject {
    return this.mergedAt(sf, node).schema;
  }

  /** Like merged(), and says which file the result's own relative `$ref`s resolve against. */
  private mergedAt(sf: SchemaFile, node: JsonObject): { schema: JsonObject; sf: SchemaFile } {
    if (typeof node.$ref !== 'string') return { schema: node, sf };
    const target = this.resolve(node.$ref, sf.file);
    const { $ref: _ref, ...rest } = node;
    const inner = this.mergedAt(this.byFile.get(target.file)!, target.schema);
    return { schema: { ...inner.schema, ...rest }, sf: inner.sf };
  }

  typeOf(sf: SchemaFile, node: JsonObject, path: string, ptr: string, queue: Array<() => void>, claim: (a: string, w: string) => string): string {
    if (typeof node.$ref === 'string') {
      const ref = this.resolve(node.$ref, sf.file);
      const target = ref.schema;
      const base = Array.isArray(target.type) ? target.type.join(' or ') : typeof target.type === 'string' ? target.type : '';
      const link = this.defLink(ref, sf.file);
      if (base === 'object' && typeof target.title === 'string') return `${link.replace(/^\[[^\]]*\]/, `[${target.title}]`)} object`;
      return base && base !== 'object' ? `${link} (${base})` : `${link}${base === 'object' ? ' object' : ''}`;
    }
    if (node.const !== undefined) return `constant ${code(JSON.stringify(node.const))}`;
    if (Array.isArray(node.anyOf)) return node.anyOf.filter(isObject).map((b, i) => this.typeOf(sf, b, path, `${ptr}/anyOf/${i}`, queue, claim)).join(' or ');
    const t = node.type;
    if (t === 'array') {
      const items = isObject(node.items) ? node.items : {};
      const bounds = [node.minItems !== undefined ? `at least ${node.minItems}` : '', node.maxItems !== undefined ? `at most ${node.maxItems}` : '', node.uniqueItems ? 'unique' : ''].filter(Boolean);
      const inner = this.typeOf(sf, items, path, `${ptr}/items`, queue, claim);
      if (isObject(node.items) && typeof items.description !== 'string' && typeof items.$ref !== 'string' && !isObject(items.properties)) this.defects.push(`${sf.file}#${ptr}/items: array items have no description`);
      return `array of ${inner}${bounds.length ? ` <small>(${bounds.join(', ')})</small>` : ''}`;
    }
    if (t === 'object' || isObject(node.properties)) {
      if (isObject(node.properties)) return this.nestedHook(node, ptr, path);
      if (isObject(node.additionalProperties)) {
        const keys = isObject(node.propertyNames) && typeof node.propertyNames.pattern === 'string' ? ` keyed by ${code(node.propertyNames.pattern)}` : '';
        return `map${keys} of ${this.typeOf(sf, node.additionalProperties, `${path}.*`, `${ptr}/additionalProperties`, queue, claim)}`;
      }
      return 'object';
    }
    const base = Array.isArray(t) ? t.join(' or ') : typeof t === 'string' ? t : 'any';
    const facts: string[] = [];
    if (typeof node.format === 'string') facts.push(`format ${code(node.format)}`);
    if (typeof node.pattern === 'string' && typeof node['x-gpos-codelist'] !== 'string') facts.push(`pattern ${code(node.pattern)}`);
    if (node.minLength !== undefined && node.minLength !== 1) facts.push(`≥ ${node.minLength} chars`);
    if (node.maxLength !== undefined) facts.push(`≤ ${node.maxLength} chars`);
    if (node.minimum !== undefined) facts.push(`≥ ${node.minimum}`);
    if (node.maximum !== undefined) facts.push(`≤ ${node.maximum}`);
    return facts.length ? `${base} <small>(${facts.join(', ').replace(/\|/g, '\\|')})</small>` : base;
  }

  /** The codelist (linked, open or closed, closed codes inline) or the enum a field takes; looks through `$ref` and array items. */
  codesCell(page: string, node: JsonObject, path: string, anchor: string): string {
    const at = this.mergedAt(this.byFile.get(`${page}.json`)!, node);
    let m = at.schema;
    if (m.type === 'array' && isObject(m.items) && m['x-gpos-codelist'] === undefined && m.enum === undefined) m = this.merged(at.sf, m.items);
    const list = typeof m['x-gpos-codelist'] === 'string' ? m['x-gpos-codelist'] : undefined;
    const values = Array.isArray(m.enum) ? (m.enum as string[]) : undefined;
    if (!list) return values ? values.map((v) => code(String(v))).join(' · ') : '';
    const closed = values !== undefined;
    const known = this.namedLists.get(list);
    if (!known || (values && !known.enum)) this.namedLists.set(list, { closed, enum: values });
    const uses = this.usage.get(list) ?? [];
    if (!uses.some((u) => u.page === page && u.anchor === anchor)) uses.push({ page, anchor, label: path });
    this.usage.set(list, uses);
    const link = `[${list}](../codelists/${list}) (${closed ? 'closed' : 'open'})`;
    const deprecated = this.deprecatedCodes(list);
    return closed ? `${link}: ${values!.map((v) => (deprecated.has(v) ? `~~${code(v)}~~ <small>(deprecated)</small>` : code(v))).join(' · ')}` : link;
  }

  personalCell(node: JsonObject, sf?: SchemaFile): string {
    const m = sf ? this.merged(sf, node) : node;
    const p = m['x-gpos-personal-data'];
    if (!isObject(p)) return '';
    const by = typeof p.min_tlp_by === 'string' ? ` — ${p.min_tlp_by === 'indicator_kind.min_tlp' ? 'raised' : 'set'} per code by ${code(p.min_tlp_by)} ([${p.min_tlp_by.split('.')[0]}](../codelists/${p.min_tlp_by.split('.')[0]}))` : '';
    return `${code(String(p.min_tlp))} <small>personal data: ${cell(String(p.category))}</small>${by}`;
  }
}
