import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { gpos, gposMeasured, INDICATOR, indicator, jsonReport, ndjson, pretty, tempDir } from './helpers.js';
import { SHEET_HEAD, SHEET_TAIL, workbook } from './zip.js';

/*
 * Each attack from issue 16, on the built binary: the exit status, the message and the peak memory. Files are
 * made in a temp folder; the big ones are sparse files or repeated deflate blocks, so they cost little to make.
 */
const t = tempDir();
afterAll(() => t.cleanup());

const noStack = (run: { stdout: string; stderr: string }) => {
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).not.toMatch(/RangeError|heap out of memory|internal error/i);
};

describe('compressed spreadsheets', () => {
  it('refuses a 2 MB workbook whose sheet declares 640 MB, before inflating it', () => {
    const bomb = workbook({ head: SHEET_HEAD, body: '<row r="1"><c r="A1" t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>', times: 6_000_000, tail: SHEET_TAIL });
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    t.write('bomb/declared.xlsx', bomb);
    for (const args of [['validate', 'declared.xlsx'], ['convert', 'declared.xlsx', '--to', 'ndjson']]) {
      const run = gposMeasured(args, { cwd: join(t.dir, 'bomb') });
      noStack(run);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/declared\.xlsx: .*expands to 612 MB.*over the limit of 100 MB/);
      expect(run.peakMb).toBeLessThan(200);
    }
  });

  it('stops inflating a member that expands beyond the size its header declares', () => {
    const liar = workbook({ head: SHEET_HEAD, body: '<row r="1"><c r="A1"><v>1</v></c></row>', times: 4_000_000, tail: SHEET_TAIL, declaredSize: 4096 });
    t.write('bomb/liar.xlsx', liar);
    const run = gposMeasured(['validate', 'liar.xlsx'], { cwd: join(t.dir, 'bomb') });
    noStack(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/liar\.xlsx: .*xl\/worksheets\/sheet1\.xml.*more than the 4,096 bytes its header declares/);
    expect(run.peakMb).toBeLessThan(200);
  });

  it('counts rows while inflating and refuses a sheet over 1,048,576 rows', () => {
    t.write('bomb/rows.xlsx', workbook({ head: SHEET_HEAD, body: '<row/>', times: 1_048_600, tail: SHEET_TAIL }));
    const run = gposMeasured(['validate', 'rows.xlsx'], { cwd: join(t.dir, 'bomb') });
    noStack(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/rows\.xlsx: .*xl\/worksheets\/sheet1\.xml has more than 1,048,578 rows/);
    expect(run.peakMb).toBeLessThan(200);
  });
});

describe('huge and empty-looking files', () => {
  // sparse: 2 GB of NUL bytes that take no disk
  const huge = (name: string) => {
    const path = t.write(name, '');
    truncateSync(path, 2 * 1024 * 1024 * 1024);
    return path;
  };

  it('refuses a 2 GB .json file of NUL bytes with the size limit, without reading it', () => {
    huge('huge/nul.json');
    for (const args of [['validate', 'nul.json'], ['convert', 'nul.json', '--to', 'csv', '--output', 'out'], ['normalize', 'nul.json']]) {
      const run = gposMeasured(args, { cwd: join(t.dir, 'huge') });
      noStack(run);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/nul\.json: .*2,048 MB.*over the limit of 256 MB for a \.json file.*NDJSON/);
      expect(run.peakMb).toBeLessThan(200);
    }
  });

  it('streams a 2 GB NDJSON file of NUL bytes until its first line passes the line limit', () => {
    huge('huge/nul.ndjson');
    const run = gposMeasured(['validate', '--format', 'json', 'nul.ndjson'], { cwd: join(t.dir, 'huge') });
    noStack(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nul\.ndjson: line 1 is longer than 128 MB/);
    expect(run.peakMb).toBeLessThan(400);
  });

  it('never calls a file of NUL bytes an empty feed', () => {
    t.write('huge/small-nul.ndjson', Buffer.alloc(64 * 1024));
    const run = gpos(['validate', '--format', 'json', 'small-nul.ndjson'], { cwd: join(t.dir, 'huge') });
    expect(run.code).toBe(1);
    expect(jsonReport(run).ok).toBe(false);
    expect(jsonReport(run).files[0]!.problems[0]!.code).toBe('json_syntax');
    // a feed of blank lines is legitimately empty
    t.write('huge/blank.ndjson', '\n\r\n  \n');
    expect(gpos(['validate', 'blank.ndjson'], { cwd: join(t.dir, 'huge') }).code).toBe(0);
  });
});

describe('symbolic links and secrets', () => {
  const SECRET = 'root:$6$s3cr3tHash:19000:0:99999:7:::';
  mkdirSync(join(t.dir, 'links/outside'), { recursive: true });
  mkdirSync(join(t.dir, 'links/data'), { recursive: true });
  writeFileSync(join(t.dir, 'links/outside/shadow'), `${SECRET}\nbin:*:19000\n`);
  writeFileSync(join(t.dir, 'links/data/good.json'), pretty(INDICATOR));
  symlinkSync('../outside/shadow', join(t.dir, 'links/data/leak.json'));
  symlinkSync('/', join(t.dir, 'links/data/root'));
  symlinkSync('/proc/self/environ', join(t.dir, 'links/data/env.json'));
  symlinkSync('good.json', join(t.dir, 'links/data/inside.json'));
  symlinkSync('outside/shadow', join(t.dir, 'links/shadow.json'));
  mkdirSync(join(t.dir, 'links/followed'));
  symlinkSync('../outside/shadow', join(t.dir, 'links/followed/leak.json'));
  symlinkSync('/proc/self/environ', join(t.dir, 'links/followed/env.json'));

  it('does not follow links out of a folder it walks, and says so', () => {
    const run = gposMeasured(['validate', '--format', 'json', 'data'], { cwd: join(t.dir, 'links'), env: { GPOS_CANARY: 'canary-value-42' } });
    noStack(run);
    expect(run.code).toBe(0);
    expect(jsonReport(run).files.map((f) => f.path)).toEqual(['data/good.json']);
    for (const name of ['leak.json', 'root', 'env.json']) expect(run.stderr).toContain(`skipped data/${name}: a symbolic link out of data (--follow-symlinks follows it)`);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/s3cr3t|canary-value/);
    expect(run.peakMb).toBeLessThan(200);
  });

  it('follows them with --follow-symlinks, and never echoes text that is not JSON', () => {
    const run = gpos(['validate', '--follow-symlinks', 'followed'], { cwd: join(t.dir, 'links'), env: { GPOS_CANARY: 'canary-value-42' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('followed/leak.json');
    expect(run.stdout).toContain('followed/env.json');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/s3cr3t|canary-value/);
  });

  it('shows no code frame for a named link to a file that is not JSON', () => {
    const run = gpos(['validate', 'shadow.json'], { cwd: join(t.dir, 'links') });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('json_syntax');
    expect(run.stdout).not.toContain('s3cr3t');
    expect(run.stdout).not.toContain('|');
  });

  it('skips special files in a folder', () => {
    mkdirSync(join(t.dir, 'special'));
    writeFileSync(join(t.dir, 'special/good.json'), pretty(INDICATOR));
    if (spawnSync('mkfifo', [join(t.dir, 'special/pipe.json')]).status !== 0) return;
    const run = gpos(['validate', 'special'], { cwd: t.dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('skipped special/pipe.json: not a regular file');
  });
});

describe('terminal and CI injection', () => {
  // a name that clears the screen, and one that prints a fake verdict on a line of its own
  const names = ['inj/\u001b[2J\u001b[Hname.json', 'inj/x\n\u2714 1 file, 1 record (1 valid, 0 invalid); 0 errors, 0 warnings\n.json'];
  writeFileSync(t.write(names[0]!, ''), pretty({ ...INDICATOR, '\u001b]0;title\u0007\u009b31m': 1, description: { en: 'a\u202Eb' } }));
  writeFileSync(t.write(names[1]!, ''), '{"type": "indicator", "id": "\u001b[31mred\u0085"');
  const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

  for (const format of ['pretty', 'github', 'junit']) {
    it(`escapes control characters in names and content (${format})`, () => {
      const run = gpos(['validate', '--format', format, 'inj'], { cwd: t.dir });
      expect(run.code).toBe(1);
      expect(run.stdout).not.toMatch(UNSAFE);
      expect(run.stderr).not.toMatch(UNSAFE);
      expect(run.stdout).toContain('\\u001B[2J');
      expect(run.stdout).not.toMatch(/^\u2714/m);
    });
  }

  it('escapes them in the messages of the other commands too', () => {
    const run = gpos(['normalize', 'inj'], { cwd: t.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(UNSAFE);
    expect(run.stderr).toMatch(/^inj\/x\\u000A\u2714 1 file.*\\u000A\.json:1:30: error: control character U\+001B/m);
  });
});

describe('formula injection', () => {
  const payloads = ['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1+1', '\r=1+1', '\n=1+1', '\r\n=1+1', '\uFF1D1+1', "'=1+1", 'ok =1+1'];
  it('neutralises every OWASP formula start, as a real CSV parser reads the file, and reads it back exactly', () => {
    t.write('formula/in.ndjson', ndjson(payloads.map((en, k) => indicator(k + 1, { description: { en } }))));
    const run = gpos(['convert', 'formula/in.ndjson', '--to', 'csv', '--output', 'formula/csv'], { cwd: t.dir });
    expect(run.code).toBe(0);
    const rows = parse(readFileSync(join(t.dir, 'formula/csv/indicator.csv')), { bom: true, relax_column_count: true }) as string[][];
    const column = rows[0]!.indexOf('description/en');
    expect(column).toBeGreaterThan(-1);
    const cells = rows.slice(1).map((r) => r[column]!);
    expect(cells).toHaveLength(payloads.length);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@\uFF1D\uFF0B\uFF20]/);
    const back = gpos(['convert', 'formula/csv', '--to', 'ndjson'], { cwd: t.dir });
    expect(back.code).toBe(0);
    expect(back.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { description: { en: string } }).description.en)).toEqual(payloads);
  });
});

describe('amplification', () => {
  it('caps the problems listed for an 8 MB file of one million duplicate keys, and counts them all', () => {
    t.write('amp/dups.json', `{${'"a":1,'.repeat(1_000_000)}"a":1}`);
    const run = gposMeasured(['validate', '--format', 'json', 'dups.json'], { cwd: join(t.dir, 'amp') });
    noStack(run);
    expect(run.code).toBe(1);
    expect(run.stdout.length).toBeLessThan(200_000);
    const report = jsonReport(run);
    expect(report.summary.errors).toBeGreaterThanOrEqual(1_000_000);
    expect(report.files[0]!.problems.length).toBeLessThanOrEqual(100);
    expect(run.stderr).toMatch(/more problems in amp\/dups\.json|more problems in dups\.json/);
    expect(run.peakMb).toBeLessThan(300);
    const human = gposMeasured(['validate', 'dups.json'], { cwd: join(t.dir, 'amp') });
    expect(human.stdout.length).toBeLessThan(200_000);
    expect(human.stdout).toMatch(/more problems in this file not listed \(at most 100 a record and 1,000 a file are listed/);
  });

  it('caps the problems listed per file in a feed of 200 000 broken lines, and counts them all', () => {
    t.write('amp/broken.ndjson', '{}\n'.repeat(200_000));
    const run = gposMeasured(['validate', '--format', 'json', 'broken.ndjson'], { cwd: join(t.dir, 'amp') });
    noStack(run);
    expect(run.code).toBe(1);
    const report = jsonReport(run);
    expect(report.summary.invalid).toBe(200_000);
    expect(report.summary.errors).toBeGreaterThanOrEqual(200_000);
    expect(report.files[0]!.problems.length).toBeLessThanOrEqual(1000);
    expect(run.peakMb).toBeLessThan(300);
  });
});
