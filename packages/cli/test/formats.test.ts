import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../src/commands/validate/report/github.js';
import { xml } from '../src/commands/validate/report/junit.js';
import { gpos, indicator, INDICATOR, ndjson, packageRoot, pretty, tempDir, WARNING_INDICATOR } from './helpers.js';

const t = tempDir();
const NASTY = 'x<&>"\'\u0001%\r\n,:]]>';
beforeAll(() => {
  t.write('good.json', pretty(INDICATOR));
  t.write('warn.json', pretty(WARNING_INDICATOR));
  t.write('bad.json', pretty({ ...INDICATOR, tlp: 'purple', extra: true }));
  t.write('feed.ndjson', `${ndjson([indicator(1), indicator(2, { tlp: NASTY })])}not json\n`);
  t.write('odd, name: 100%.json', pretty({ ...INDICATOR, status: NASTY }));
  t.write('broken.json', '{"type": "indicator",,}');
});
afterAll(() => t.cleanup());

const ALL = ['good.json', 'warn.json', 'bad.json', 'feed.ndjson', 'odd, name: 100%.json', 'broken.json'];

function wellFormedXml(text: string): void {
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(text).close();
}

describe('--format json', () => {
  const schema = JSON.parse(readFileSync(join(packageRoot, 'schemas', 'report.schema.json'), 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validateReport = ajv.compile(schema);

  it.each([
    [['--format', 'json', ...ALL]],
    [['--format', 'json', '--strict', ...ALL]],
    [['--format', 'json', '--quiet', '--max-problems', '2', ...ALL]],
    [['--format', 'json', 'good.json']],
    [['--format', 'json', 'missing.json']],
  ])('writes reports that satisfy the shipped schema: %j', (args) => {
    const run = gpos(['validate', ...args], { cwd: t.dir });
    const report = JSON.parse(run.stdout) as unknown;
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect((report as { ok: boolean }).ok).toBe(run.code === 0);
  });

  it('is exported as @gpos/cli/report.schema.json', () => {
    const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { exports: Record<string, unknown>; files: string[] };
    expect(pkg.exports['./report.schema.json']).toBe('./schemas/report.schema.json');
    expect(pkg.files).toContain('schemas');
  });
});

describe('--format pretty', () => {
  it('groups by file with a code frame and a summary, without colours off a terminal', () => {
    const run = gpos(['validate', 'bad.json', 'good.json'], { cwd: t.dir });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stdout).toMatch(/^bad\.json\n/);
    expect(run.stdout).toContain('8:10');
    expect(run.stdout).toMatch(/> 8 \|   "tlp": "purple",\n\s+\| {10}\^/);
    expect(run.stdout).toMatch(/✖ 2 files, 2 records \(1 valid, 1 invalid\); 2 errors, 0 warnings\n$/);
    expect(run.stdout).not.toContain('good.json');
  });

  it('uses colours when forced, never with NO_COLOR', () => {
    expect(gpos(['validate', 'bad.json'], { cwd: t.dir, env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31m');
    expect(gpos(['validate', 'bad.json'], { cwd: t.dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(gpos(['validate', '--output', 'report.txt', 'bad.json'], { cwd: t.dir, env: { FORCE_COLOR: '1' } }).stdout).toBe('');
    expect(readFileSync(join(t.dir, 'report.txt'), 'utf8')).not.toContain('\u001b[');
  });

  it('shows no code frame for NDJSON, whose lines can be huge', () => {
    const run = gpos(['validate', 'feed.ndjson'], { cwd: t.dir });
    expect(run.stdout).toMatch(/^feed\.ndjson\n {2}2:\d+ +error {4}/);
    expect(run.stdout).not.toMatch(/^ +> /m);
  });

  it('prints a success line for valid input', () => {
    const run = gpos(['validate', 'good.json'], { cwd: t.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('✔ 1 file, 1 record (1 valid, 0 invalid); 0 errors, 0 warnings\n');
  });
});

describe('--format junit', () => {
  it('writes well-formed XML: a testsuite per file, a testcase per record, escaped', () => {
    const run = gpos(['validate', '--format', 'junit', ...ALL], { cwd: t.dir });
    expect(run.code).toBe(1);
    wellFormedXml(run.stdout);
    expect(run.stdout.match(/<testsuite /g)).toHaveLength(ALL.length);
    const feed = /<testsuite name="feed\.ndjson" tests="(\d+)" failures="(\d+)"/.exec(run.stdout)!;
    expect([feed[1], feed[2]]).toEqual(['3', '2']);
    expect(run.stdout).toContain('name="odd, name: 100%.json"');
    expect(run.stdout).toContain('<testcase classname="good.json" name="record 0 (indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e)"/>');
    expect(run.stdout).toContain('\\u0001');
    expect(run.stdout).toContain('<system-out>'); // the warning on a passing record
  });

  it('escapes every character XML cannot hold', () => {
    const nasty = `a&b<c>d"e'f\u0000\u0008\uFFFE\uD800g`;
    const doc = `<a b="${xml(nasty)}">${xml(nasty)}</a>`;
    wellFormedXml(doc);
    expect(xml(nasty)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f\\u0000\\u0008\\uFFFE\\uD800g');
  });
});

describe('--format sarif', () => {
  it('writes SARIF 2.1.0 with rule metadata, artifact locations and regions', () => {
    const run = gpos(['validate', '--format', 'sarif', ...ALL], { cwd: t.dir });
    expect(run.code).toBe(1);
    const sarif = JSON.parse(run.stdout) as {
      version: string;
      runs: Array<{
        tool: { driver: { name: string; rules: Array<{ id: string; shortDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string } }> } };
        results: Array<{ ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: { startLine: number; startColumn: number } } }> }>;
      }>;
    };
    expect(sarif.version).toBe('2.1.0');
    const [runResult] = sarif.runs;
    const rules = runResult!.tool.driver.rules;
    for (const code of ['schema_enum', 'json_syntax', 'date_order', 'possible_personal_data_in_text']) expect(rules.map((r) => r.id)).toContain(code);
    expect(rules.find((r) => r.id === 'date_order')!.help.text.length).toBeGreaterThan(20);
    for (const result of runResult!.results) {
      expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
    }
    const tlp = runResult!.results.find((r) => r.ruleId === 'schema_enum' && r.locations[0]!.physicalLocation.artifactLocation.uri === 'bad.json')!;
    expect(tlp.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'bad.json', uriBaseId: '%SRCROOT%', index: 2 }, region: { startLine: 8, startColumn: 10 } });
    expect(runResult!.results.some((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'odd%2C%20name%3A%20100%25.json')).toBe(true);
    expect(runResult!.results.find((r) => r.ruleId === 'possible_personal_data_in_text')!.level).toBe('warning');
  });
});

describe('--format github', () => {
  it('writes workflow commands with file, line, column and code', () => {
    const run = gpos(['validate', '--format', 'github', ...ALL], { cwd: t.dir });
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=bad\.json,line=8,col=10,title=schema_enum::"tlp" is "purple"/));
    expect(lines).toContainEqual(expect.stringMatching(/^::warning file=warn\.json,line=\d+,col=\d+,title=possible_personal_data_in_text::/));
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=odd%2C name%3A 100%25\.json,line=\d+,col=\d+,title=schema_enum::/));
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=feed\.ndjson,line=3,col=1,title=json_syntax::/));
    // nothing a value holds can break out of its command
    for (const line of lines) expect(line).not.toMatch(/\r/);
    expect(lines.at(-1)).toMatch(/^gpos: 6 files, /);
  });

  it('turns warnings into errors under --strict, in github, sarif and junit alike', () => {
    expect(gpos(['validate', '--strict', '--format', 'github', 'warn.json'], { cwd: t.dir }).stdout).toMatch(/^::error file=warn\.json,.*title=possible_personal_data_in_text::/);
    const sarif = JSON.parse(gpos(['validate', '--strict', '--format', 'sarif', 'warn.json'], { cwd: t.dir }).stdout) as { runs: Array<{ results: Array<{ level: string }> }> };
    expect(sarif.runs[0]!.results.map((r) => r.level)).toEqual(['error']);
    const junit = gpos(['validate', '--strict', '--format', 'junit', 'warn.json'], { cwd: t.dir });
    expect(junit.code).toBe(1);
    expect(junit.stdout).toContain('<failure message="possible_personal_data_in_text: ');
  });

  it('escapes data and properties as GitHub requires', () => {
    expect(escapeData('100% done\r\nnext, a:b')).toBe('100%25 done%0D%0Anext, a:b');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });
});
