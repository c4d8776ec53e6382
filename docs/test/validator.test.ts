/**
 * Drives the docs site's validator page (/validator) in Debian's Chromium through playwright-core, served with a
 * Content-Security-Policy header that forbids eval (on top of the page's own meta policy): valid and invalid JSON,
 * NDJSON, CSV and XLSX files are checked with the network switched off, every problem shows its line and column
 * (or sheet, row and column) and rule link, the report downloads, a hostile workbook is refused, cell text is
 * shown as text, the page reloads and works offline through its service worker, and nothing is sent anywhere.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordsToSheets, writeCsvSheet, writeXlsx } from '@gpos/tabular';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatorCsp } from '../.vitepress/csp.js';
import { SHEET_HEAD, SHEET_TAIL, workbook } from '../../packages/cli/test/zip.js';

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
  // the service worker holds every file of the validator: the page says so only once it does
  await page.locator('[data-test=offline]', { hasText: 'this page now works without a network connection, also after a reload' }).waitFor({ timeout: 60_000 });
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

  it('reloads without a network connection: the service worker serves the page and every chunk, the spreadsheet chunk included', async () => {
    const { page, context, errors } = await openValidator();
    await context.setOffline(true);
    const before = requests.length;
    await page.reload({ waitUntil: 'load' });
    await page.locator('[data-test=file]').waitFor({ timeout: 60_000 });
    await page.locator('[data-test=offline]', { hasText: 'also after a reload' }).waitFor({ timeout: 60_000 });
    await page.setInputFiles('[data-test=file]', { name: 'case.json', mimeType: 'application/json', buffer: example('examples/records/trafficking-victim-case.json') });
    await expect(page.locator('[data-test=verdict]').textContent()).resolves.toContain('Valid: case.json');
    // the spreadsheet chunk was never loaded in this tab: it comes from the worker's cache
    await page.setInputFiles('[data-test=file]', { name: 'indicator.csv', mimeType: 'text/csv', buffer: Buffer.from(TEMPLATE_CSV) });
    await expect(page.locator('[data-test=verdict]').textContent()).resolves.toContain('Valid: indicator.csv');
    expect(requests.length, 'nothing reached the server while offline').toBe(before);
    await expect(violations(page)).resolves.toEqual([]);
    await context.close();
    expect(errors).toEqual([]);
  });
});

/** The filled-in template of the Spreadsheets getting-started page: local references for ids, no timestamps. */
const TEMPLATE_CSV = [
  'id,source,tlp,status,observable/kind,observable/raw,observable/canonical,typology,related_indicators',
  'HT-0001,TH-GOV:aoc1441,green,reported,domain,thai-post-parcel[.]example,thai-post-parcel.example,impersonation.business,HT-0002',
  'HT-0002,TH-GOV:aoc1441,green,reported,domain,thai-post-track[.]example,thai-post-track.example,impersonation.business,',
  '',
].join('\n');

/** Drops a file and waits for the verdict. */
async function drop(page: Page, name: string, buffer: Buffer | Uint8Array, mimeType = 'application/octet-stream') {
  await page.setInputFiles('[data-test=file]', { name, mimeType, buffer: Buffer.from(buffer) });
  await page.locator('[data-test=verdict]').waitFor();
}

/** Each problem's place, code and link, as the table shows them. */
const problemRows = (page: Page) =>
  page.locator('[data-test=problems] tbody tr').evaluateAll((trs) => trs.map((tr) => ({ where: tr.querySelector('td span')?.textContent ?? '', code: tr.getAttribute('data-code'), link: tr.querySelector('a')?.getAttribute('href') ?? null, message: tr.querySelectorAll('td')[3]!.textContent! })));

const caseRecord = () => JSON.parse(example('examples/records/trafficking-victim-case.json').toString('utf8')) as Record<string, unknown>;

describe('the validator page with spreadsheets', () => {
  it('checks a filled-in CSV template offline: ids, timestamps and canonical forms filled in as `gpos validate --assign-ids --normalize` does, or the sheet as it is', async () => {
    const { page, context, errors } = await openValidator();
    await context.setOffline(true);
    const before = requests.length;
    // the spreadsheet worker is not started until a spreadsheet is dropped (the service worker only keeps its code)
    const sheetChunkLoaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/validator-sheets\.worker-[\w-]+\.js$/.test(e.name)));
    await expect(sheetChunkLoaded()).resolves.toBe(false);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await drop(page, 'indicator.csv', Buffer.from(TEMPLATE_CSV), 'text/csv');
    await expect(sheetChunkLoaded()).resolves.toBe(true);
    // read and checked off the page's thread, so a large workbook does not freeze the page
    expect(workers).toEqual([expect.stringMatching(/^\/validator-sheets\.worker-[\w-]+\.js$/)]);
    await expect(page.locator('[data-test=verdict]').textContent()).resolves.toContain('Valid: indicator.csv');
    await expect(page.locator('[data-test=summary]').textContent()).resolves.toMatch(/2 records checked \(CSV\): 0 errors/);
    await expect(page.locator('[data-test=assigned]').textContent()).resolves.toMatch(/2 records got a GPOS id or\s+timestamps[\s\S]*2 observables\s+a canonical form[\s\S]*gpos convert indicator\.csv --assign-ids --normalize/);
    // raw values only, as the first example of the Spreadsheets page: canonical forms are filled in; a value that is
    // no phone number is reported once, at its cell
    const raw = [
      'id,source,tlp,status,observable/kind,observable/raw,typology',
      'HOTLINE-2026-0142,TH-GOV:aoc1441,green,reported,phone_number,+66 81 234 5678,impersonation.government_law_enforcement',
      'HOTLINE-2026-0144,TH-GOV:aoc1441,green,reported,url,hxxps://thai-post-parcel[.]example/track,impersonation.business',
      '',
    ].join('\n');
    await drop(page, 'indicator.csv', Buffer.from(raw), 'text/csv');
    await expect(page.locator('[data-test=verdict]').textContent()).resolves.toContain('Valid: indicator.csv');
    await drop(page, 'indicator.csv', Buffer.from(raw.replace('+66 81 234 5678', 'call me back')), 'text/csv');
    expect((await problemRows(page)).map((r) => [r.where, r.code, r.link])).toEqual([['line 2, column F (observable/raw)', 'sheet_value_not_normalized', '/getting-started/spreadsheets']]);
    // a national number needs its country, as --default-region gives it; a setting that is no country code (a calling code) is not used
    const national = raw.replace('+66 81 234 5678', '081 234 5678');
    await drop(page, 'indicator.csv', Buffer.from(national), 'text/csv');
    expect((await problemRows(page)).map((r) => [r.where, r.code])).toEqual([['line 2, column F (observable/raw)', 'sheet_value_not_normalized']]);
    await page.locator('[data-test=region]').fill('66');
    await page.locator('[data-test=region-invalid]').waitFor();
    await page.locator('[data-test=region]').fill('th');
    await page.locator('[data-test=region-invalid]').waitFor({ state: 'detached' });
    await drop(page, 'indicator.csv', Buffer.from(national), 'text/csv');
    await expect(page.locator('[data-test=verdict]').textContent()).resolves.toContain('Valid: indicator.csv');
    await expect(page.locator('[data-test=assigned]').textContent()).resolves.toContain('--assign-ids --normalize --default-region TH');
    await page.locator('[data-test=region]').fill('');
    // the same sheet as it is: every row lacks its id and timestamps, placed at the row (no cell holds them)
    await page.locator('[data-test=assign]').uncheck();
    await drop(page, 'indicator.csv', Buffer.from(TEMPLATE_CSV), 'text/csv');
    await expect(page.locator('[data-test=verdict]').textContent()).resolves.toContain('Not valid: indicator.csv');
    const rows = await problemRows(page);
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.some((r) => r.where.startsWith('line 2') && r.code === 'schema_required')).toBe(true);
    expect(rows.some((r) => r.where.startsWith('line 2, column A (id)') && r.code === 'schema_pattern')).toBe(true);
    expect(requests.length, 'nothing was requested while checking').toBe(before);
    await expect(violations(page)).resolves.toEqual([]);
    await context.close();
    expect(errors).toEqual([]);
  });

  it('places the problems of an invalid CSV at their line and column, with a link to the rule or the sheet layout, and downloads the report', async () => {
    const { page, context, errors } = await openValidator();
    await context.setOffline(true);
    const lines = TEMPLATE_CSV.split('\n');
    // a TLP that does not exist on line 3 (column C), a confidence that is no number on line 2 (a column added at J)
    lines[0] = `${lines[0]},confidence`;
    lines[1] = `${lines[1]},high`;
    lines[2] = `${lines[2]!.replace(',green,', ',purple,')},80`;
    await drop(page, 'indicator.csv', Buffer.from(lines.join('\n')), 'text/csv');
    await expect(page.locator('[data-test=verdict]').textContent()).resolves.toContain('Not valid: indicator.csv');
    const rows = await problemRows(page);
    expect(rows.map((r) => [r.where, r.code, r.link])).toEqual([
      ['line 2, column J (confidence)', 'sheet_invalid_cell', '/getting-started/spreadsheets'],
      ['line 3, column C (tlp)', 'schema_enum', '/reference/indicator#tlp'],
    ]);
    expect(rows[0]!.message).toContain('expected a number, found "high"');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=download]').click()]);
    expect(download.suggestedFilename()).toBe('indicator.csv.report.json');
    const report = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { format: string; valid: boolean; problems: Array<Record<string, unknown>> };
    expect([report.format, report.valid]).toEqual(['csv', false]);
    expect(report.problems.map((p) => [p.code, p.sheet, p.line, p.row, p.column, p.column_heading, p.cell])).toEqual([
      ['sheet_invalid_cell', 'indicator', 2, 2, 10, 'confidence', 'indicator!J2'],
      ['schema_enum', 'indicator', 3, 3, 3, 'tlp', 'indicator!C3'],
    ]);
    await expect(violations(page)).resolves.toEqual([]);
    await context.close();
    expect(errors).toEqual([]);
  });

  it('checks a valid workbook and places the problems of an invalid one at their sheet, row and column', async () => {
    const { page, context, errors } = await openValidator();
    await context.setOffline(true);
    const before = requests.length;
    const record = caseRecord();
    await drop(page, 'case.xlsx', await writeXlsx(recordsToSheets([record])));
    await expect(page.locator('[data-test=verdict]').textContent()).resolves.toContain('Valid: case.xlsx');
    await expect(page.locator('[data-test=summary]').textContent()).resolves.toMatch(/1 record checked \(XLSX\): 0 errors/);
    await expect(page.locator('[data-test=assigned]').count()).resolves.toBe(0);
    // an export has titles on row 1 and field paths on row 2: the records are on rows 3 and 4; a TLP that does not
    // exist in the first, a record modified before it was created in the second
    const id = record.id as string;
    const other = { ...record, id: id.replace(/.$/, id.endsWith('0') ? '1' : '0'), created: '2026-05-01T00:00:00Z', modified: '2026-04-01T00:00:00Z' };
    const sheets = recordsToSheets([{ ...record, tlp: 'purple' }, other]);
    const letter = (heading: string) => String.fromCharCode(65 + sheets[0]!.headings.indexOf(heading));
    await drop(page, 'broken.xlsx', await writeXlsx(sheets));
    await expect(page.locator('[data-test=verdict]').textContent()).resolves.toContain('Not valid: broken.xlsx');
    const rows = await problemRows(page);
    expect(rows.map((r) => [r.where, r.code, r.link])).toEqual([
      [`sheet case, row 3, column ${letter('tlp')} (tlp)`, 'schema_enum', '/reference/case#tlp'],
      [`sheet case, row 4, column ${letter('modified')} (modified)`, 'date_order', '/rules/date_order'],
    ]);
    expect(requests.length, 'nothing was requested while checking').toBe(before);
    await expect(violations(page)).resolves.toEqual([]);
    await context.close();
    expect(errors).toEqual([]);
  });

  it('reads a family\'s CSV files together: child rows join their records, and each problem names its file', async () => {
    const { page, context, errors } = await openValidator();
    await context.setOffline(true);
    const sheets = recordsToSheets([caseRecord()]);
    const payments = sheets.find((s) => s.name === 'case.payments')!;
    expect(payments.rows.length).toBeGreaterThan(0);
    const files = sheets.map((s) => ({ name: `${s.name}.csv`, mimeType: 'text/csv', buffer: Buffer.from(writeCsvSheet(s)) }));
    await page.setInputFiles('[data-test=file]', files);
    await page.locator('[data-test=verdict]').waitFor();
    await expect(page.locator('[data-test=verdict]').textContent()).resolves.toContain('Valid: case.csv');
    await expect(page.locator('[data-test=summary]').textContent()).resolves.toMatch(/1 record checked \(CSV\): 0 errors/);
    // a payment row that names a case not on the main sheet
    const keyColumn = payments.headings.indexOf('case.id');
    const orphan = { ...payments, rows: [payments.rows[0]!.map((cell, i) => (i === keyColumn ? 'case--00000000-0000-7000-8000-000000000000' : cell))] };
    await page.setInputFiles('[data-test=file]', files.map((f) => (f.name === 'case.payments.csv' ? { ...f, buffer: Buffer.from(writeCsvSheet(orphan)) } : f)));
    await expect(page.locator('[data-test=verdict]').textContent()).resolves.toContain('Not valid: case.csv');
    const rows = await problemRows(page);
    expect(rows.map((r) => [r.where, r.code])).toEqual([['case.payments.csv, line 2, column A (case.id)', 'sheet_orphan_row']]);
    await expect(violations(page)).resolves.toEqual([]);
    await context.close();
    expect(errors).toEqual([]);
  });

  it('refuses a zip bomb, a lying archive and an oversized CSV file with a clear message, and keeps working', async () => {
    const { page, context, errors } = await openValidator();
    await context.setOffline(true);
    // 2 MB on disk, 612 MB of sheet XML declared: refused before a byte is inflated
    const bomb = workbook({ head: SHEET_HEAD, body: '<row r="1"><c r="A1" t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>', times: 6_000_000, tail: SHEET_TAIL });
    await page.setInputFiles('[data-test=file]', { name: 'bomb.xlsx', mimeType: 'application/octet-stream', buffer: bomb });
    const alert = page.locator('[role=alert]');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/This file was not read: bomb\.xlsx: the workbook expands to 612 MB of XML, over the limit of 100 MB/);
    await expect(page.locator('[data-test=result]').count()).resolves.toBe(0);
    // a sheet that inflates past what its header declares is refused too
    const liar = workbook({ head: SHEET_HEAD, body: '<row r="1"><c r="A1"><v>1</v></c></row>', times: 4_000_000, tail: SHEET_TAIL, declaredSize: 4096 });
    await page.setInputFiles('[data-test=file]', { name: 'liar.xlsx', mimeType: 'application/octet-stream', buffer: liar });
    await page.getByText('inflates to more than the 4,096 bytes its header declares').waitFor();
    // a CSV file the page would have to hold whole past the limit (made in the page: a 101 MB blob of spaces, dropped)
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(101 * 1024 * 1024).fill(32)], 'huge.csv', { type: 'text/csv' }));
      document.querySelector('[data-test=drop]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.getByText('huge.csv is 101 MB; this page reads CSV files of up to 100 MB').waitFor();
    // a spreadsheet format the page does not read: what to save it as, not a page of JSON syntax errors
    await page.setInputFiles('[data-test=file]', { name: 'old.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) });
    await page.getByText('old.xls is not read here: save it as an Excel Workbook (.xlsx)').waitFor();
    // and the page goes on working
    await drop(page, 'indicator.csv', Buffer.from(TEMPLATE_CSV), 'text/csv');
    await expect(page.locator('[data-test=verdict]').textContent()).resolves.toContain('Valid: indicator.csv');
    await expect(page.locator('[role=alert]').count()).resolves.toBe(0);
    await context.close();
    expect(errors).toEqual([]);
  });

  it('shows cell text as text: markup is not run, formulas are not evaluated, control characters are made visible', async () => {
    const { page, context, errors } = await openValidator();
    await context.setOffline(true);
    const markup = '<img src=x onerror="window.__injected=1">';
    const csv = [
      `id,source,tlp,status,observable/kind,observable/raw,observable/canonical,typology,confidence,"${markup.replace(/"/g, '""')}"`,
      `HT-0001,TH-GOV:aoc1441,green,reported,domain,a[.]example,a.example,impersonation.business,"=HYPERLINK(""http://evil.example"")${markup.replace(/"/g, '""')}",x`,
      'HT-0002,TH-GOV:aoc1441,green,reported,domain,b[.]example,b.example,impersonation.business,\u202Egnp.exe\u0007,',
      '',
    ].join('\n');
    await drop(page, 'indicator.csv', Buffer.from(csv), 'text/csv');
    await expect(page.locator('[data-test=verdict]').textContent()).resolves.toContain('Not valid: indicator.csv');
    const rows = await problemRows(page);
    const unknown = rows.find((r) => r.code === 'sheet_unknown_column')!;
    expect(unknown.message).toContain(markup);
    const cell = rows.find((r) => r.code === 'sheet_invalid_cell' && r.where.startsWith('line 2'))!;
    expect(cell.message).toContain(`=HYPERLINK("http://evil.example")${markup}`);
    // a right-to-left override and a bell are shown as escapes, not applied
    const control = rows.find((r) => r.code === 'sheet_invalid_cell' && r.where.startsWith('line 3'))!;
    expect(control.message).toContain('\\u{202E}gnp.exe\\u{7}');
    expect(control.message).not.toMatch(/[\u202E\u0007]/);
    await expect(page.locator('[data-test=problems] img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).resolves.toBeUndefined();
    await expect(violations(page)).resolves.toEqual([]);
    await context.close();
    expect(errors).toEqual([]);
  });
});
