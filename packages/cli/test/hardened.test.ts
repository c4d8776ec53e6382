import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gpos, indicator, INDICATOR, jsonReport, ndjson, pretty, tempDir } from './helpers.js';

const t = tempDir();
afterAll(() => t.cleanup());

const check = (name: string, args: string[] = []) => {
  const run = gpos(['validate', '--format', 'json', ...args, name], { cwd: t.dir });
  expect(run.stderr).not.toContain('    at ');
  return { run, report: run.code === 2 && run.stdout === '' ? undefined : jsonReport(run) };
};

describe('hardened input', () => {
  it('an empty .json file is a syntax error; an empty NDJSON file is an empty feed', () => {
    t.write('empty.json', '');
    const json = check('empty.json');
    expect(json.run.code).toBe(1);
    expect(json.report!.files[0]!.problems[0]).toMatchObject({ code: 'json_syntax', line: 1, column: 1 });
    expect(json.report!.files[0]!.problems[0]!.message).toContain('empty');
    t.write('empty.ndjson', '');
    const feed = check('empty.ndjson');
    expect(feed.run.code).toBe(0);
    expect(feed.report!.files[0]).toMatchObject({ records: 0, problems: [{ code: 'file_no_records', severity: 'info' }] });
  });

  it('accepts a UTF-8 byte-order mark without shifting positions', () => {
    t.write('bom.json', `\uFEFF${pretty({ ...INDICATOR, tlp: 'purple' })}`);
    const json = check('bom.json');
    expect(json.run.code).toBe(1);
    expect(json.report!.files[0]!.problems[0]).toMatchObject({ code: 'schema_enum', line: 8, column: 10 });
    t.write('bom.ndjson', `\uFEFF${ndjson([indicator(1), indicator(2)])}`);
    expect(check('bom.ndjson').report!.files[0]).toMatchObject({ records: 2, invalid: 0 });
  });

  it('rejects UTF-16 with a clear message', () => {
    const text = pretty(INDICATOR);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.toString('utf16le'), 'utf16le').swap16();
    t.write('utf16le.json', le);
    t.write('utf16be.ndjson', be);
    t.write('utf16-nobom.json', Buffer.from(text, 'utf16le'));
    for (const name of ['utf16le.json', 'utf16be.ndjson', 'utf16-nobom.json']) {
      const { run, report } = check(name);
      expect(run.code, name).toBe(1);
      const problem = report!.files[0]!.problems[0]!;
      expect(problem.code).toBe('file_encoding');
      expect(problem.message).toMatch(/UTF-16.*UTF-8/);
    }
  });

  it('locates invalid UTF-8, and keeps checking the other NDJSON lines', () => {
    const latin1 = Buffer.from(pretty({ ...INDICATOR, description: { en: 'Caf\u00e9' } }), 'latin1');
    t.write('latin1.json', latin1);
    const json = check('latin1.json');
    expect(json.run.code).toBe(1);
    const line = pretty({ ...INDICATOR, description: { en: 'Caf\u00e9' } }).split('\n').findIndex((l) => l.includes('Caf')) + 1;
    expect(json.report!.files[0]!.problems[0]).toMatchObject({ code: 'file_encoding', line });
    const good = Buffer.from(`${JSON.stringify(indicator(1))}\n`);
    const bad = Buffer.from(`${JSON.stringify(indicator(2, { description: { en: 'Caf\u00e9' } }))}\n`, 'latin1');
    t.write('latin1.ndjson', Buffer.concat([good, bad, good]));
    const feed = check('latin1.ndjson');
    expect(feed.run.code).toBe(1);
    expect(feed.report!.files[0]).toMatchObject({ records: 3, invalid: 1 });
    expect(feed.report!.files[0]!.problems[0]).toMatchObject({ code: 'file_encoding', line: 2 });
    expect(feed.report!.files[0]!.problems[0]!.column).toBe(JSON.stringify(indicator(2)).length - 1 + ',"description":{"en":"Caf'.length + 1);
  });

  it('reports a duplicate key at the second occurrence', () => {
    t.write('dup.json', '{\n  "type": "indicator",\n  "tlp": "green",\n  "tlp": "red"\n}\n');
    const { run, report } = check('dup.json');
    expect(run.code).toBe(1);
    expect(report!.files[0]!.problems.find((p) => p.code === 'json_duplicate_key')).toMatchObject({ severity: 'error', line: 4, column: 3, pointer: '/tlp' });
  });

  it('reports truncated JSON at the end', () => {
    const text = pretty(INDICATOR);
    t.write('truncated.json', text.slice(0, 200));
    const { run, report } = check('truncated.json');
    expect(run.code).toBe(1);
    const problem = report!.files[0]!.problems[0]!;
    expect(problem.code).toBe('json_syntax');
    const lines = text.slice(0, 200).split('\n');
    expect(problem.line).toBe(lines.length);
    expect(problem.message).toMatch(/truncated|end of the text/);
  });

  it('reads a final NDJSON line without a newline, and CRLF line ends', () => {
    t.write('nofinal.ndjson', ndjson([indicator(1), indicator(2)]).trimEnd());
    expect(check('nofinal.ndjson').report!.files[0]).toMatchObject({ records: 2, invalid: 0 });
    t.write('crlf.ndjson', ndjson([indicator(1), indicator(2, { tlp: 'purple' }), indicator(3)]).replace(/\n/g, '\r\n'));
    const feed = check('crlf.ndjson');
    expect(feed.report!.files[0]).toMatchObject({ records: 3, invalid: 1 });
    expect(feed.report!.files[0]!.problems[0]).toMatchObject({ line: 2, pointer: '/tlp' });
    t.write('crlf.json', pretty({ ...INDICATOR, tlp: 'purple' }).replace(/\n/g, '\r\n'));
    expect(check('crlf.json').report!.files[0]!.problems[0]).toMatchObject({ code: 'schema_enum', line: 8, column: 10 });
  });

  it('survives 10 000-deep nesting with a clear problem', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    t.write('deep.json', deep);
    const json = check('deep.json');
    expect(json.run.code).toBe(1);
    expect(json.report!.files[0]!.problems[0]).toMatchObject({ code: 'json_too_deep', line: 1, column: 513 });
    t.write('deep.ndjson', `${JSON.stringify(indicator(1))}\n${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}\n`);
    const feed = check('deep.ndjson');
    expect(feed.run.code).toBe(1);
    expect(feed.report!.files[0]).toMatchObject({ records: 2, invalid: 1 });
    // nesting the parser accepts but the validator finds unrealistic is the validator's call
    t.write('deepish.json', pretty({ ...INDICATOR, extensions: { x: JSON.parse(`${'{"a":'.repeat(200)}1${'}'.repeat(200)}`) } }));
    expect(check('deepish.json').run.code).toBe(1);
  });

  it('handles a 50 MB single line', () => {
    const big = JSON.stringify({ ...INDICATOR, description: { en: 'x'.repeat(50 * 1024 * 1024) } });
    t.write('big.ndjson', `${JSON.stringify(indicator(1))}\n${big}\n${JSON.stringify(indicator(3))}\n`);
    const feed = check('big.ndjson', ['--workers', '0']);
    expect(feed.report!.files[0]!.records).toBe(3);
    // over the progress threshold, but stderr is not a terminal: no progress bar
    expect(feed.run.stderr).toBe('');
    for (const p of feed.report!.files[0]!.problems) expect(p.line).toBe(2);
    t.write('big.json', big);
    const json = check('big.json');
    expect(json.report!.files[0]!.records).toBe(1);
    for (const p of json.report!.files[0]!.problems) expect(p.line).toBe(1);
  }, 60_000);

  it('warns about integers beyond 2^53 at their position', () => {
    t.write('bigint.json', '{\n  "type": "indicator",\n  "confidence": 12345678901234567890\n}\n');
    const { report } = check('bigint.json');
    expect(report!.files[0]!.problems.find((p) => p.code === 'json_unsafe_number')).toMatchObject({ severity: 'warning', line: 3, column: 17, pointer: '/confidence' });
  });

  it('treats __proto__ and constructor as unknown properties, with no prototype pollution', () => {
    t.write('proto.json', pretty({ ...INDICATOR }).replace('{\n', '{\n  "__proto__": {"tlp": "red"},\n  "constructor": {"prototype": {"x": 1}},\n'));
    const { run, report } = check('proto.json');
    expect(run.code).toBe(1);
    const pointers = report!.files[0]!.problems.map((p) => [p.code, p.pointer, p.line]);
    expect(pointers).toContainEqual(['schema_additional_property', '/__proto__', 2]);
    expect(pointers).toContainEqual(['schema_additional_property', '/constructor', 3]);
    expect(report!.files[0]!.problems.every((p) => !p.pointer.startsWith('/tlp'))).toBe(true);
  });

  it('exits 2 on unreadable files and broken or looping links, still checking the rest', () => {
    mkdirSync(join(t.dir, 'mixed'));
    t.write('mixed/good.json', pretty(INDICATOR));
    symlinkSync('nowhere.json', join(t.dir, 'mixed/dangling.json'));
    symlinkSync('loop-b.json', join(t.dir, 'mixed/loop-a.json'));
    symlinkSync('loop-a.json', join(t.dir, 'mixed/loop-b.json'));
    // a FIFO named like data would block a naive reader forever
    const fifo = spawnSync('mkfifo', [join(t.dir, 'mixed/pipe.ndjson')]).status === 0;
    const { run, report } = check('mixed');
    if (fifo) expect(run.stderr).toContain('skipped mixed/pipe.ndjson: not a regular file');
    expect(run.code).toBe(2);
    expect(report!.files.map((f) => f.path)).toEqual(['mixed/good.json']);
    expect(run.stderr).toContain('mixed/dangling.json: no such file');
    expect(run.stderr).toContain('mixed/loop-a.json: too many levels of symbolic links');
    // the same through worker threads, where the file is read by the worker
    const threaded = gpos(['validate', '--format', 'json', '--workers', '2', 'mixed'], { cwd: t.dir });
    expect(threaded.code).toBe(2);
    expect(threaded.stdout).toBe(run.stdout);
  });

  it('does not loop on a folder that links to its parent', () => {
    mkdirSync(join(t.dir, 'cycle/sub'), { recursive: true });
    t.write('cycle/sub/good.json', pretty(INDICATOR));
    symlinkSync('..', join(t.dir, 'cycle/sub/up'));
    const { run, report } = check('cycle');
    expect(run.code).toBe(0);
    expect(report!.files.map((f) => f.path)).toEqual(['cycle/sub/good.json']);
  });

  it.skipIf(process.getuid?.() === 0)('exits 2 on a file without read permission (skipped as root, who can read anything)', () => {
    t.write('locked/secret.json', pretty(INDICATOR));
    t.write('locked/good.json', pretty(INDICATOR));
    chmodSync(join(t.dir, 'locked/secret.json'), 0o000);
    const { run, report } = check('locked');
    expect(run.code).toBe(2);
    expect(report!.files.map((f) => f.path)).toEqual(['locked/good.json']);
    expect(run.stderr).toContain('locked/secret.json: permission denied');
  });

  it('exits 2 on a folder it cannot list, simulated as root by a file where a folder is expected', () => {
    t.write('notadir', 'x');
    const run = gpos(['validate', '--format', 'json', 'notadir/x.json'], { cwd: t.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot read notadir\/x\.json/);
  });
});
