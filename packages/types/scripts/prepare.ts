import type { JsonObject } from '../../schema/scripts/sources.js';

const pascal = (name: string) => name.replace(/(^|_)([a-z])/g, (_, __, ch: string) => ch.toUpperCase());
/** The TypeScript name of a record family's type (`case` is a reserved word). */
export const typeNameOf = (family: string) => (family === 'case' ? 'VictimCase' : pascal(family));
const COMMON_REF = /^common\.json#\/\$defs\/(.+)$/;

/** Shared definitions that become named TypeScript declarations: objects, arrays and enums. The rest (patterned strings, numbers) are inlined so each property keeps its own JSDoc. */
function isNamed(def: JsonObject): boolean {
  return def.type === 'object' || def.type === 'array' || Array.isArray(def.enum);
}

/**
 * Folds every schema file into one document for json-schema-to-typescript.
 * Why: the tool dereferences each file separately and a `$ref` with a sibling `description` becomes a fresh copy,
 * so shared definitions would be declared once per use (`Money1`, `Money2`…). One document with plain local refs
 * declares each exactly once.
 */
export function prepareForTypes(schemas: Array<{ name: string; schema: JsonObject }>): JsonObject {
  const commonDefs = (schemas.find((s) => s.name === 'common')?.schema.$defs ?? {}) as Record<string, JsonObject>;
  const hoisted: Record<string, unknown> = {};
  const rewrite = (node: unknown, localDefs: Record<string, JsonObject> = commonDefs): unknown => {
    if (Array.isArray(node)) return node.map((item) => rewrite(item, localDefs));
    if (!node || typeof node !== 'object') return node;
    const obj = node as JsonObject;
    const common = typeof obj.$ref === 'string' ? COMMON_REF.exec(obj.$ref) : null;
    const local = typeof obj.$ref === 'string' ? /^#\/\$defs\/(.+)$/.exec(obj.$ref) : null;
    if (local && localDefs !== commonDefs) {
      const name = local[1]!;
      if (!hoisted[pascal(name)]) hoisted[pascal(name)] = { ...(rewrite(localDefs[name], localDefs) as JsonObject), title: pascal(name) };
      return { $ref: `#/$defs/${pascal(name)}` };
    }
    const match = common ?? local;
    if (match) {
      const name = match[1]!;
      const def = commonDefs[name];
      if (!def) throw new Error(`unknown shared definition ${name}`);
      if (isNamed(def)) return { $ref: `#/$defs/${pascal(name)}` };
      const { examples: _examples, ...inline } = rewrite(def) as JsonObject;
      return { ...inline, ...(obj.description ? { description: obj.description } : {}) };
    }
    const dispatch = obj['x-gpos-dispatch'] as { mapping?: Record<string, string>; retraction?: string } | undefined;
    if (dispatch?.mapping) {
      // a dispatched record is whichever record type its `type` names, not the bare envelope the schema checks,
      // or the minimal form of a revoked record
      const anyOf = Object.values(dispatch.mapping).map((id) => ({ $ref: `#/$defs/${typeNameOf(/([a-z]+)\.json$/.exec(id)![1]!)}` }));
      const retraction = dispatch.retraction ? /#\/\$defs\/(.+)$/.exec(dispatch.retraction)?.[1] : undefined;
      if (retraction) anyOf.push({ $ref: `#/$defs/${pascal(retraction)}` });
      return { title: obj.title, description: obj.description, anyOf };
    }
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(obj)) {
      if (key === '$id' || key === '$schema' || key === '$defs' || key === 'examples' || key.startsWith('x-gpos-')) continue;
      out[key] = rewrite(value, localDefs);
    }
    return out;
  };
  const $defs: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(commonDefs)) {
    if (isNamed(def)) $defs[pascal(name)] = { ...(rewrite(def) as JsonObject), title: pascal(name) };
  }
  for (const { name, schema } of schemas) {
    if (name === 'common') continue;
    const typeName = typeNameOf(name);
    $defs[typeName] = { ...(rewrite(schema, (schema.$defs ?? {}) as Record<string, JsonObject>) as JsonObject), title: typeName };
  }
  return { title: 'GposTypes', $defs: { ...$defs, ...hoisted } };
}
