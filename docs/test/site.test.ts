/**
 * Drives the built docs site in Debian's Chromium through playwright-core: the pages standards bodies and partners
 * rely on render, reference tables work without JavaScript, the codelist crosswalks show, rule pages exist, local
 * search finds a codelist title, and no page logs an error.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const DOCS = fileURLToPath(new URL('../', import.meta.url));
const REPO = join(DOCS, '..');
const DIST = join(DOCS, '.vitepress', 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = join(DOCS, 'test-results');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A tiny static server over the built site, resolving `/x` and `/x/` the way a static host does. */
function serve(root: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    const candidates = [join(root, safe), join(root, `${safe}.html`), join(root, safe, 'index.html')];
    const file = candidates.find((f) => f.startsWith(root) && existsSync(f) && statSync(f).isFile());
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html' }).end(existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : 'not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

const indicatorSchema = JSON.parse(readFileSync(join(REPO, 'schemas', 'v1', 'indicator.json'), 'utf8')) as { properties: Record<string, unknown> };
const sidebar = () => JSON.parse(readFileSync(join(DOCS, '.vitepress', 'generated', 'sidebar.json'), 'utf8')) as Record<string, Array<{ text: string; link: string }>>;

/** The packages scripts/api.ts documents: non-private, with a src/index.ts. */
const apiPackageNames = () =>
  readdirSync(join(REPO, 'packages')).flatMap((dir) => {
    const manifest = join(REPO, 'packages', dir, 'package.json');
    if (!existsSync(manifest) || !existsSync(join(REPO, 'packages', dir, 'src', 'index.ts'))) return [];
    const { name, private: isPrivate } = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string; private?: boolean };
    return isPrivate ? [] : [name];
  });

let browser: Browser;
let base: string;
let server: Server;
const consoleErrors = new Map<string, string[]>();

/** A page that records console errors and uncaught exceptions under `name`. */
async function open(name: string, path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1440, height: 1200 } });
  const page = await context.newPage();
  const errors: string[] = [];
  consoleErrors.set(name, errors);
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`${res.status()} ${res.url()}`);
  });
  const response = await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  expect(response?.status(), `${path} should be served`).toBe(200);
  return page;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH; the docs site test drives it through playwright-core and never downloads a browser.`);
  }
  if (!existsSync(join(DIST, 'index.html')) || process.env.GPOS_DOCS_REBUILD) {
    execFileSync('npm', ['run', 'build'], { cwd: DOCS, stdio: 'inherit' });
  }
  ({ server, base } = await serve(DIST));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

describe('the docs site', () => {
  it('renders the home page', async () => {
    const page = await open('home', '/');
    await expect(page.locator('h1').first().textContent()).resolves.toContain('GPOS Open Scam Data Standard');
    for (const family of ['Indicators', 'Victim cases', 'Commitments']) await expect(page.getByText(family, { exact: true }).count()).resolves.toBeGreaterThan(0);
    await page.context().close();
  });

  it('lists every top-level property of indicator.json on the indicator page, without JavaScript', async () => {
    // the server-rendered HTML alone must carry the reference table
    const html = await (await fetch(`${base}/reference/indicator.html`)).text();
    const page = await open('indicator (no JavaScript)', '/reference/indicator', false);
    for (const property of Object.keys(indicatorSchema.properties)) {
      expect(html, `the HTML should anchor ${property}`).toContain(`id="${property}"`);
      const row = page.locator('#fields ~ table').first().locator(`tr:has([id="${property}"])`);
      await expect(row.count(), `a row for ${property}`).resolves.toBe(1);
      await expect(row.locator('td').first().textContent()).resolves.toContain(property);
    }
    await page.context().close();
  });

  it('renders the indicator page with JavaScript and saves a screenshot', async () => {
    const page = await open('indicator', '/reference/indicator');
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Indicator');
    await expect(page.locator('a[href="/v1/indicator.json"]').count()).resolves.toBe(1);
    const schema = await fetch(`${base}/v1/indicator.json`);
    expect(schema.status).toBe(200);
    expect(((await schema.json()) as { $id: string }).$id).toBe('https://schemas.gpos.network/v1/indicator.json');
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, 'indicator.png') });
    await page.context().close();
  });

  it('shows the model diagram on the home page, with links to each family page, and opens case → payments → freeze in the schema browser', async () => {
    const home = await open('model', '/');
    const diagram = home.locator('svg.gpos-model').first();
    await expect(diagram.isVisible()).resolves.toBe(true);
    await expect(home.locator('p:has-text("Reference pages") a[href="/reference/case.html"]').count()).resolves.toBe(1);
    await home.context().close();

    const page = await open('case browser', '/reference/case');
    await expect(page.locator('#connections ~ svg.gpos-model-family, #connections ~ p svg.gpos-model-family').count()).resolves.toBeGreaterThan(0);
    const browser = page.locator('.gpos-browser');
    const payments = browser.locator('details:has(> summary > code:text-is("payments"))').first();
    const freeze = payments.locator('details:has(> summary > code:text-is("freeze"))').first();
    await expect(freeze.isVisible()).resolves.toBe(false);
    await payments.locator('> summary').click();
    await expect(freeze.isVisible()).resolves.toBe(true);
    await freeze.locator('> summary').click();
    await expect(freeze.locator('code:text-is("frozen_at")').first().isVisible()).resolves.toBe(true);
    // each release's schemas at its own address, with its own $id
    const pinned = await fetch(`${base}/1.0.0/case.json`);
    expect(pinned.status).toBe(200);
    expect(((await pinned.json()) as { $id: string }).$id).toBe('https://schemas.gpos.network/1.0.0/case.json');
    await page.context().close();
  });

  it('shows the typology codelist with its crosswalks', async () => {
    const csvPath = join(REPO, 'schemas', 'codelists', 'typology.csv');
    expect(existsSync(csvPath), 'schemas/codelists/typology.csv must exist for its codelist page').toBe(true);
    const rows = parse(readFileSync(csvPath, 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Array<Record<string, string>>;
    const row = rows.find((r) => r.code === 'investment.relationship');
    expect(row, 'investment.relationship is a typology code').toBeDefined();
    const page = await open('typology', '/codelists/typology');
    const headers = (await page.locator('table th').allTextContents()).map((h) => h.trim());
    const crosswalk = headers.find((h) => h === 'UK Finance' || h === 'FTC');
    expect(crosswalk, `a UK Finance or FTC column among ${headers.join(', ')}`).toBeDefined();
    const column = Object.keys(row!).find((c) => c.startsWith('xw_') && (crosswalk === 'UK Finance' ? /^xw_uk_?f/.test(c) : /^xw_ftc/.test(c)))!;
    const cellIndex = headers.indexOf(crosswalk!);
    const cell = page.locator(`tr:has([id="investment.relationship"]) td`).nth(cellIndex);
    await expect(cell.textContent()).resolves.toContain(row![column]!.trim());
    await page.context().close();
  });

  it('renders a rule page when the validator publishes rules', async (ctx) => {
    const rules = sidebar().rules ?? [];
    if (!existsSync(join(REPO, 'packages', 'validate', 'src', 'rules', 'index.ts'))) ctx.skip();
    expect(rules.length, 'rule pages were generated from @gpos/validate').toBeGreaterThan(0);
    const first = rules.find((r) => r.text === 'date_order') ?? rules[0]!;
    const page = await open('rule', first.link);
    await expect(page.locator('h1').first().textContent()).resolves.toContain(first.text);
    await expect(page.locator('h2#wrong, h2#right').count()).resolves.toBeGreaterThan(0);
    await page.context().close();
  });

  it('renders the TypeScript API reference: the validate function of @gpos/validate, with its TSDoc, in the sidebar', async (ctx) => {
    const source = join(REPO, 'packages', 'validate', 'src', 'index.ts');
    if (!existsSync(source)) ctx.skip();
    // the first line of the TSDoc comment right above `export function validate(` (read from the source, so the test follows edits to it)
    const doc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export function validate\(/.exec(readFileSync(source, 'utf8'))?.[1];
    const summary = doc?.split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trim()).find((l) => l && !l.startsWith('@'));
    expect(summary, 'validate() in packages/validate/src/index.ts has a TSDoc summary').toBeTruthy();
    const page = await open('api: validate()', '/api/@gpos/validate/functions/validate');
    await expect(page.locator('.vp-doc h1').first().textContent()).resolves.toContain('validate()');
    // the summary is @gpos/validate's TSDoc comment on `validate`, rendered as a paragraph
    const prose = (await page.locator('.vp-doc p').allTextContents()).join('\n').replace(/\s+/g, ' ');
    expect(prose).toContain(summary!.replace(/`/g, '').replace(/\{@link\s+([^}|\s]+)[^}]*\}/g, '$1'));
    await expect(page.locator('.vp-doc pre').first().textContent()).resolves.toContain('function validate(');
    // the sidebar has one group per package, the current one expanded down to this function
    const sidebar = page.locator('.VPSidebar');
    for (const pkg of apiPackageNames()) await expect(sidebar.getByText(pkg, { exact: true }).count(), `${pkg} in the sidebar`).resolves.toBeGreaterThan(0);
    const link = sidebar.locator('.VPSidebarItem.is-active a[href$="/api/@gpos/validate/functions/validate.html"]');
    await expect(link.count(), 'validate() is the active sidebar item').resolves.toBe(1);
    await expect(link.isVisible()).resolves.toBe(true);
    await expect(page.locator('.VPNav a[href="/api/"]').first().textContent()).resolves.toContain('TypeScript API');
    await page.context().close();
  });

  it('finds "pig butchering" with the local search', async () => {
    expect(existsSync(join(REPO, 'schemas', 'codelists', 'typology.csv')), 'schemas/codelists/typology.csv must exist: its page is what search should find').toBe(true);
    const page = await open('search', '/');
    await page.locator('.DocSearch-Button').first().click();
    const input = page.locator('#localsearch-input');
    await input.waitFor();
    await input.fill('pig butchering');
    const hit = page.locator('.VPLocalSearchBox .result[href*="/codelists/typology"]').first();
    await hit.waitFor({ timeout: 10_000 });
    await expect(hit.textContent()).resolves.toMatch(/typology|investment\.relationship|pig butchering/i);
    await page.context().close();
  });

  it.each([
    ['community key', '/sdk/pseudonymisation'],
    ['redaction policy', '/sdk/redaction'],
    ['detached JWS', '/sdk/signatures'],
    ['SDK in 5 minutes', '/getting-started/sdk'],
  ])('finds the SDK explanations with the local search: "%s"', async (query, path) => {
    const page = await open(`search ${query}`, '/');
    await page.locator('.DocSearch-Button').first().click();
    const input = page.locator('#localsearch-input');
    await input.waitFor();
    await input.fill(query);
    await page.locator(`.VPLocalSearchBox .result[href*="${path}"]`).first().waitFor({ timeout: 10_000 });
    await page.context().close();
  });

  it('renders a code block whose info string carries test attributes as its language alone', async () => {
    const page = await open('getting started', '/getting-started/sdk');
    // ```ts file=build.ts is highlighted as TypeScript; the attribute never shows
    await expect(page.locator('div.language-ts').count()).resolves.toBeGreaterThan(2);
    await expect(page.locator('.vp-doc').textContent()).resolves.not.toMatch(/file=build\.ts/);
    await page.context().close();
  });

  it('logs no console errors on the pages it visited', () => {
    const failures = [...consoleErrors].filter(([, errors]) => errors.length).map(([name, errors]) => `${name}: ${errors.join(' | ')}`);
    expect(failures).toEqual([]);
  });
});
