/**
 * A collapsible schema browser, as the OCDS and BODS sites offer: one `<details>` per field holding an object or a
 * list of objects, opened to show its own fields, so a reader can go case → payments → freeze without reading JSON.
 * Plain HTML (no script), generated from the schema: it cannot disagree with it.
 */
import type { Json, JsonObject, SchemaFile } from './sources.js';

const isObject = (v: Json | undefined): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);
// `{` and `}` are escaped too: the page is a Vue template, and `{{` would be read as an expression
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\{/g, '&#123;').replace(/\}/g, '&#125;');
/** Markdown code spans in descriptions, as HTML. */
const inline = (s: string) => esc(s).replace(/`([^`]+)`/g, '<code>$1</code>');
const firstSentence = (s: string) => {
  const m = /^(.+?[.!?])(\s|$)/s.exec(s.trim());
  return (m ? m[1]! : s.trim()).replace(/\s+/g, ' ');
};

interface Resolved {
  node: JsonObject;
  file: string;
  /** the `$defs` name a `$ref` led to, as a type name */
  def?: string;
}

function resolve(node: JsonObject, file: string, byFile: ReadonlyMap<string, JsonObject>): Resolved {
  let current = node;
  let currentFile = file;
  let def: string | undefined;
  for (let hops = 0; typeof current.$ref === 'string' && hops < 20; hops++) {
    const [target, pointer = ''] = (current.$ref as string).split('#');
    const nextFile = target ? target : currentFile;
    let next: Json | undefined = byFile.get(nextFile);
    for (const part of pointer.split('/').filter(Boolean)) next = isObject(next) ? next[part] : undefined;
    if (!isObject(next)) break;
    def ??= pointer.split('/').pop();
    const { $ref: _ref, ...siblings } = current;
    current = { ...next, ...siblings };
    currentFile = nextFile;
  }
  return { node: current, file: currentFile, ...(def ? { def } : {}) };
}

/** How the browser names a field's type: `string`, `list of payment`, `amount`, `one of …`. */
function typeOf(r: Resolved, byFile: ReadonlyMap<string, JsonObject>): string {
  const n = r.node;
  if (n.type === 'array' && isObject(n.items)) {
    const items = resolve(n.items, r.file, byFile);
    return `list of ${typeOf(items, byFile)}`;
  }
  if (Array.isArray(n.enum)) return 'code';
  if (typeof n['x-gpos-codelist'] === 'string') return 'code';
  if (r.def && !['text', 'timestamp', 'date', 'uuid'].includes(r.def) && !r.def.endsWith('_id') && r.def !== 'org_ref') return r.def.replace(/_/g, ' ');
  if (r.def?.endsWith('_id') || r.def === 'org_ref') return r.def === 'org_ref' ? 'organisation id' : 'id';
  if (Array.isArray(n.anyOf) || Array.isArray(n.oneOf)) return 'one of several forms';
  if (typeof n.format === 'string') return n.format;
  return typeof n.type === 'string' ? n.type : 'value';
}

/** The object a field holds (directly or as list items), whose fields the browser can open. */
function objectOf(r: Resolved, byFile: ReadonlyMap<string, JsonObject>): Resolved | undefined {
  const n = r.node;
  if (n.type === 'array' && isObject(n.items)) return objectOf(resolve(n.items, r.file, byFile), byFile);
  return isObject(n.properties) && Object.keys(n.properties).length > 0 ? r : undefined;
}

/** The nested `<details>` for a family, or any schema file with top-level properties. */
export function schemaBrowser(sf: SchemaFile, schemas: readonly SchemaFile[], anchorOf?: (path: readonly string[]) => string | undefined): string {
  const byFile = new Map(schemas.map((s) => [s.file, s.schema]));
  const render = (obj: Resolved, path: readonly string[], depth: number, stack: readonly string[]): string => {
    const required = new Set(Array.isArray(obj.node.required) ? (obj.node.required as string[]) : []);
    const items: string[] = [];
    for (const [key, declared] of Object.entries(obj.node.properties as JsonObject)) {
      if (!isObject(declared)) continue;
      const field = resolve(declared, obj.file, byFile);
      const description = String(declared.description ?? field.node.description ?? '');
      const child = objectOf(field, byFile);
      const anchor = anchorOf?.([...path, key]);
      const name = `<code>${esc(key)}</code>${required.has(key) ? '<span class="gpos-required" title="required">*</span>' : ''}`;
      const head = `${name} <span class="gpos-type">${esc(typeOf(field, byFile))}</span> — ${inline(firstSentence(description))}${anchor ? ` <a href="#${anchor}" class="gpos-more">details</a>` : ''}`;
      // a recursive definition (an extension holding records…) opens once
      const id = `${child?.file}#${child?.def ?? [...path, key].join('.')}`;
      if (child && depth < 8 && !stack.includes(id)) {
        items.push(`<li><details><summary>${head}</summary>\n${render(child, [...path, key], depth + 1, [...stack, id])}\n</details></li>`);
      } else items.push(`<li>${head}</li>`);
    }
    return `<ul class="gpos-browser-list">\n${items.join('\n')}\n</ul>`;
  };
  const root = { node: sf.schema, file: sf.file };
  if (!isObject(sf.schema.properties)) return '';
  return `<div class="gpos-browser" v-pre>\n${render(root, [], 0, [])}\n</div>`;
}
