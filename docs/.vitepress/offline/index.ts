import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The search index is a chunk of its own that the validator never loads; it is left out of the offline copy. */
const NOT_OFFLINE = [/@localSearchIndex/, /\.map$/];

/**
 * Every file of the built site that the validator page can load: the files its HTML names, and from there every
 * file a script or stylesheet names (static imports, lazy `import()` chunks, Vite's preload lists, fonts). Paths
 * are relative to the site's root (`assets/chunks/x.js`).
 */
export function validatorFiles(outDir: string, page = 'validator.html'): string[] {
  const seen = new Set<string>();
  const queue: string[] = [];
  const add = (path: string) => {
    const clean = path.replace(/^\/+/, '').replace(/[?#].*$/, '');
    if (!clean || seen.has(clean) || NOT_OFFLINE.some((re) => re.test(clean))) return;
    const file = join(outDir, clean);
    if (!existsSync(file) || !statSync(file).isFile()) return;
    seen.add(clean);
    queue.push(clean);
  };
  const html = readFileSync(join(outDir, page), 'utf8');
  // the page's own scripts, styles, preloads and icon
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="(\/[^"]+)"/g)) add(m[1]!);
  // the code of the pages it links to (the page itself included): the site prefetches them, and opens them
  // without a network once they are kept
  const assets = readdirSync(join(outDir, 'assets'));
  for (const m of html.matchAll(/<a\b[^>]*?\bhref="\/([^"#?]*?)(?:\.html)?(?:[#?][^"]*)?"/g)) {
    const chunk = `${(m[1]!.endsWith('/') || m[1] === '' ? `${m[1]}index` : m[1]!).replace(/\//g, '_')}.md.`;
    for (const file of assets) if (file.startsWith(chunk) && /^[^.]+\.md\.[\w-]+\.js$/.test(file)) add(`assets/${file}`);
  }
  add(`assets/${assets.find((f) => f.startsWith(`${page.replace(/\.html$/, '')}.md.`) && !f.endsWith('.lean.js')) ?? ''}`);
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (!/\.(?:js|css)$/.test(path)) continue;
    const text = readFileSync(join(outDir, path), 'utf8');
    // relative imports between chunks: "./chunks/x.js", "../x.js"
    for (const m of text.matchAll(/["'`](\.{1,2}\/[^"'`\s]+?\.(?:js|css))["'`]/g)) add(posix.join(posix.dirname(path), m[1]!));
    // root-relative names: Vite's preload lists ("assets/chunks/x.js"), CSS url(/assets/x.woff2)
    for (const m of text.matchAll(/["'`(]\/?(assets\/[^"'`)\s]+?\.(?:js|css|woff2?|svg|png|json))["'`)]/g)) add(m[1]!);
    // the page's workers, at the root so that they fall in the service worker's scope ("/validator-sheets.worker-x.js")
    for (const m of text.matchAll(/["'`]\/(validator-(?!sw\.js)[\w.-]+?\.js)["'`]/g)) add(m[1]!);
  }
  return [...seen].sort();
}

/**
 * Writes `validator-sw.js` into the built site: the service worker's code (validator-sw.js beside this file) after
 * the list of files it caches and a version derived from that list. `base` is the site's base path (`/`).
 */
export function writeValidatorWorker(outDir: string, base: string): { files: string[]; bytes: number } {
  const files = validatorFiles(outDir);
  const urls = files.map((f) => `${base}${f}`);
  const version = createHash('sha256').update(urls.join('\n')).digest('hex').slice(0, 16);
  const code = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'validator-sw.js'), 'utf8');
  writeFileSync(join(outDir, 'validator-sw.js'), `const PRECACHE = ${JSON.stringify(urls, null, 1)};\nconst VERSION = '${version}';\n${code}`);
  return { files, bytes: files.reduce((sum, f) => sum + statSync(join(outDir, f)).size, 0) };
}
