import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { readSchemas } from '../../schema/scripts/sources.js';
import { prepareForTypes } from './prepare.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));

const BANNER = `/* eslint-disable */
// generated from schemas/v1/*.json by packages/types/scripts/generate.ts with json-schema-to-typescript — do not edit.
// Run \`npm run generate\` after changing the standard.`;

/** The aggregate root json-schema-to-typescript adds: an empty interface nobody needs. */
const ROOT_DECLARATION = /export interface GposTypes \{\n[^}]*\}\n/;

export async function generate(): Promise<Record<string, string>> {
  const root = prepareForTypes(readSchemas()) as JSONSchema;
  let text = await compile(root, 'GposTypes', {
    bannerComment: BANNER,
    declareExternallyReferenced: true,
    unreachableDefinitions: true,
    enableConstEnums: false,
    additionalProperties: false,
    strictIndexSignatures: true,
    unknownAny: true,
    ignoreMinAndMaxItems: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  text = text.replace(ROOT_DECLARATION, '').replace(/\n \*\n \* This interface was referenced by `GposTypes`'s JSON-Schema\n \* via the `definition` "\w+"\./g, '');
  return { 'src/generated/types.ts': text };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, text] of Object.entries(await generate())) writeFileSync(join(PACKAGE_ROOT, path), text);
}
