import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE, gpos, indicator, INDICATOR, jsonReport, ndjson, packageRoot, pretty, tempDir, WARNING_INDICATOR } from './helpers.js';

const t = tempDir();
beforeAll(() => {
  t.write('valid/one.json', pretty(INDICATOR));
  t.write('valid/list.json', pretty([indicator(1), indicator(2)]));
  t.write('valid/bundle.json', pretty(BUNDLE));
  t.write('valid/feed.ndjson', ndjson([indicator(1), indicator(2), indicator(3)]));
  t.write('valid/feed.jsonl', ndjson([indicator(4)]));
  t.write('valid/ignored.txt', 'not data');
  t.write('warn.json', pretty(WARNING_INDICATOR));
  // line 8 holds "tlp"; its value starts at column 10
  t.write('bad/tlp.json', pretty({ ...INDICATOR, tlp: 'purple' }));
  t.write('bad/feed.ndjson', `${JSON.stringify(indicator(1))}\n${JSON.stringify(indicator(2, { tlp: 'purple' }))}\n{"type": "indicator",\n${JSON.stringify(indicator(3))}\n`);
  t.write('bad/bundle.json', pretty({ ...BUNDLE, records: [indicator(1), indicator(2, { status: 'sleeping' })] }));
  t.write('nothing-here/readme.txt', 'no data');
});
afterAll(() => t.cleanup());

describe('gpos', () => {
  it('prints help and version', () => {
    const help = gpos(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('gpos validate');
    const version = gpos(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).version);
    const vhelp = gpos(['validate', '--help']);
    expect(vhelp.code).toBe(0);
    expect(vhelp.stdout).toContain('--max-problems');
    expect(vhelp.stdout).toContain('Exit status');
  });

  it('exits 2 on usage errors, with a one-line message on stderr and nothing on stdout', () => {
    for (const args of [['frobnicate'], ['validate'], ['validate', '--format', 'xml', 'x.json'], ['validate', '--bogus', 'x.json'], ['validate', '--max-problems', 'many', 'x.json']]) {
      const run = gpos(args, { cwd: t.dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^gpos: .+\nRun 'gpos .*--help' for usage\.\n$/);
      expect(run.stderr).not.toContain('    at ');
    }
  });
});

describe('gpos validate', () => {
  it('exits 0 on valid files, folders and globs, and ignores other extensions', () => {
    const run = gpos(['validate', '--format', 'json', 'valid'], { cwd: t.dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const report = jsonReport(run);
    expect(report.ok).toBe(true);
    expect(report.files.map((f) => f.path)).toEqual(['valid/bundle.json', 'valid/feed.jsonl', 'valid/feed.ndjson', 'valid/list.json', 'valid/one.json']);
    expect(report.summary).toEqual({ files: 5, records: 9, valid: 9, invalid: 0, errors: 0, warnings: 0 });
    const glob = gpos(['validate', '--format', 'json', 'valid/*.ndjson'], { cwd: t.dir });
    expect(glob.code).toBe(0);
    expect(jsonReport(glob).files.map((f) => f.path)).toEqual(['valid/feed.ndjson']);
  });

  it('reports the line and column of the offending value in a JSON file', () => {
    const run = gpos(['validate', '--format', 'json', 'bad/tlp.json'], { cwd: t.dir });
    expect(run.code).toBe(1);
    const [problem] = jsonReport(run).files[0]!.problems;
    expect(problem).toMatchObject({ severity: 'error', code: 'schema_enum', pointer: '/tlp', line: 8, column: 10, record: { id: INDICATOR.id, type: 'indicator' } });
  });

  it('reports the record line in NDJSON, keeps checking after a bad line, and counts records', () => {
    const run = gpos(['validate', '--format', 'json', 'bad/feed.ndjson'], { cwd: t.dir });
    expect(run.code).toBe(1);
    const file = jsonReport(run).files[0]!;
    expect(file.records).toBe(4);
    expect(file.invalid).toBe(2);
    const tlp = file.problems.find((p) => p.code === 'schema_enum')!;
    expect(tlp).toMatchObject({ line: 2, pointer: '/tlp', record: { index: 1, id: indicator(2).id } });
    expect(JSON.stringify(indicator(2, { tlp: 'purple' })).indexOf('"purple"') + 1).toBe(tlp.column);
    const syntax = file.problems.find((p) => p.code === 'json_syntax')!;
    expect(syntax).toMatchObject({ line: 3, column: 22, record: { index: 2 } });
  });

  it('points into bundles by record', () => {
    const run = gpos(['validate', '--format', 'json', 'bad/bundle.json'], { cwd: t.dir });
    expect(run.code).toBe(1);
    const file = jsonReport(run).files[0]!;
    expect(file).toMatchObject({ records: 2, invalid: 1 });
    const problem = file.problems.find((p) => p.severity === 'error')!;
    expect(problem.pointer).toBe('/records/1/status');
    expect(problem.record).toMatchObject({ index: 1, id: indicator(2).id });
    const lines = readFileSync(join(t.dir, 'bad/bundle.json'), 'utf8').split('\n');
    expect(lines[problem.line! - 1]!.slice(problem.column! - 1)).toBe('"sleeping",');
  });

  it('validates exchange event envelopes, dispatching on their type, and the bundle an event carries', () => {
    const outcome = {
      id: 'event--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d45',
      type: 'takedown.outcome',
      timestamp: '2026-03-14T11:20:05Z',
      producer: 'TH-BANK:004',
      data: { request_id: '0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d50', actor: 'TH-BANK:004', outcome: 'refused', at: '2026-03-14T11:20:00Z', reason: 'A court order is required.' },
    };
    const published = { id: 'event--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d40', type: 'bundle.published', timestamp: '2026-03-14T10:00:05Z', producer: 'TH-GOV:aoc1441', data: { bundle: { ...BUNDLE, records: [indicator(1), indicator(2, { status: 'sleeping' })] } } };
    t.write('events/feed.ndjson', ndjson([outcome, { ...outcome, data: { ...outcome.data, outcome: 'ignored' } }, published]));
    const run = gpos(['validate', '--format', 'json', 'events/feed.ndjson'], { cwd: t.dir });
    expect(run.code).toBe(1);
    const problems = jsonReport(run).files[0]!.problems.filter((p) => p.severity === 'error');
    expect(problems.map((p) => [p.line, p.code, p.pointer])).toEqual([
      [2, 'schema_enum', '/data/outcome'],
      [3, 'schema_enum', '/data/bundle/records/1/status'],
    ]);
    t.write('events/one.json', pretty(outcome));
    expect(gpos(['validate', '--strict', 'events/one.json'], { cwd: t.dir }).code).toBe(0);
  });

  it('passes warnings unless --strict; --quiet lists only failing problems', () => {
    const loose = gpos(['validate', '--format', 'json', 'warn.json'], { cwd: t.dir });
    expect(loose.code).toBe(0);
    expect(jsonReport(loose).summary.warnings).toBe(1);
    expect(jsonReport(loose).files[0]!.problems[0]!.severity).toBe('warning');
    const strict = gpos(['validate', '--strict', '--format', 'json', 'warn.json'], { cwd: t.dir });
    expect(strict.code).toBe(1);
    expect(jsonReport(strict)).toMatchObject({ ok: false, summary: { invalid: 1, warnings: 1 } });
    const quiet = gpos(['validate', '--quiet', '--format', 'json', 'warn.json'], { cwd: t.dir });
    expect(quiet.code).toBe(0);
    expect(jsonReport(quiet).files[0]!.problems).toEqual([]);
    expect(jsonReport(quiet).summary.warnings).toBe(1);
  });

  it('--max-problems stops listing and says so on stderr', () => {
    const run = gpos(['validate', '--max-problems', '1', '--format', 'json', 'bad'], { cwd: t.dir });
    expect(run.code).toBe(1);
    const report = jsonReport(run);
    expect(report.files.flatMap((f) => f.problems)).toHaveLength(1);
    expect(report.summary.errors).toBeGreaterThan(1);
    expect(run.stderr).toMatch(/--max-problems/);
  });

  it('--output writes the report to a file and nothing to stdout', () => {
    const run = gpos(['validate', '--format', 'json', '--output', 'out.json', 'valid/one.json'], { cwd: t.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(t.dir, 'out.json'), 'utf8')).ok).toBe(true);
  });

  it('reads JSON and NDJSON from stdin', () => {
    const single = gpos(['validate', '--format', 'json', '-'], { input: pretty(INDICATOR) });
    expect(single.code).toBe(0);
    expect(jsonReport(single).files[0]).toMatchObject({ path: '<stdin>', records: 1 });
    const feed = gpos(['validate', '--format', 'json', '-'], { input: ndjson([indicator(1), indicator(2, { tlp: 'x' })]) });
    expect(feed.code).toBe(1);
    expect(jsonReport(feed).files[0]).toMatchObject({ records: 2, invalid: 1 });
    expect(jsonReport(feed).files[0]!.problems[0]!.line).toBe(2);
  });

  it('exits 2 for a path that does not exist, still reporting the others', () => {
    const run = gpos(['validate', '--format', 'json', 'valid/one.json', 'missing.json', 'nothing/*.json'], { cwd: t.dir });
    expect(run.code).toBe(2);
    expect(jsonReport(run).files).toHaveLength(1);
    expect(jsonReport(run).ok).toBe(false);
    expect(run.stderr).toContain('cannot read missing.json: no such file or folder');
    expect(run.stderr).toContain('cannot read nothing/*.json: no files match');
  });

  it('gives the same report with and without worker threads', () => {
    const inline = gpos(['validate', '--format', 'json', '--workers', '0', 'bad', 'valid'], { cwd: t.dir });
    const threaded = gpos(['validate', '--format', 'json', '--workers', '2', 'bad', 'valid'], { cwd: t.dir });
    expect(threaded.code).toBe(inline.code);
    expect(threaded.stdout).toBe(inline.stdout);
  });
});

describe('failures', () => {
  it('reports an internal failure in one line asking for a report, exit 2, stack only with GPOS_DEBUG', () => {
    const run = gpos(['validate', 'valid'], { cwd: t.dir, env: { GPOS_TEST_INTERNAL_ERROR: '1' } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^gpos: internal error: simulated internal failure\n.*please report/);
    expect(run.stderr).not.toContain('    at ');
    const debug = gpos(['validate', 'valid'], { cwd: t.dir, env: { GPOS_TEST_INTERNAL_ERROR: '1', GPOS_DEBUG: '1' } });
    expect(debug.stderr).toContain('    at ');
  });

  it('exits 2 for a folder without data files', () => {
    const run = gpos(['validate', 'nothing-here'], { cwd: t.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot read nothing-here: no .json, .ndjson, .jsonl, .csv or .xlsx files in this folder');
  });
});

describe('gpos rules and explain', () => {
  it('lists every rule with severity and summary', () => {
    const run = gpos(['rules']);
    expect(run.code).toBe(0);
    for (const code of ['json_syntax', 'json_duplicate_key', 'schema_enum', 'date_order', 'possible_personal_data_in_text']) expect(run.stdout).toMatch(new RegExp(`^${code} +(error|warning|info) +\\S`, 'm'));
    const json = JSON.parse(gpos(['rules', '--format', 'json']).stdout) as Array<{ code: string }>;
    expect(new Set(json.map((r) => r.code)).size).toBe(json.length);
  });

  it('explains a code with wrong and right examples', () => {
    const run = gpos(['explain', 'date_order']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^date_order — /);
    expect(run.stdout).toContain('Why:');
    expect(run.stdout).toContain('Wrong:');
    expect(run.stdout).toContain('Right:');
  });

  it('suggests the closest code for an unknown one and exits 2', () => {
    const run = gpos(['explain', 'date_ordr']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("did you mean 'date_order'?");
  });
});
