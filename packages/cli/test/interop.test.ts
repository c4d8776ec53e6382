import { existsSync, readdirSync, readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { parsePattern } from '@gpos/interop';
import { parseJson } from '@gpos/validate/json';
import { afterAll, describe, expect, it } from 'vitest';
import { INTEROP_FORMATS, loadMapping } from '../src/shared/interop/formats.js';
import { gpos, indicator, INDICATOR, ndjson, packageRoot, tempDir } from './helpers.js';

const examples = join(packageRoot, '..', '..', 'examples');
const t = tempDir();
afterAll(() => t.cleanup());

type Obj = Record<string, unknown>;
interface JsonReport {
  ok: boolean;
  summary: { records: number; errors: number; warnings: number };
  files: Array<{ path: string; problems: Array<{ severity: string; code: string; message: string; pointer: string; line: number | null; column: number | null; record: { id?: string } | null }> }>;
}

/** Parsed strictly: a duplicate key or a syntax error in what gpos writes fails the test. */
function strict(text: string): Obj {
  const parsed = parseJson(text);
  expect(parsed.issues).toEqual([]);
  return parsed.value as Obj;
}

const problems = (report: JsonReport) => report.files.flatMap((f) => f.problems);
/** Nothing gpos wrote: no output file and no partial file left beside it. */
const nothingWritten = (dir: string, name: string) => readdirSync(dir).filter((f) => f.startsWith(name));

describe('gpos export --to stix and gpos import --from stix on every example', () => {
  const stixFile = join(t.dir, 'examples.stix.json');
  const records = join(t.dir, 'examples.ndjson');
  const exported = gpos(['export', '--to', 'stix', examples, '--output', stixFile, '--format', 'json', '--report', join(t.dir, 'export-report.json')]);

  it('exports every example into one STIX 2.1 bundle, and lists what STIX cannot hold as loss_ problems', () => {
    expect(exported.code, exported.stderr).toBe(0);
    const bundle = strict(readFileSync(stixFile, 'utf8')) as { type: string; id: string; objects: Obj[] };
    expect(bundle.type).toBe('bundle');
    expect(bundle.id).toMatch(/^bundle--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(bundle.objects.map((o) => `${String(o.id)}@${String(o.modified)}`)).size).toBe(bundle.objects.length);
    const patterns = bundle.objects.filter((o) => o.type === 'indicator').map((o) => String(o.pattern));
    expect(patterns.length).toBeGreaterThan(20);
    for (const pattern of patterns) expect(parsePattern(pattern).ok, pattern).toBe(true);
    const report = JSON.parse(readFileSync(join(t.dir, 'export-report.json'), 'utf8')) as JsonReport;
    expect(report.ok).toBe(true);
    const codes = new Set(problems(report).map((p) => p.code));
    // commitments and statistics have no STIX object; cases are incident stubs; texts in several languages are flattened
    expect([...codes].sort()).toEqual(expect.arrayContaining(['loss_no_counterpart', 'loss_property_dropped', 'loss_text_flattened']));
    for (const p of problems(report)) expect(p.line, `${p.code} at ${p.pointer}`).not.toBeNull();
  });

  it('imports the bundle back to records the reference validator accepts, every mapped record with its id', () => {
    const imported = gpos(['import', '--from', 'stix', stixFile, '--output', records]);
    expect(imported.code, imported.stderr).toBe(0);
    const back = readFileSync(records, 'utf8').trim().split('\n').map((l) => strict(l));
    const validated = gpos(['validate', records]);
    expect(validated.code, validated.stdout).toBe(0);
    const bundle = strict(readFileSync(stixFile, 'utf8')) as { objects: Obj[] };
    const gposIds = new Set(bundle.objects.map((o) => (o.extensions as Record<string, { gpos_id?: string }> | undefined)?.['extension-definition--ddee5e0e-1bc9-5772-ac9c-50491acc7848']?.gpos_id).filter((id) => id !== undefined));
    expect(new Set(back.map((r) => r.id))).toEqual(gposIds);
  });
});

describe('standard input and output', () => {
  const feed = join(examples, 'feeds', 'platform-indicators.ndjson');

  it('exports NDJSON from stdin exactly as from the file', () => {
    const fromFile = gpos(['export', '--to', 'stix', feed]);
    const fromStdin = gpos(['export', '--to', 'stix', '-'], { input: readFileSync(feed) });
    expect(fromFile.code, fromFile.stderr).toBe(0);
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(strict(fromStdin.stdout).type).toBe('bundle');
  });

  it('imports a bundle from stdin to NDJSON on stdout, and to a JSON array for an --output ending in .json', () => {
    const bundle = gpos(['export', '--to', 'stix', feed]).stdout;
    const run = gpos(['import', '--from', 'stix'], { input: bundle });
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.length).toBe(readFileSync(feed, 'utf8').trim().split('\n').length);
    const array = join(t.dir, 'feed.json');
    expect(gpos(['import', '--from', 'stix', '-o', array], { input: bundle }).code).toBe(0);
    expect((strict(readFileSync(array, 'utf8')) as unknown as Obj[]).map((r) => JSON.stringify(r))).toEqual(lines);
  });

  it('writes nothing to stdout when an export fails half-way: the bundle is spooled until every record passed', () => {
    const input = ndjson([indicator(1), indicator(2), { ...indicator(3), tlp: 'purple' }, indicator(4)]);
    const run = gpos(['export', '--to', 'stix', '--format', 'json'], { input });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const report = JSON.parse(run.stderr.slice(0, run.stderr.lastIndexOf('}') + 1)) as JsonReport;
    const error = problems(report).find((p) => p.severity === 'error')!;
    expect(error).toMatchObject({ line: 3, pointer: '/tlp', record: { id: indicator(3).id } });
    expect(run.stderr).toContain('nothing was written');
  });
});

describe('hostile and foreign input: a located error with a stable code, no stack trace, nothing written', () => {
  const cases: Array<[string, string | Buffer, string, RegExp?]> = [
    ['not JSON', '{"type": "bundle", "objects": [', 'json_syntax'],
    ['a duplicate key', '{"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","type":"bundle","objects":[]}', 'json_duplicate_key'],
    ['not STIX (a GPOS bundle)', readFileSync(join(examples, 'bundles', 'pig-butchering-crypto.json')), 'stix_not_stix_bundle'],
    ['a STIX 2.0 bundle', JSON.stringify({ type: 'bundle', id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d', spec_version: '2.0', objects: [] }), 'stix_unsupported_spec_version'],
    ['a STIX 2.0 object in a 2.1 bundle', JSON.stringify({ type: 'bundle', id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d', objects: [{ type: 'indicator', id: 'indicator--5d0092c5-5f74-4287-9642-33f4c354e56d', pattern: "[url:value = 'http://x.example/']" }] }), 'stix_unsupported_spec_version'],
    ['nesting deeper than a STIX object needs', JSON.stringify({ type: 'bundle', id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d', objects: [{ type: 'note', id: 'note--5d0092c5-5f74-4287-9642-33f4c354e56d', spec_version: '2.1', x: JSON.parse('['.repeat(100) + ']'.repeat(100)) as unknown }] }), 'stix_too_deep'],
    ['nesting 100,000 levels deep', `{"type":"bundle","objects":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 'json_too_deep'],
    ['Latin-1 text', Buffer.from('{"type":"bundle","name":"caf\xe9"}', 'latin1'), 'file_encoding'],
    ['an object without an id', JSON.stringify({ type: 'bundle', id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d', objects: [{ type: 'indicator' }] }), 'stix_invalid_object'],
  ];

  it.each(cases)('%s', (_what, content, code) => {
    const file = t.write(`hostile-${code}.json`, content);
    const out = join(t.dir, `hostile-${code}.out.ndjson`);
    const run = gpos(['import', '--from', 'stix', file, '--output', out, '--format', 'json']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toBe('');
    const report = JSON.parse(run.stderr.slice(0, run.stderr.lastIndexOf('}') + 1)) as JsonReport;
    const error = problems(report).find((p) => p.severity === 'error')!;
    expect(error.code).toBe(code);
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.column).toBeGreaterThanOrEqual(1);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(nothingWritten(t.dir, `hostile-${code}.out`)).toEqual([]);
  });

  it('locates a STIX problem at the offending value: line and column of /spec_version', () => {
    const file = t.write('stix20.json', '{\n  "type": "bundle",\n  "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d",\n  "spec_version": "2.0",\n  "objects": []\n}\n');
    const run = gpos(['import', '--from', 'stix', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/4:19 +error +A bundle with spec_version "2\.0" is STIX 2\.0; only STIX 2\.1 is read\. +stix_unsupported_spec_version/);
  });

  it('refuses a file over the size limit before reading it (status 2)', () => {
    const file = t.write('huge.json', '');
    truncateSync(file, 300 * 1024 * 1024);
    const run = gpos(['import', '--from', 'stix', file, '-o', join(t.dir, 'huge.out.ndjson')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/huge\.json: .*300 MB.*over the limit of 256 MB/);
    expect(nothingWritten(t.dir, 'huge.out')).toEqual([]);
  });

  it('exports nothing when a record is invalid, and says where', () => {
    const file = t.write('bad-records.ndjson', ndjson([indicator(1), { ...indicator(2), observable: { kind: 'domain' } }]));
    const out = join(t.dir, 'bad-records.stix.json');
    const run = gpos(['export', '--to', 'stix', file, '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad-records\.ndjson\n {2}2:\d+ +error /);
    expect(nothingWritten(t.dir, 'bad-records.stix')).toEqual([]);
  });

  it('exports nothing from a records file that is not JSON', () => {
    const file = t.write('broken.json', '[{"type": "indicator",');
    const run = gpos(['export', '--to', 'stix', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('json_syntax');
  });
});

describe('the report and the exit status', () => {
  const foreign = JSON.stringify({
    type: 'bundle',
    id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d',
    objects: [
      { type: 'indicator', spec_version: '2.1', id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', pattern: "[url:value = 'http://paypa1-login.example/verify']", pattern_type: 'stix', valid_from: '2026-01-01T00:00:00Z' },
      { type: 'malware', spec_version: '2.1', id: 'malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', name: 'x', is_family: false },
    ],
  });

  it('imports foreign STIX with a warning for the object that does not map (status 0), and fails on it under --strict with nothing written', () => {
    const file = t.write('foreign.json', foreign);
    const run = gpos(['import', '--from', 'stix', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/warning +GPOS has no record family for a STIX malware.+loss_no_counterpart/);
    expect(run.stderr).toMatch(/info +No TLP marking: imported as TLP:AMBER\..+loss_tlp_defaulted/);
    const out = join(t.dir, 'foreign.ndjson');
    const strictRun = gpos(['import', '--from', 'stix', file, '--strict', '-o', out]);
    expect(strictRun.code).toBe(1);
    expect(strictRun.stderr).toContain('--strict');
    expect(existsSync(out)).toBe(false);
    const green = gpos(['import', '--from', 'stix', file, '--default-tlp', 'green']);
    expect(strict(green.stdout.trim()).tlp).toBe('green');
  });

  it.each([
    ['sarif', (text: string) => expect((JSON.parse(text) as { runs: Array<{ results: Array<{ ruleId: string }> }> }).runs[0]!.results.map((r) => r.ruleId)).toContain('loss_no_counterpart')],
    ['github', (text: string) => expect(text).toMatch(/^::warning file=.*foreign\.json,line=\d+,col=\d+,title=loss_no_counterpart::/m)],
    ['junit', (text: string) => expect(text).toContain('<testsuites')],
    ['json', (text: string) => expect((JSON.parse(text) as JsonReport).summary.warnings).toBe(1)],
  ] as const)('writes the report as gpos validate --format %s does, to --report', (format, check) => {
    const file = t.write('foreign.json', foreign);
    const report = join(t.dir, `report.${format}`);
    const run = gpos(['import', '--from', 'stix', file, '--format', format, '--report', report]);
    expect(run.code, run.stderr).toBe(0);
    check(readFileSync(report, 'utf8'));
  });

  it('says clearly that a format the installed @gpos/interop lacks is not available (the command exits with status 2)', async () => {
    const absent = { title: 'Some format', codePrefix: 'some', load: async () => undefined };
    expect(await loadMapping('some', { some: absent, stix: INTEROP_FORMATS.stix })).toBe('Some format (some) is not available in this version of @gpos/interop; the formats available are stix');
    expect(typeof (await loadMapping('misp'))).toBe('object');
  });

  it('asks for the format (status 2)', () => {
    expect(gpos(['export', '-'], { input: '' }).stderr).toMatch(/--to stix/);
    expect(gpos(['import', '-'], { input: '' }).code).toBe(2);
  });
});

describe('STIX nobody here wrote: the OASIS examples committed in @gpos/interop', () => {
  const oasis = join(packageRoot, '..', 'interop', 'test', 'fixtures', 'oasis');

  it('imports what maps, reports every other object with a located loss, and refuses the STIX 2.0 one', () => {
    const run = gpos(['import', '--from', 'stix', join(oasis, 'sighting-of-observed-data.json'), join(oasis, 'sighting-of-an-indicator.json'), '--format', 'json', '--report', join(t.dir, 'oasis.json')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n').map((l) => strict(l).type)).toEqual(['indicator', 'sighting']);
    const report = JSON.parse(readFileSync(join(t.dir, 'oasis.json'), 'utf8')) as JsonReport;
    const observed = report.files.find((f) => f.path.endsWith('sighting-of-observed-data.json'))!;
    expect(observed.problems.map((p) => p.code).sort()).toEqual(['loss_no_counterpart', 'loss_no_counterpart', 'loss_no_counterpart', 'loss_unresolved_reference']);
    for (const p of observed.problems) expect(p.line, p.pointer).toBeGreaterThan(1);
    const refused = gpos(['import', '--from', 'stix', join(oasis, 'indicator-for-malicious-url.json')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/4:\d+ +error +A bundle with spec_version "2\.0" is STIX 2\.0/);
  });
});

describe('gpos export --to misp and gpos import --from misp', () => {
  const mispFile = join(t.dir, 'examples.misp.json');
  const exported = gpos(['export', '--to', 'misp', examples, '--output', mispFile, '--format', 'json', '--report', join(t.dir, 'misp-export-report.json')]);

  it('exports every example as MISP events, one per source organisation, and lists what MISP cannot hold as located loss_ problems', () => {
    expect(exported.code, exported.stderr).toBe(0);
    const written = strict(readFileSync(mispFile, 'utf8')) as { response: Array<{ Event: { uuid: string; Orgc: { name: string }; Object: Obj[] } }> };
    expect(written.response.length).toBeGreaterThan(5);
    expect(new Set(written.response.map((d) => d.Event.Orgc.name)).size).toBe(written.response.length);
    expect(written.response.flatMap((d) => d.Event.Object.map((o) => o.name))).toEqual(expect.arrayContaining(['phone-number', 'bank-account', 'coin-address', 'url']));
    const report = JSON.parse(readFileSync(join(t.dir, 'misp-export-report.json'), 'utf8')) as JsonReport;
    expect(report.ok).toBe(true);
    expect(new Set(problems(report).map((p) => p.code))).toEqual(new Set(['loss_no_counterpart', 'loss_property_dropped', 'loss_text_flattened', 'loss_unresolved_reference']));
    // every loss is located in the file of the record it concerns
    for (const p of problems(report)) expect(p.line, `${p.code} at ${p.pointer}`).not.toBeNull();
  });

  it('imports the events back to records the reference validator accepts, indicators under their own ids', () => {
    const records = join(t.dir, 'examples-from-misp.ndjson');
    const imported = gpos(['import', '--from', 'misp', mispFile, '--output', records, '--format', 'json', '--report', join(t.dir, 'misp-import-report.json')]);
    expect(imported.code, imported.stderr).toBe(0);
    const back = readFileSync(records, 'utf8').trim().split('\n').map((l) => strict(l));
    expect(back.filter((r) => r.type === 'indicator').length).toBeGreaterThan(50);
    const exampleIds = new Set(readFileSync(join(examples, 'feeds', readdirSync(join(examples, 'feeds')).find((f) => f.endsWith('.ndjson'))!), 'utf8').trim().split('\n').map((l) => String(strict(l).id)));
    expect(back.some((r) => exampleIds.has(String(r.id)))).toBe(true);
    expect(gpos(['validate', records]).code).toBe(0);
    // cases and organisations do not come back: each is a located problem of the MISP file
    const report = JSON.parse(readFileSync(join(t.dir, 'misp-import-report.json'), 'utf8')) as JsonReport;
    const losses = problems(report).filter((p) => p.code.startsWith('loss_'));
    expect(losses.length).toBeGreaterThan(0);
    for (const p of losses) expect(p.pointer, p.message).toMatch(/^\/response\/\d+\/Event\/Object\/\d+/);
  });

  it('refuses what is not MISP JSON with a misp_ code and writes nothing (status 1)', () => {
    const bundle = t.write('not-misp.json', JSON.stringify({ type: 'bundle', id: 'bundle--5d0092c5-5f74-4d5b-b2f4-2b4b7a8b7a27', objects: [] }));
    const run = gpos(['import', '--from', 'misp', bundle, '--output', join(t.dir, 'never.ndjson'), '--format', 'json', '--report', join(t.dir, 'not-misp-report.json')]);
    expect(run.code).toBe(1);
    expect(problems(JSON.parse(readFileSync(join(t.dir, 'not-misp-report.json'), 'utf8')) as JsonReport).map((p) => p.code)).toEqual(['misp_not_misp_event']);
    expect(nothingWritten(t.dir, 'never')).toEqual([]);
  });

  it('exports one event as the document /events/add takes, and reads it from standard input', () => {
    const one = gpos(['export', '--to', 'misp', '-'], { input: ndjson([INDICATOR]) });
    expect(one.code, one.stderr).toBe(0);
    const event = strict(one.stdout) as { Event: { Object: Array<{ uuid: string }> } };
    expect(`indicator--${event.Event.Object[0]!.uuid}`).toBe(INDICATOR.id);
    const back = gpos(['import', '--from', 'misp', '-'], { input: one.stdout });
    expect(back.code, back.stderr).toBe(0);
    expect((strict(back.stdout.trim()) as { id: string }).id).toBe(INDICATOR.id);
  });
});

describe('lazy loading', () => {
  it('gpos validate never loads @gpos/interop: with it made unloadable, validate works and export does not', () => {
    // module hooks that refuse @gpos/interop, preloaded into the binary: one for require (the binary is CommonJS and
    // requires the packages' CommonJS builds), one for import
    const requireHook = t.write('deny-interop.cjs', `const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) { if (request.startsWith('@gpos/interop')) throw new Error('@gpos/interop was loaded'); return load.call(this, request, ...rest); };
`);
    const importHook = t.write('deny-interop.mjs', `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent('export async function resolve(s, c, next) { if (s.startsWith("@gpos/interop")) throw new Error("@gpos/interop was loaded"); return next(s, c); }'));
`);
    const env = { NODE_OPTIONS: `--require=${requireHook} --import=${importHook}` };
    const file = t.write('ok.ndjson', ndjson([INDICATOR]));
    const validated = gpos(['validate', file], { env });
    expect(validated.code, validated.stderr).toBe(0);
    const exported = gpos(['export', '--to', 'stix', file], { env });
    expect(exported.code).toBe(2);
    expect(exported.stderr).toContain('@gpos/interop was loaded');
  });
});
