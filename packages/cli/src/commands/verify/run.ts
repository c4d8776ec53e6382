import type { Args as VerifyArgs } from './command.js';
import { loadJwks } from '../../shared/keys.js';
import { expand } from '../../shared/input/expand.js';
import { CliError, readErrorMessage } from '../../shared/errors.js';
import { InputTooLarge, openSource } from '../../shared/records/read.js';
import { type Io } from '../../shared/io.js';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `gpos verify`: checks each bundle's signature against a partner's JSON Web Key Set. */
export async function run({ values, positionals }: VerifyArgs, io: Io): Promise<number> {
  if (values.jwks === undefined || values.jwks === '') throw CliError.usage("give the producer's public keys: --jwks FILE (a JSON Web Key Set)");
  const format = values.format ?? 'text';
  if (positionals.length === 0) throw CliError.usage('give the signed bundles to verify (.json files, or - for standard input)');

  // a missing or malformed key file is a KeyFileError: status 2, its message names the file, never the secret
  const jwks: { keys: Obj[] } = loadJwks(values.jwks, (m) => io.stderr(`gpos: warning: ${m}\n`));
  const expansion = await expand(positionals, process.cwd(), { followSymlinks: values['follow-symlinks'] ?? false });
  for (const note of expansion.notes) io.stderr(`gpos: ${note}\n`);
  if (expansion.failures.length) {
    for (const failure of expansion.failures) io.stderr(`gpos: cannot read ${failure.path}: ${failure.reason}\n`);
    return 2;
  }
  const { verifyBundle } = await import('@gpos/sdk');
  type Result = { path: string; ok: true; kid: string; alg: string } | { path: string; ok: false; code: string; reason: string };
  const results: Result[] = [];
  let unreadable = false;
  for (const source of expansion.sources) {
    if (source.kind !== 'json' && source.kind !== 'auto') {
      results.push({ path: source.path, ok: false, code: 'not_a_bundle', reason: 'a signed bundle is a .json file' });
      continue;
    }
    try {
      const { docs } = await openSource({ ...source, kind: 'json' }, process.stdin);
      for await (const item of docs) {
        if ('error' in item) {
          results.push({ path: source.path, ok: false, code: 'json_syntax', reason: `line ${item.error.line}, column ${item.error.column}: ${item.error.message}` });
          continue;
        }
        const value = item.doc.value;
        if (!isObject(value) || value.type !== 'bundle') {
          results.push({ path: source.path, ok: false, code: 'not_a_bundle', reason: 'the file does not hold a bundle ({"type": "bundle", …})' });
          continue;
        }
        const result = await verifyBundle(value, { keys: jwks as never });
        results.push(result.ok ? { path: source.path, ok: true, kid: result.kid, alg: result.alg } : { path: source.path, ok: false, code: result.code, reason: result.reason });
      }
    } catch (error) {
      if (error instanceof InputTooLarge) {
        results.push({ path: source.path, ok: false, code: 'too_large', reason: error.message });
        continue;
      }
      if ((error as NodeJS.ErrnoException).code === undefined) throw error;
      io.stderr(`gpos: cannot read ${source.path}: ${readErrorMessage(error)}\n`);
      unreadable = true;
    }
  }
  const ok = !unreadable && results.every((r) => r.ok);
  if (format === 'json') io.stdout(`${JSON.stringify({ ok, files: results }, null, 2)}\n`);
  else {
    for (const r of results) io.stdout(r.ok ? `${r.path}: ok (signed with ${r.alg} key ${r.kid})\n` : `${r.path}: ${r.code}: ${r.reason}\n`);
  }
  return unreadable ? 2 : ok ? 0 : 1;
}
