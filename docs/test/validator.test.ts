/**
 * Drives the docs site's validator page (/validator) in Debian's Chromium through playwright-core, served with a
 * Content-Security-Policy header that forbids eval (on top of the page's own meta policy): a valid file and an
 * invalid one are checked with the network switched off, every problem shows its line, column and rule link, the
 * report downloads, and nothing is sent anywhere.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatorCsp } from '../.vitepress/csp.js';

const DOCS = fileURLToPath(new URL('../', import.meta.url));
const REPO = join(DOCS, '..');
const DIST = join(DOCS, '.vitepress', 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

/** Every request the server saw, method and path. */
const requests: string[] = [];

/** A static server over the built site that sends the validator page's CSP as a header too. */
function serve(root: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    const file = [join(root, safe), join(root, `${safe}.html`), join(root, safe, 'index.html')].find((f) => f.startsWith(root) && existsSync(f) && statSync(f).isFile());
    if (!file || req.method !== 'GET') {
      res.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (extname(file) === '.html') headers['content-security-policy'] = validatorCsp(body.toString('utf8'));
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  if (!existsSync(join(DIST, 'validator.html')) || process.env.GPOS_DOCS_REBUILD) execFileSync('npm', ['run', 'build'], { cwd: DOCS, stdio: 'inherit' });
  ({ server, base } = await serve(DIST));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

/** The page, loaded and ready to work offline; console errors and CSP violations collected. */
async function openValidator(): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  // runs before the page's own scripts (injected by the browser, not by the page): every CSP violation is noted
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(`${base}/validator`, { waitUntil: 'networkidle' });
  expect(response?.headers()['content-security-policy']).not.toContain('unsafe-eval');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).resolves.not.toContain('unsafe-eval');
  await page.getByText('this page now works without a network connection').waitFor({ timeout: 60_000 });
  return { page, context, errors };
}

const example = (path: string) => readFileSync(join(REPO, path));

/** The CSP violations the page has caused so far. */
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe('the validator page', () => {
  it('runs under a CSP that forbids eval: a string run as code is refused, and the validator needs none', async () => {
    const { page, context, errors } = await openValidator();
    await expect(page.getByText('It is not uploaded').count()).resolves.toBe(1);
    // the page has loaded, validated nothing yet and fetched every chunk without a single violation
    await expect(violations(page)).resolves.toEqual([]);
    // the policy is in force: a timer given a string (eval) is refused by the page's own timer, as is an inline script
    await page.evaluate(() => {
      (setTimeout as unknown as (code: string, ms: number) => void)('window.__evalRan = true', 0);
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
    });
    await page.waitForTimeout(200);
    await expect(page.evaluate(() => [(window as unknown as { __evalRan?: boolean }).__evalRan, (window as unknown as { __inlineRan?: boolean }).__inlineRan])).resolves.toEqual([undefined, undefined]);
    const seen = await violations(page);
    expect(seen.some((v) => v.startsWith('script-src') && v.endsWith('eval'))).toBe(true);
    expect(seen.some((v) => v.startsWith('script-src') && v.endsWith('inline'))).toBe(true);
    await context.close();
    // the browser logs each refusal; nothing else may be logged
    expect(errors.filter((e) => !/violates the following Content Security Policy directive/.test(e))).toEqual([]);
  });

  it('checks a valid file offline: verdict, record count, no problems', async () => {
    const { page, context, errors } = await openValidator();
    await context.setOffline(true);
    const before = requests.length;
    await page.setInputFiles('[data-test=file]', { name: 'case.json', mimeType: 'application/json', buffer: example('examples/records/trafficking-victim-case.json') });
    await page.locator('[data-test=verdict]').waitFor();
    await expect(page.locator('[data-test=verdict]').textContent()).resolves.toContain('Valid: case.json');
    await expect(page.locator('[data-test=summary]').textContent()).resolves.toMatch(/1 record checked \(JSON\): 0 errors/);
    expect(requests.length, 'nothing was requested while checking').toBe(before);
    await expect(violations(page)).resolves.toEqual([]);
    await context.close();
    expect(errors).toEqual([]);
  });

  it('shows every problem of an invalid file with its line, column and rule page, and downloads the report', async () => {
    const { page, context, errors } = await openValidator();
    await context.setOffline(true);
    const before = requests.length;
    const record = JSON.parse(example('examples/records/trafficking-victim-case.json').toString('utf8')) as { id: string };
    // a schema problem in the first record (a TLP that does not exist) and a rule in the second (modified before created)
    const other = { ...record, id: record.id.replace(/.$/, record.id.endsWith('0') ? '1' : '0'), created: '2026-05-01T00:00:00Z', modified: '2026-04-01T00:00:00Z' };
    const text = JSON.stringify([{ ...record, tlp: 'purple' }, other], null, 2);
    await page.setInputFiles('[data-test=file]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.locator('[data-test=verdict]').waitFor();
    await expect(page.locator('[data-test=verdict]').textContent()).resolves.toContain('Not valid: broken.json');
    await expect(page.locator('[data-test=summary]').textContent()).resolves.toMatch(/2 records checked \(JSON\): 2 errors/);
    const lines = text.split('\n');
    const schemaRow = page.locator('[data-test=problems] tr[data-code="schema_enum"]');
    await expect(schemaRow.count()).resolves.toBe(1);
    const tlpLine = lines.findIndex((l) => l.includes('"tlp": "purple"')) + 1;
    await expect(schemaRow.locator('td').first().textContent()).resolves.toContain(`line ${tlpLine}, column 12/0/tlp`);
    await expect(schemaRow.locator('a').getAttribute('href')).resolves.toBe('/reference/case#tlp');
    const ruleRow = page.locator('[data-test=problems] tr[data-code="date_order"]');
    await expect(ruleRow.count()).resolves.toBe(1);
    const modifiedLine = lines.findIndex((l, i) => i > lines.length / 2 && l.includes('"modified"')) + 1;
    await expect(ruleRow.locator('td').first().textContent()).resolves.toContain(`line ${modifiedLine}, column 17/1/modified`);
    await expect(ruleRow.locator('a').getAttribute('href')).resolves.toBe('/rules/date_order');
    // the report, as a file
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=download]').click()]);
    expect(download.suggestedFilename()).toBe('broken.json.report.json');
    const report = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { valid: boolean; problems: Array<{ code: string; line?: number }> };
    expect(report.valid).toBe(false);
    await expect(page.locator('[data-test=problems] tbody tr').count()).resolves.toBe(report.problems.length);
    expect(report.problems.map((p) => [p.code, p.line])).toEqual([['schema_enum', tlpLine], ['date_order', modifiedLine]]);
    expect(requests.length, 'nothing was requested or sent while checking').toBe(before);
    await expect(violations(page)).resolves.toEqual([]);
    await context.close();
    expect(errors).toEqual([]);
  });

  it('reads NDJSON, one record per line, and pasted text', async () => {
    const { page, context, errors } = await openValidator();
    await context.setOffline(true);
    const feed = example('examples/feeds/platform-indicators.ndjson').toString('utf8');
    const count = feed.split('\n').filter((l) => l.trim()).length;
    await page.setInputFiles('[data-test=file]', { name: 'feed.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from(feed) });
    await page.locator('[data-test=verdict]').waitFor();
    await expect(page.locator('[data-test=summary]').textContent()).resolves.toContain(`${count} records checked (NDJSON)`);
    // a broken line is reported at its own line number
    const broken = `${feed.trimEnd()}\n{"type": "indicator",}\n`;
    await page.locator('.paste summary').click();
    await page.locator('[data-test=paste]').fill(broken);
    await page.locator('[data-test=check-pasted]').click();
    await page.locator('[data-test=problems]').waitFor();
    const row = page.locator('[data-test=problems] tr[data-code="json_syntax"]');
    await expect(row.locator('td').first().textContent()).resolves.toContain(`line ${count + 1}, column`);
    await expect(violations(page)).resolves.toEqual([]);
    await context.close();
    expect(errors).toEqual([]);
  });
});
