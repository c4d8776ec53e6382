import { schemas, type JsonSchema } from '@gpos/schema';

type Node = Record<string, unknown>;

const byFile: Record<string, JsonSchema> = Object.fromEntries(
  Object.entries(schemas).map(([name, schema]) => [`${name}.json`, schema]),
);

/** Follows `$ref`s (to another file or within one), keeping the referring node's own description and title. */
export function resolve(node: Node, file: string): { node: Node; file: string } {
  let current = node;
  let currentFile = file;
  for (let hops = 0; typeof current.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref cycle at ${String(current.$ref)}`);
    const [target, pointer = ''] = (current.$ref as string).split('#');
    const nextFile = target ? target : currentFile;
    let resolved = byFile[nextFile] as Node | undefined;
    for (const part of pointer.split('/').filter(Boolean)) resolved = resolved?.[part] as Node | undefined;
    if (!resolved) throw new Error(`unresolvable $ref ${String(current.$ref)} in ${currentFile}`);
    const { $ref: _ref, ...siblings } = current;
    current = { ...resolved, ...siblings };
    currentFile = nextFile;
  }
  return { node: current, file: currentFile };
}

export function familySchema(family: string): Node {
  const schema = byFile[`${family}.json`] as Node | undefined;
  if (!schema) throw new Error(`unknown record family ${family}`);
  return schema;
}
