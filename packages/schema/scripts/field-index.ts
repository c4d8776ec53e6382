import type { JsonObject } from './sources.js';

/** A field of a record family reached through the schema, with the annotations the tools act on. */
export interface IndexedField {
  path: string[];
  codelist?: string;
  closed?: boolean;
  personal?: JsonObject;
  deprecated?: boolean;
}

type Resolver = (ref: string, base: string) => { schema: JsonObject; base: string };

export function makeResolver(schemas: Array<{ name: string; schema: JsonObject }>): Resolver {
  const byFile = new Map(schemas.map(({ name, schema }) => [`${name}.json`, schema]));
  return (ref, base) => {
    const [file, pointer = ''] = ref.split('#');
    const target = file ? file : base;
    let node: unknown = byFile.get(target);
    for (const part of pointer.split('/').filter(Boolean)) node = (node as JsonObject)[part];
    if (!node) throw new Error(`unresolvable $ref ${ref} from ${base}`);
    return { schema: node as JsonObject, base: target };
  };
}

/** Walks a family schema depth-first and lists every field carrying a codelist, personal-data or deprecation annotation. */
export function indexFields(schema: JsonObject, file: string, resolve: Resolver): IndexedField[] {
  const out: IndexedField[] = [];
  const visit = (node: JsonObject, base: string, path: string[], depth: number, inherited: JsonObject = {}): void => {
    if (depth > 20) throw new Error(`schema nesting too deep at ${path.join('/')}`);
    let merged: JsonObject = { ...inherited, ...node };
    let here = base;
    if (typeof node.$ref === 'string') {
      const target = resolve(node.$ref, base);
      here = target.base;
      merged = { ...target.schema, ...node };
      delete merged.$ref;
      return visit(merged, here, path, depth + 1);
    }
    const field: IndexedField = { path };
    if (typeof merged['x-gpos-codelist'] === 'string') {
      field.codelist = merged['x-gpos-codelist'];
      field.closed = Array.isArray(merged.enum);
    }
    if (merged['x-gpos-personal-data']) field.personal = merged['x-gpos-personal-data'] as JsonObject;
    if (merged.deprecated === true) field.deprecated = true;
    if (path.length && (field.codelist || field.personal || field.deprecated)) out.push(field);
    const props = merged.properties as Record<string, JsonObject> | undefined;
    if (props) for (const [key, child] of Object.entries(props)) if (!(path.length === 0 && key === 'type')) visit(child, here, [...path, key], depth + 1);
    if (merged.items && typeof merged.items === 'object') visit(merged.items as JsonObject, here, [...path, '*'], depth + 1);
    if (merged.additionalProperties && typeof merged.additionalProperties === 'object') visit(merged.additionalProperties as JsonObject, here, [...path, '{}'], depth + 1);
    for (const branch of (merged.anyOf as JsonObject[] | undefined) ?? []) {
      if (typeof branch.$ref === 'string') continue; // date_or_timestamp style unions carry no annotations of their own
      visit(branch, here, path, depth + 1);
    }
  };
  visit(schema, file, [], 0);
  return out;
}
