/*
 * `gpos validate --extensions DIR`: a partner's own extension schemas, one JSON Schema 2020-12 file per namespace,
 * named `<namespace>.json`. The folder is configuration, but it is read as carefully as data: anything wrong with
 * it is a usage error naming the file, never a stack trace, and nothing is fetched — a schema that refers to
 * another document is refused rather than resolved.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionRegistry } from '@gpos/validate';
import { CliError } from '../../../shared/errors.js';
import { needs } from '../../../shared/optional.js';

/** No extension schema is this large; a bigger file is a mistake or an attack. */
export const MAX_EXTENSION_SCHEMA_BYTES = 1024 * 1024;
/** More files than any partner has extensions. */
const MAX_EXTENSION_FILES = 200;

/** One local extension: its namespace and schema, as plain data so worker threads can compile it too. */
export interface ExtensionSource {
  readonly namespace: string;
  readonly file: string;
  readonly schema: Record<string, unknown>;
}

/** Reads and checks the folder; throws a usage CliError for the first thing wrong with it. */
export async function loadExtensionSources(dir: string): Promise<ExtensionSource[]> {
  const { EXTENSION_REGISTRY, PRIVATE_EXTENSION_NAMESPACE } = await import('@gpos/validate');
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    names = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    throw CliError.usage(`--extensions: cannot read the folder ${dir}: ${reason(error)}`);
  }
  if (names.length > MAX_EXTENSION_FILES) throw CliError.usage(`--extensions: ${dir} holds ${names.length} schema files, more than the ${MAX_EXTENSION_FILES} allowed`);
  const sources: ExtensionSource[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const namespace = name.slice(0, -'.json'.length);
    const where = `--extensions: ${name}`;
    if (EXTENSION_REGISTRY.has(namespace)) throw CliError.usage(`${where}: "${namespace}" is registered with the standard, whose schema always applies; name your own extension after your reversed domain name`);
    if (!PRIVATE_EXTENSION_NAMESPACE.test(namespace)) {
      throw CliError.usage(`${where}: "${namespace}" is not a namespace for a partner's own extension; name the file after a reversed domain name you control, such as com.example.${namespace.replace(/[^a-z0-9_]/g, '_') || 'name'}.json`);
    }
    let text: string;
    try {
      const size = statSync(file).size;
      if (size > MAX_EXTENSION_SCHEMA_BYTES) throw CliError.usage(`${where}: ${size} bytes, larger than the ${MAX_EXTENSION_SCHEMA_BYTES} an extension schema may be`);
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw CliError.usage(`${where}: cannot read it: ${reason(error)}`);
    }
    let schema: unknown;
    try {
      schema = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw CliError.usage(`${where}: not valid JSON: ${reason(error)}`);
    }
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) throw CliError.usage(`${where}: a JSON Schema must be an object`);
    sources.push({ namespace, file: name, schema: schema as Record<string, unknown> });
  }
  // compile once here, so a bad schema stops the run before any worker starts
  await compileExtensions(sources);
  return sources;
}

/** The validators of the local extensions, compiled with Ajv (an optional dependency, needed only for this). */
export async function compileExtensions(sources: readonly ExtensionSource[]): Promise<ExtensionRegistry> {
  if (sources.length === 0) return new Map();
  const { extensionValidator } = await import('@gpos/validate');
  const ajvModule = await needs('ajv', () => import('ajv/dist/2020.js'));
  const Ajv2020 = (ajvModule as unknown as { default: typeof import('ajv/dist/2020.js').default }).default;
  const registry = new Map<string, ReturnType<typeof extensionValidator>>();
  for (const { namespace, file, schema } of sources) {
    // strict: unknown keywords are mistakes; formats are annotations here (no format library is loaded)
    const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
    try {
      const check = ajv.compile(schema);
      registry.set(namespace, extensionValidator(check as never, namespace));
    } catch (error) {
      throw CliError.usage(`--extensions: ${file}: not a valid JSON Schema 2020-12: ${reason(error)}`);
    }
  }
  return registry;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
