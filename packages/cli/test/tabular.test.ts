import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { CASE_RECORD, CASE_ROWS, columnOf, fill, INDICATOR_ROWS, PAYMENT_ROWS } from './tabular-fixtures.js';
import { gpos, INDICATOR, jsonReport, packageRoot, pretty, tempDir } from './helpers.js';

const t = tempDir();
afterAll(() => t.cleanup());

type Obj = Record<string, unknown>;

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

async function template(family: string, name: string): Promise<ExcelJS.Workbook> {
  const run = gpos(['template', '--family', family, '--output', name, '--force'], { cwd: t.dir });
  expect(run.code, run.stderr).toBe(0);
  return open(join(t.dir, name));
}

/** A filled case workbook and a filled indicator workbook; `spoil` edits them before they are saved. */
async function filled(prefix: string, spoil?: (cases: ExcelJS.Workbook, indicators: ExcelJS.Workbook) => void): Promise<[string, string]> {
  const cases = await template('case', `${prefix}-cases.xlsx`);
  fill(cases, 'case', CASE_ROWS);
  fill(cases, 'case.payments', PAYMENT_ROWS);
  const indicators = await template('indicator', `${prefix}-indicators.xlsx`);
  fill(indicators, 'indicator', INDICATOR_ROWS);
  spoil?.(cases, indicators);
  await cases.xlsx.writeFile(join(t.dir, `${prefix}-cases.xlsx`));
  await indicators.xlsx.writeFile(join(t.dir, `${prefix}-indicators.xlsx`));
  return [`${prefix}-cases.xlsx`, `${prefix}-indicators.xlsx`];
}

const byKey = (records: Obj[]) => new Map(records.map((r) => [`${String(r.type)} ${String(r.id)}`, r]));

describe('gpos template', () => {
  it.each(['indicator', 'case', 'commitment'])('writes a %s workbook with README first, a codes sheet and drop-downs', async (family) => {
    const workbook = await template(family, `${family}-template.xlsx`);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names[0]).toBe('README');
    expect(names).toContain(family);
    expect(names.at(-1)).toBe('codes');
    const main = workbook.getWorksheet(family)!;
    expect((main.getRow(1).values as string[]).slice(1)).toContain('Status *');
    expect(main.getCell(3, columnOf(workbook, family, 'status')).dataValidation).toMatchObject({ type: 'list' });
    expect(workbook.getWorksheet('codes')!.getCell(1, 1).value).toBeTruthy();
  });

  it('writes one CSV file per sheet with --format csv, and never overwrites without --force', () => {
    const run = gpos(['template', '--family', 'case', '--format', 'csv', '--output', 'csv-template'], { cwd: t.dir });
    expect(run.code, run.stderr).toBe(0);
    const files = readdirSync(join(t.dir, 'csv-template')).sort();
    expect(files).toContain('case.csv');
    expect(files).toContain('case.payments.csv');
    expect(readFileSync(join(t.dir, 'csv-template', 'case.payments.csv'), 'utf8').split('\n')[0]).toMatch(/^case\.id,/);
    expect(gpos(['template', '--family', 'case', '--output', 'kept.xlsx'], { cwd: t.dir }).code).toBe(0);
    const again = gpos(['template', '--family', 'case', '--output', 'kept.xlsx'], { cwd: t.dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists.*--force/);
    expect(gpos(['template', '--family', 'bundle'], { cwd: t.dir }).code).toBe(2);
  });
});

describe('a filled-in template', () => {
  it('validates with zero errors and converts to records that validate', async () => {
    const files = await filled('good');
    const report = gpos(['validate', '--format', 'json', ...files], { cwd: t.dir });
    expect(report.code, report.stdout).toBe(0);
    expect(jsonReport(report).summary).toMatchObject({ files: 2, records: 3, invalid: 0, errors: 0 });
    for (const file of files) {
      const out = file.replace('.xlsx', '.json');
      const run = gpos(['convert', file, '--to', 'json', '--output', out], { cwd: t.dir });
      expect(run.code, run.stderr).toBe(0);
      expect(gpos(['validate', out], { cwd: t.dir }).code).toBe(0);
    }
    expect(JSON.parse(readFileSync(join(t.dir, 'good-cases.json'), 'utf8'))).toEqual([CASE_RECORD]);
    const indicators = JSON.parse(readFileSync(join(t.dir, 'good-indicators.json'), 'utf8')) as Obj[];
    expect(indicators.map((r) => r.tlp)).toEqual(['green', 'green']);
    expect(indicators[0]).toMatchObject({ first_seen: '2026-03-01T00:00:00Z', confidence: 90 });
  });

  it('with mistakes: every problem names file, sheet, row and column; exit 1; nothing written', async () => {
    const files = await filled('bad', (cases, indicators) => {
      indicators.getWorksheet('indicator')!.getCell(4, columnOf(indicators, 'indicator', 'confidence')).value = 'high';
      indicators.getWorksheet('indicator')!.getCell(3, columnOf(indicators, 'indicator', 'tlp')).value = 'purple';
      cases.getWorksheet('case.payments')!.getCell(4, columnOf(cases, 'case.payments', 'case.id')).value = 'case--0192f0c4-7a1e-7c3b-9d2e-00000000dead';
    });
    const run = gpos(['validate', '--format', 'json', ...files], { cwd: t.dir });
    expect(run.code).toBe(1);
    const problems = jsonReport(run).files.flatMap((f) => f.problems.map((p) => ({ path: f.path, ...(p as Obj) })));
    const tlp = columnOf(await open(join(t.dir, files[1])), 'indicator', 'tlp');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: files[0], code: 'sheet_orphan_row', sheet: 'case.payments', row: 4 }),
        expect.objectContaining({ path: files[1], code: 'sheet_invalid_cell', sheet: 'indicator', row: 4, column_heading: 'confidence' }),
        expect.objectContaining({ path: files[1], code: 'schema_enum', sheet: 'indicator', row: 3, column: tlp, column_heading: 'tlp', pointer: '/tlp' }),
      ]),
    );
    const text = gpos(['validate', files[1]!], { cwd: t.dir });
    expect(text.stdout).toMatch(/indicator![A-Z]+3 \(column "tlp"\): "tlp" is "purple"/);
    const convert = gpos(['convert', files[1]!, '--to', 'json', '--output', 'bad.json'], { cwd: t.dir });
    expect(convert.code).toBe(1);
    expect(convert.stderr).toMatch(/bad-indicators\.xlsx: indicator![A-Z]+4 \(column "confidence"\): error: Confidence: expected a number/);
    expect(existsSync(join(t.dir, 'bad.json'))).toBe(false);
  });

  it('reports spreadsheet cells in every format', async () => {
    const [, indicators] = await filled('fmt', (_, wb) => {
      wb.getWorksheet('indicator')!.getCell(3, columnOf(wb, 'indicator', 'tlp')).value = 'purple';
    });
    const schema = JSON.parse(readFileSync(join(packageRoot, 'schemas', 'report.schema.json'), 'utf8')) as object;
    const validateReport = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    expect(validateReport(JSON.parse(gpos(['validate', '--format', 'json', indicators!], { cwd: t.dir }).stdout)), JSON.stringify(validateReport.errors)).toBe(true);
    expect(gpos(['validate', '--format', 'github', indicators!], { cwd: t.dir }).stdout).toMatch(/^::error file=fmt-indicators\.xlsx,title=schema_enum::.*\(at indicator![A-Z]+3 \(column "tlp"\); \/tlp in indicator--/m);
    expect(gpos(['validate', '--format', 'junit', indicators!], { cwd: t.dir }).stdout).toMatch(/schema_enum at indicator![A-Z]+3 \(column &quot;tlp&quot;\)/);
    const sarif = JSON.parse(gpos(['validate', '--format', 'sarif', indicators!], { cwd: t.dir }).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'schema_enum');
    expect(result.locations[0].logicalLocations[0].fullyQualifiedName).toMatch(/^indicator![A-Z]+3 \(column "tlp"\)$/);
    expect(result.properties).toMatchObject({ sheet: 'indicator', row: 3, column_heading: 'tlp' });
  });
});

/** Rows as a data steward types them: their own references in the id cells, no spec_version, created or modified. */
const LOCAL_INDICATORS = INDICATOR_ROWS.map(({ spec_version: _v, created: _c, modified: _m, ...row }, i) => ({ ...row, id: `IND-${i + 1}` }));
const LOCAL_CASE = CASE_ROWS.map(({ spec_version: _v, created: _c, modified: _m, ...row }) => ({ ...row, id: 'AOC-2026-000123', indicator_refs: 'IND-1; IND-2' }));
const LOCAL_PAYMENTS = PAYMENT_ROWS.map((row) => ({ ...row, 'case.id': 'AOC-2026-000123' }));

describe('gpos convert --assign-ids: from a template to valid records in two commands', () => {
  it('xlsx: ids, spec_version and timestamps are assigned, references resolve, and the result validates; a second run gives the same ids', async () => {
    const cases = await template('case', 'steward-cases.xlsx');
    fill(cases, 'case', LOCAL_CASE);
    fill(cases, 'case.payments', LOCAL_PAYMENTS);
    await cases.xlsx.writeFile(join(t.dir, 'steward-cases.xlsx'));
    const indicators = await template('indicator', 'steward-indicators.xlsx');
    fill(indicators, 'indicator', LOCAL_INDICATORS);
    await indicators.xlsx.writeFile(join(t.dir, 'steward-indicators.xlsx'));

    const plain = gpos(['convert', 'steward-cases.xlsx', 'steward-indicators.xlsx', '--to', 'json', '--output', 'plain.json'], { cwd: t.dir });
    expect(plain.code, plain.stderr).toBe(0);
    expect(gpos(['validate', 'plain.json'], { cwd: t.dir }).code).toBe(1);

    const runs = ['first.json', 'second.json'].map((out) => {
      const run = gpos(['convert', 'steward-cases.xlsx', 'steward-indicators.xlsx', '--assign-ids', '--to', 'json', '--output', out], { cwd: t.dir });
      expect(run.code, run.stderr).toBe(0);
      const check = gpos(['validate', '--format', 'json', out], { cwd: t.dir });
      expect(check.code, check.stdout).toBe(0);
      expect(jsonReport(check).summary).toMatchObject({ records: 3, invalid: 0, errors: 0 });
      return JSON.parse(readFileSync(join(t.dir, out), 'utf8')) as Obj[];
    });
    const [first, second] = runs as [Obj[], Obj[]];
    expect(second.map((r) => r.id)).toEqual(first.map((r) => r.id));
    const kase = first.find((r) => r.type === 'case')!;
    const ids = first.filter((r) => r.type === 'indicator').map((r) => r.id);
    expect(kase.indicator_refs).toEqual(ids);
    expect(kase.payments).toHaveLength(2);
    // the workbook's created date, from its document properties
    const created = (await open(join(t.dir, 'steward-cases.xlsx'))).created.toISOString().replace(/\.\d{3}Z$/, 'Z');
    expect(kase.created).toBe(created);
  });

  it('csv: the same from a CSV template, with --timestamp fixing created and modified', () => {
    const made = gpos(['template', '--family', 'indicator', '--format', 'csv', '--output', 'steward-csv'], { cwd: t.dir });
    expect(made.code, made.stderr).toBe(0);
    const headings = readFileSync(join(t.dir, 'steward-csv', 'indicator.csv'), 'utf8').split(/\r?\n/)[0]!.split(',');
    const cell = (v: unknown) => (v === undefined ? '' : v instanceof Date ? v.toISOString().replace('.000Z', 'Z') : `"${String(v).replace(/"/g, '""')}"`);
    const rows = LOCAL_INDICATORS.map((row) => headings.map((h) => cell((row as Record<string, unknown>)[h])).join(','));
    writeFileSync(join(t.dir, 'steward-csv', 'indicator.csv'), [headings.join(','), ...rows].join('\n') + '\n');
    const ids = ['a.ndjson', 'b.ndjson'].map((out) => {
      const run = gpos(['convert', 'steward-csv/indicator.csv', '--assign-ids', '--timestamp', '2026-03-01T00:00:00Z', '--to', 'ndjson', '--output', out], { cwd: t.dir });
      expect(run.code, run.stderr).toBe(0);
      expect(gpos(['validate', out], { cwd: t.dir }).code).toBe(0);
      const records = readFileSync(join(t.dir, out), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Obj);
      expect(records[0]).toMatchObject({ created: '2026-03-01T00:00:00Z', modified: '2026-03-01T00:00:00Z' });
      return records.map((r) => r.id);
    });
    expect(ids[1]).toEqual(ids[0]);
  });

  it('reports a reference to a row that is not there by its cell, and writes nothing', async () => {
    const cases = await template('case', 'dangling-cases.xlsx');
    fill(cases, 'case', LOCAL_CASE);
    await cases.xlsx.writeFile(join(t.dir, 'dangling-cases.xlsx'));
    const run = gpos(['convert', 'dangling-cases.xlsx', '--assign-ids', '--to', 'json', '--output', 'dangling.json'], { cwd: t.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/dangling-cases\.xlsx: case![A-Z]+3 \(column "indicator_refs"\): error: "IND-1" is neither a GPOS id nor the id cell of any indicator .*\[sheet_unresolved_local_ref\]/);
    expect(existsSync(join(t.dir, 'dangling.json'))).toBe(false);
  });

  it('refuses --timestamp without --assign-ids, and a time that is not one', () => {
    expect(gpos(['convert', 'x.xlsx', '--timestamp', '2026-03-01T00:00:00Z', '--to', 'json'], { cwd: t.dir }).code).toBe(2);
    const bad = gpos(['convert', 'x.xlsx', '--assign-ids', '--timestamp', 'yesterday', '--to', 'json'], { cwd: t.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--timestamp needs a date and time/);
  });
});

describe('a filled-in template with raw values: --assign-ids --normalize on gpos validate and gpos convert', () => {
  // what a data steward types: their own reference in the id column, numbers and links as they were reported
  const RAW = [
    'id,source,tlp,status,observable/kind,observable/raw,typology',
    'HOTLINE-1,TH-GOV:aoc1441,green,reported,phone_number,+66 81 234 5678,impersonation.government_law_enforcement',
    'HOTLINE-2,TH-GOV:aoc1441,green,reported,url,hxxps://thai-post-parcel[.]example/track,impersonation.business',
  ];

  it('validates the sheet as convert will write it, and convert writes records that validate without a gpos normalize step', () => {
    t.write('raw-sheet/indicator.csv', `${RAW.join('\n')}\n`);
    // checked as it stands, a filled-in template has no ids, timestamps or canonical forms yet
    expect(gpos(['validate', 'raw-sheet/'], { cwd: t.dir }).code).toBe(1);
    const check = gpos(['validate', '--format', 'json', 'raw-sheet/', '--assign-ids', '--normalize'], { cwd: t.dir });
    expect(check.code, check.stdout).toBe(0);
    expect(jsonReport(check).summary).toMatchObject({ records: 2, invalid: 0, errors: 0 });
    const convert = gpos(['convert', 'raw-sheet/', '--assign-ids', '--normalize', '--timestamp', '2026-03-01T00:00:00Z', '--to', 'ndjson', '--output', 'raw.ndjson'], { cwd: t.dir });
    expect(convert.code, convert.stderr).toBe(0);
    expect(gpos(['validate', 'raw.ndjson'], { cwd: t.dir }).code).toBe(0);
    const records = readFileSync(join(t.dir, 'raw.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Obj);
    expect(records.map((r) => (r.observable as Obj).canonical)).toEqual(['+66812345678', 'https://thai-post-parcel.example/track']);
    // validate dates the records as convert does, so the ids it reports are the ids convert writes
    const same = gpos(['validate', '--format', 'json', 'raw-sheet/', '--assign-ids', '--normalize', '--timestamp', '2026-03-01T00:00:00Z'], { cwd: t.dir });
    const dated = gpos(['convert', 'raw-sheet/', '--assign-ids', '--to', 'ndjson'], { cwd: t.dir });
    const listed = gpos(['validate', '--format', 'junit', 'raw-sheet/', '--assign-ids', '--normalize'], { cwd: t.dir });
    expect(same.code).toBe(0);
    for (const line of dated.stdout.trim().split('\n')) expect(listed.stdout).toContain((JSON.parse(line) as Obj).id as string);
  });

  it('reports a value that does not normalise once, at its cell, and convert writes nothing', () => {
    t.write('bad-sheet/indicator.csv', `${[RAW[0], RAW[1]!.replace('+66 81 234 5678', '12'), RAW[2]].join('\n')}\n`);
    const check = gpos(['validate', '--format', 'json', 'bad-sheet/', '--assign-ids', '--normalize'], { cwd: t.dir });
    expect(check.code).toBe(1);
    const problems = jsonReport(check).files.flatMap((f) => f.problems);
    expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([['sheet_value_not_normalized', 2, 6]]);
    const convert = gpos(['convert', 'bad-sheet/', '--assign-ids', '--normalize', '--to', 'json', '--output', 'bad.json'], { cwd: t.dir });
    expect(convert.code).toBe(1);
    expect(convert.stderr).toMatch(/indicator!F2 \(column "observable\/raw"\): error: The phone_number value could not be normalised.*\[sheet_value_not_normalized\]/);
    expect(existsSync(join(t.dir, 'bad.json'))).toBe(false);
  });

  it('refuses the options where they mean nothing', () => {
    t.write('plain.ndjson', '{}\n');
    expect(gpos(['validate', 'plain.ndjson', '--normalize'], { cwd: t.dir }).code).toBe(2);
    expect(gpos(['validate', 'raw-sheet/', '--default-region', 'TH'], { cwd: t.dir }).code).toBe(2);
    expect(gpos(['validate', 'raw-sheet/', '--normalize', '--default-region', 'Thailand'], { cwd: t.dir }).code).toBe(2);
    expect(gpos(['convert', 'plain.ndjson', '--normalize', '--to', 'csv', '--output', 'x'], { cwd: t.dir }).code).toBe(2);
  });
});

describe('spreadsheet problem codes', () => {
  it('are listed by gpos rules and explained by gpos explain', () => {
    const rules = gpos(['rules', '--format', 'json']);
    for (const code of ['sheet_unreadable', 'sheet_unknown_column', 'sheet_invalid_cell', 'sheet_orphan_row', 'sheet_unresolved_local_ref', 'sheet_value_not_normalized']) expect(rules.stdout).toContain(`"${code}"`);
    const explain = gpos(['explain', 'sheet_orphan_row']);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toMatch(/parent sheet/);
  });
});

describe('CSV', () => {
  it('validates a folder of CSV files, joining child sheets to their records', () => {
    t.write('csv-in.json', pretty([CASE_RECORD, INDICATOR]));
    expect(gpos(['convert', 'csv-in.json', '--to', 'csv', '--output', 'csv-out'], { cwd: t.dir }).code).toBe(0);
    const ok = gpos(['validate', '--format', 'json', 'csv-out'], { cwd: t.dir });
    expect(ok.code, ok.stdout).toBe(0);
    expect(jsonReport(ok).summary).toMatchObject({ records: 2, errors: 0 });
    const payments = join(t.dir, 'csv-out', 'case.payments.csv');
    writeFileSync(payments, readFileSync(payments, 'utf8').replace(',THB', ',BAHT'));
    const bad = gpos(['validate', '--format', 'json', 'csv-out'], { cwd: t.dir });
    expect(bad.code).toBe(1);
    const problem = jsonReport(bad).files.find((f) => f.path === 'csv-out/case.payments.csv')!.problems[0] as Obj;
    expect(problem).toMatchObject({ sheet: 'case.payments', row: 2, column_heading: 'amount/currency', pointer: '/payments/0/amount/currency' });
    // the child sheet's file has no records of its own; JUnit still lists its problem
    expect(gpos(['validate', '--format', 'junit', 'csv-out'], { cwd: t.dir }).stdout).toMatch(/<testsuite name="csv-out\/case.payments.csv" tests="1" failures="1"[\s\S]*at case.payments!/);
  });

  it('reads a CSV export under any name, finding its family from the headings', () => {
    t.write('hotline-export.csv', 'id,tlp,status\nindicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e,green,active\n');
    const run = gpos(['validate', '--format', 'json', 'hotline-export.csv'], { cwd: t.dir });
    expect(run.code).toBe(1);
    expect(jsonReport(run).files[0]!.problems.every((p) => (p as Obj).sheet === 'indicator')).toBe(true);
  });

  it('streams a main-sheet CSV to NDJSON, and writes nothing when a row is wrong', () => {
    const lines = ['id,spec_version,created,modified,source,tlp,status,observable/kind,observable/canonical,confidence'];
    for (let i = 0; i < 3000; i++) lines.push(`indicator--0192f0c4-7a1e-7c3b-9d2e-${i.toString(16).padStart(12, '0')},1.0.0,2026-03-14T09:26:53Z,2026-03-14T09:26:53Z,TH-GOV:aoc1441,green,active,domain,shop-${i}.example,50`);
    t.write('stream/indicator.csv', `${lines.join('\n')}\n`);
    const run = gpos(['convert', 'stream/indicator.csv', '--to', 'ndjson'], { cwd: t.dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(3000);
    expect(gpos(['validate', '-'], { cwd: t.dir, input: run.stdout }).code).toBe(0);
    lines[1500] = lines[1500]!.replace(/,50$/, ',high');
    t.write('stream/indicator.csv', `${lines.join('\n')}\n`);
    const bad = gpos(['convert', 'stream/indicator.csv', '--to', 'ndjson', '--output', 'stream/out.ndjson'], { cwd: t.dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/stream\/indicator\.csv: indicator!J1501 \(column "confidence"\): error: Confidence: expected a number, found "high"/);
    expect(existsSync(join(t.dir, 'stream', 'out.ndjson'))).toBe(false);
  });
});

describe('hostile input', () => {
  it('neutralises formulas on export', async () => {
    t.write('formula.json', pretty({ ...INDICATOR, labels: ['=HYPERLINK("http://evil.example","click")', '+1-555-0100', '@SUM(A1)'] }));
    expect(gpos(['convert', 'formula.json', '--to', 'csv', '--output', 'formula-csv'], { cwd: t.dir }).code).toBe(0);
    const csv = readFileSync(join(t.dir, 'formula-csv', 'indicator.csv'), 'utf8');
    expect(csv).not.toMatch(/(^|,)"?[=+@]/m);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(gpos(['convert', 'formula.json', '--to', 'xlsx', '--output', 'formula.xlsx'], { cwd: t.dir }).code).toBe(0);
    const sheet = (await open(join(t.dir, 'formula.xlsx'))).getWorksheet('indicator')!;
    const cell = sheet.getCell(3, (sheet.getRow(2).values as string[]).indexOf('labels'));
    expect(typeof cell.value).toBe('string');
    expect(cell.formula).toBeUndefined();
    const back = gpos(['convert', 'formula-csv', '--to', 'json'], { cwd: t.dir });
    expect((JSON.parse(back.stdout) as Obj[])[0]!.labels).toEqual(['=HYPERLINK("http://evil.example","click")', '+1-555-0100', '@SUM(A1)']);
  });

  it('refuses a file that is not a workbook, with a message and status 1', () => {
    t.write('not-a-workbook.xlsx', 'id,tlp\n1,green\n');
    const run = gpos(['validate', 'not-a-workbook.xlsx'], { cwd: t.dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('is not an XLSX workbook');
    const convert = gpos(['convert', 'not-a-workbook.xlsx', '--to', 'json', '--output', 'nw.json'], { cwd: t.dir });
    expect(convert.code).toBe(1);
    expect(convert.stderr).toMatch(/^gpos: cannot read not-a-workbook\.xlsx: .*not an XLSX workbook/m);
    expect(convert.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(t.dir, 'nw.json'))).toBe(false);
  });

  it('refuses a 60 MB workbook before reading it, with status 2 and no stack trace', () => {
    const big = new Uint8Array(60 * 1024 * 1024);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    t.write('huge.xlsx', big);
    for (const args of [['validate', 'huge.xlsx'], ['convert', 'huge.xlsx', '--to', 'json']]) {
      const run = gpos(args, { cwd: t.dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/cannot read huge\.xlsx: huge\.xlsx is 60 MB; workbooks over 50 MB are not read/);
      expect(run.stderr).not.toMatch(/\n\s+at |internal error/);
    }
  });
});

const examplesDir = join(packageRoot, '..', '..', 'examples');
const RECORD_FILES = new Set(['.json', '.ndjson', '.jsonl']);

/** Every example to round-trip: records files, workbooks, and each folder of CSV files (its sheets go together). */
function examples(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).filter((name) => !name.startsWith('.') && name !== 'node_modules').sort();
  const own = names.map((name) => join(dir, name)).filter((path) => statSync(path).isFile());
  return [
    ...own.filter((path) => RECORD_FILES.has(extname(path).toLowerCase()) || extname(path).toLowerCase() === '.xlsx'),
    ...(own.some((path) => extname(path).toLowerCase() === '.csv') ? [dir] : []),
    ...names.map((name) => join(dir, name)).filter((path) => statSync(path).isDirectory()).flatMap(examples),
  ];
}

describe('round trip of every example', () => {
  const found = examples(examplesDir);

  it('finds the examples', () => {
    expect(found.length, `no data files under ${examplesDir}`).toBeGreaterThan(0);
  });

  it.each(found.map((f) => [relative(examplesDir, f) || '.', f]))('%s: JSON → XLSX → JSON and JSON → CSV → JSON keep every record', (name, path) => {
    const slug = name!.replace(/[^a-z0-9]+/gi, '-');
    let file = path!;
    if (!RECORD_FILES.has(extname(file).toLowerCase())) {
      // a spreadsheet example is first read as records, which must then survive the same round trips
      const records = gpos(['convert', file, '--to', 'json', '--output', `rt-${slug}-source.json`], { cwd: t.dir });
      expect(records.code, records.stderr).toBe(0);
      file = join(t.dir, `rt-${slug}-source.json`);
    }
    const original = readRecords(file);
    const toXlsx = gpos(['convert', file, '--to', 'xlsx', '--output', `rt-${slug}.xlsx`], { cwd: t.dir });
    expect(toXlsx.code, toXlsx.stderr).toBe(0);
    const viaXlsx = gpos(['convert', `rt-${slug}.xlsx`, '--to', 'json'], { cwd: t.dir });
    expect(viaXlsx.code, viaXlsx.stderr).toBe(0);
    const toCsv = gpos(['convert', file, '--to', 'csv', '--output', `rt-${slug}-csv`], { cwd: t.dir });
    expect(toCsv.code, toCsv.stderr).toBe(0);
    const viaCsv = gpos(['convert', `rt-${slug}-csv`, '--to', 'json'], { cwd: t.dir });
    expect(viaCsv.code, viaCsv.stderr).toBe(0);
    for (const back of [viaXlsx, viaCsv]) {
      const records = JSON.parse(back.stdout) as Obj[];
      expect(records).toHaveLength(original.length);
      // families come back grouped (one sheet each), so records are compared by type and id
      expect(byKey(records)).toEqual(byKey(original));
    }
  });
});

function readRecords(file: string): Obj[] {
  const text = readFileSync(file, 'utf8');
  if (extname(file) !== '.json') return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Obj);
  const value = JSON.parse(text) as Obj | Obj[];
  if (Array.isArray(value)) return value;
  return value.type === 'bundle' ? (value.records as Obj[]) : [value];
}
