import type { Args as VerifyArgs } from '../verify/command.js';
import type { Args as SignArgs } from './command.js';
import { algOfJwk, loadJwks, loadPrivateJwk } from '../../shared/keys.js';
import { writeAtomic } from '../../shared/output.js';
import { expand } from '../../shared/input/expand.js';
import { readErrorMessage } from '../../shared/errors.js';
import { InputTooLarge, openSource, type DocItem } from '../../shared/records/read.js';
import { CliError } from '../../shared/errors.js';
import { type Io } from '../../shared/io.js';

import { ALGS } from './command.js';

type Alg = (typeof ALGS)[number];

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `gpos sign`: the bundle with a detached JWS over its RFC 8785 canonical JSON. */
export async function signCommand({ values, positionals }: SignArgs, io: Io): Promise<number> {
  if (values.key === undefined || values.key === '') throw CliError.usage('give the private key to sign with: --key FILE (a private JWK, as gpos keygen writes it)');
  if (positionals.length !== 1) throw CliError.usage(positionals.length === 0 ? 'give the bundle to sign (a .json file, or - for standard input)' : 'sign one bundle at a time');
  if (values.output === '') throw CliError.usage('--output needs a file name');

  // a missing or malformed key file is a KeyFileError: status 2, its message names the file, never the secret
  const jwk: Obj = loadPrivateJwk(values.key, (m) => io.stderr(`gpos: warning: ${m}\n`));
  const kid = values.kid ?? (typeof jwk.kid === 'string' ? jwk.kid : undefined);
  if (kid === undefined || kid === '') throw CliError.usage('say which key id the partners will find the public key under: --kid ID (the key has no "kid")');
  if (kid.length > 200) throw CliError.usage('--kid is longer than 200 characters');
  const keyAlg = algOfJwk(jwk);
  const alg = (values.alg ?? keyAlg) as Alg | undefined;
  if (alg === undefined || !(ALGS as readonly string[]).includes(alg)) {
    throw new CliError(`the private key ${values.key} is neither an Ed25519 (EdDSA) nor a P-256 (ES256) key; bundles are signed with EdDSA or ES256`);
  }
  if (keyAlg !== undefined && values.alg !== undefined && keyAlg !== values.alg) {
    throw new CliError(`the private key ${values.key} is for ${keyAlg}, not ${values.alg}`);
  }

  const { signBundle } = await import('@gpos/sdk');
  const expansion = await expand(positionals);
  const failure = expansion.failures[0];
  if (failure) {
    throw new CliError(`cannot read ${failure.path}: ${failure.reason}`);
  }
  const source = expansion.sources[0]!;
  let item: DocItem | undefined;
  try {
    const { docs } = await openSource({ ...source, kind: 'json' }, process.stdin);
    for await (const next of docs) item = next;
  } catch (error) {
    io.stderr(`gpos: cannot read ${source.path}: ${error instanceof InputTooLarge ? error.message : readErrorMessage(error)}\n`);
    return error instanceof InputTooLarge ? 1 : 2;
  }
  if (item === undefined || 'error' in item) {
    io.stderr(`${source.path}:${item ? `${item.error.line}:${item.error.column}: error: ${item.error.message}` : ' error: empty'}; nothing was signed\n`);
    return 1;
  }
  for (const warning of item.doc.warnings) io.stderr(`${source.path}:${warning}\n`);
  const bundle = item.doc.value;
  if (!isObject(bundle) || bundle.type !== 'bundle') {
    io.stderr(`gpos: ${source.path} does not hold a bundle; only a bundle ({"type": "bundle", "records": […]}) can be signed\n`);
    return 1;
  }
  // a signature vouches for the content: an invalid bundle is fixed first, not signed
  const { validate } = await import('@gpos/validate');
  const { valid, problems } = validate(bundle);
  if (!valid) {
    const errors = problems.filter((p) => p.severity === 'error');
    const first = errors[0];
    io.stderr(
      `gpos: ${source.path} is not a valid bundle (${errors.length} error${errors.length === 1 ? '' : 's'}${first ? `, the first: ${first.code} at ${first.pointer || '/'}: ${first.message}` : ''}); fix it (gpos validate ${source.file === undefined ? '-' : source.path} lists every problem) and sign again; nothing was signed\n`,
    );
    return 1;
  }
  let signed: unknown;
  try {
    signed = await signBundle(bundle as never, { privateKey: jwk as never, kid, alg });
  } catch (error) {
    // jose's and the SDK's messages describe the key's shape, never its private members
    throw new CliError(`cannot sign with the key ${values.key}: ${error instanceof Error ? error.message.replace(/^signBundle: /, '') : String(error)}`);
  }
  const text = `${JSON.stringify(signed, null, 2)}\n`;
  if (values.output !== undefined) {
    try {
      await writeAtomic(values.output, text);
    } catch (error) {
      throw new CliError(`cannot write ${values.output}: ${readErrorMessage(error)}`);
    }
  } else io.stdout(text);
  io.stderr(`gpos: signed ${source.path} with ${alg} key ${kid}\n`);
  return 0;
}

/** `gpos verify`: checks each bundle's signature against a partner's JSON Web Key Set. */
export async function verifyCommand({ values, positionals }: VerifyArgs, io: Io): Promise<number> {
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
