import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Runs `code` in a fresh Node process against the package's source (the `@gpos/source` condition, through tsx),
 * and returns what it printed. A fresh process, because which modules a process has loaded is the point.
 */
function run(code: string): string {
  const script = `import { createRequire } from 'node:module';
const loaded = () => Object.keys(createRequire(import.meta.url).cache).filter((p) => /[\\\\/]node_modules[\\\\/](tldts|libphonenumber-js)[\\\\/]/.test(p)).map((p) => p.includes('tldts') ? 'tldts' : 'libphonenumber-js').filter((v, i, a) => a.indexOf(v) === i).sort().join(',') || 'none';
const n = await import('@gpos/normalize');
${code}`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@gpos/source', '--input-type=module', '-e', script], { cwd: packageRoot, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.trim();
}

describe('the heavy data loads on first use, in Node', () => {
  it('loads neither the public suffix list nor the phone metadata until a value needs one', () => {
    const out = run(`
console.log(loaded());
n.normalize('iban', 'GB82 WEST 1234 5698 7654 32');
n.normalize('crypto_address', '0x52908400098527886E0F7030069857D2E4169EE7', { chain: 'eip155:1' });
console.log(loaded());
console.log(n.normalize('domain', 'Bad-Bank[.]example').canonical, loaded());
console.log(n.normalize('phone_number', '+66 81 234 5678').canonical, loaded());`);
    expect(out.split('\n')).toEqual(['none', 'none', 'bad-bank.example tldts', '+66812345678 libphonenumber-js,tldts']);
  });

  it('loads the phone metadata for a phone number alone', () => {
    expect(run(`console.log(n.normalize('phone_number', '081 234 5678', { defaultRegion: 'TH' }).canonical, loaded());`)).toBe('+66812345678 libphonenumber-js');
  });
});

/**
 * Which of the small per-kind libraries a fresh process loads for `code`, read from Node's own module debug log
 * (NODE_DEBUG), which names every file loaded whether by `require` or `import`: an eager ESM import would not
 * show in `require.cache`.
 */
function smallLibraries(code: string): string {
  const script = `const n = await import('@gpos/normalize');
process.stderr.write('--- start\\n');
${code}`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@gpos/source', '--input-type=module', '-e', script], { cwd: packageRoot, encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'esm,module' } });
  expect(result.status).toBe(0);
  const [before, after] = result.stderr.split('--- start\n') as [string, string];
  const libraries = (text: string) => [...new Set([...text.matchAll(/node_modules[\\/](@noble[\\/]hashes|@scure[\\/]base|ibantools)[\\/]/g)].map((m) => m[1]!.replace('\\', '/')))].sort();
  expect(libraries(before)).toEqual([]);
  return libraries(after).join(',') || 'none';
}

describe('the small per-kind libraries load on first use, in Node', () => {
  it('loads none of them for a value that needs none', () => {
    expect(smallLibraries(`n.normalize('sms_sender_id', 'BANK-TH'); n.normalize('payment_card', '4111 1111 1111 1111'); n.observableId('iban', 'GB82WEST12345698765432');`)).toBe('none');
  });

  it('loads the IBAN checks for an IBAN alone', () => {
    expect(smallLibraries(`console.log(n.normalize('iban', 'GB82 WEST 1234 5698 7654 32').canonical);`)).toBe('ibantools');
  });

  it('loads what each form of wallet address needs', () => {
    expect(smallLibraries(`n.normalize('crypto_address', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq');`)).toBe('@scure/base');
    expect(smallLibraries(`n.normalize('crypto_address', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa');`)).toBe('@noble/hashes,@scure/base');
    expect(smallLibraries(`n.normalize('crypto_address', '0x52908400098527886E0F7030069857D2E4169EE7');`)).toBe('@noble/hashes');
  });

  it('loads the hashes alone for a message template', () => {
    expect(smallLibraries(`n.normalize('message_template', 'Your parcel is held: pay at https://bad.example');`)).toBe('@noble/hashes');
  });
});

describe('the normaliser runs in browsers', () => {
  const src = fileURLToPath(new URL('../src/', import.meta.url));
  // heavy/node.ts and the phone metadata loader it imports are Node's alone (package.json `imports`, `#heavy`)
  const nodeOnly = ['heavy/node.ts', 'heavy/phone.ts'];
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !nodeOnly.includes(f));

  it.each(files)('%s uses no Node-only API', (file) => {
    expect(readFileSync(`${src}${file}`, 'utf8')).not.toMatch(/from ['"]node:|require\(|\bBuffer\b|\bprocess\./);
  });

  it('gives bundlers and browsers the eager module, and Node the lazy one', () => {
    const imports = (JSON.parse(readFileSync(`${packageRoot}package.json`, 'utf8')) as { imports: Record<string, Record<string, unknown>> }).imports['#heavy']!;
    expect(Object.keys(imports)).toEqual(['@gpos/source', 'node', 'default']);
    expect(JSON.stringify(imports.default)).toContain('eager');
    expect(JSON.stringify(imports.node)).toContain('node');
  });
});
