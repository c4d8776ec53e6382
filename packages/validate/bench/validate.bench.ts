/**
 * Throughput of the reference validator, as ratios against JSON.parse alone on the same input, measured in
 * the same run (so the figures compare across machines). Not a test: run with `npm run bench`.
 *
 * It measures the built package, as users run it (`turbo run bench` builds first); run
 * `npx tsx --conditions=@gpos/source bench/validate.bench.ts` to measure src/ without building.
 *
 * To add a validator, append a column to CONTENDERS.
 */
import { rules, validate } from '@gpos/validate';
import { bundleSchema, recordSchema } from '@gpos/validate/zod';
import * as fixtures from '../test/fixtures.js';

interface Workload {
  readonly name: string;
  /** JSON texts, as they arrive from a file or the network. */
  readonly texts: readonly string[];
  /** Records per text. */
  readonly recordsPerText: number;
}

interface Contender {
  readonly name: string;
  /** Handles one parsed value; must touch the result so the work is not optimised away. */
  readonly run: (value: unknown) => unknown;
}

const uuid = (i: number) => `0192f0c4-7a1e-7c3b-9d2e-${i.toString(16).padStart(12, '0')}`;

function indicators(n: number) {
  return Array.from({ length: n }, (_, i) => ({ ...fixtures.indicator(), id: `indicator--${uuid(i)}`, sighting_count: i }));
}
function cases(n: number) {
  return Array.from({ length: n }, (_, i) => ({ ...fixtures.victimCase(), id: `case--${uuid(i)}` }));
}

const workloads: Workload[] = [
  { name: 'indicators', texts: indicators(2000).map((r) => JSON.stringify(r)), recordsPerText: 1 },
  { name: 'cases', texts: cases(2000).map((r) => JSON.stringify(r)), recordsPerText: 1 },
  {
    name: 'bundles (100 records)',
    texts: Array.from({ length: 40 }, () => JSON.stringify({ ...fixtures.bundle([...indicators(50), ...cases(50)]), tlp: 'red' })),
    recordsPerText: 100,
  },
];

/** Columns of the table. JSON.parse alone is the baseline every ratio is computed against. */
const allRulesOff = { rules: { disable: rules.map((r) => r.code) } };

export const CONTENDERS: Contender[] = [
  { name: 'validate() schema only', run: (value) => validate(value, allRulesOff).valid },
  { name: 'validate()', run: (value) => validate(value).valid },
  { name: 'validate() strict', run: (value) => validate(value, { strict: true }).valid },
  // zod checks the schema only; compare it with the schema-only column, and validate() with both
  { name: 'zod safeParse', run: (value) => ((value as { type?: unknown }).type === 'bundle' ? bundleSchema : recordSchema).safeParse(value).success },
];

/** Milliseconds for one pass over the texts: parse each, then hand it to `work`. */
function pass(texts: readonly string[], work: (value: unknown) => unknown): number {
  let sink = 0;
  const started = performance.now();
  for (const text of texts) sink += work(JSON.parse(text)) ? 1 : 0;
  const elapsed = performance.now() - started;
  if (sink < 0) console.log(sink); // keeps the work observable
  return elapsed;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const parseOnly = () => true;

/**
 * Per-pass times of JSON.parse alone and of each contender, passes taking turns for about `ms`: load from
 * other processes then weighs on every column alike, and ratios are medians of passes run side by side.
 */
function measure(texts: readonly string[], ms = 2500): { baseline: number[]; contenders: number[][] } {
  const all = [parseOnly, ...CONTENDERS.map((c) => c.run)];
  for (let warm = 0; warm < 3; warm++) for (const work of all) pass(texts, work); // JIT and lazily loaded metadata
  const times: number[][] = all.map(() => []);
  for (const started = performance.now(); performance.now() - started < ms; ) all.forEach((work, i) => times[i]!.push(pass(texts, work)));
  return { baseline: times[0]!, contenders: times.slice(1) };
}

const rows: string[][] = [];
for (const workload of workloads) {
  const records = workload.texts.length * workload.recordsPerText;
  // sanity: the workload is valid, so every contender does the full work
  const check = validate(JSON.parse(workload.texts[0]!));
  if (!check.valid) throw new Error(`${workload.name} fixture is invalid: ${JSON.stringify(check.problems)}`);
  const { baseline, contenders } = measure(workload.texts);
  const perSecond = (ms: number) => Math.round((records / ms) * 1000).toLocaleString('en');
  const row = [workload.name, perSecond(median(baseline))];
  // throughput relative to parse alone, and speed relative to zod, pass by pass
  const ratio = (a: readonly number[], b: readonly number[]) => median(a.map((t, i) => t / b[i]!));
  for (const times of contenders) row.push(`${perSecond(median(times))} (${ratio(baseline, times).toFixed(2)}×)`);
  const zod = contenders.at(-1)!;
  row.push(`${ratio(zod, contenders[0]!).toFixed(1)}× / ${ratio(zod, contenders[1]!).toFixed(1)}×`);
  rows.push(row);
}

const header = ['workload', 'JSON.parse records/s', ...CONTENDERS.map((c) => `parse + ${c.name} records/s (× parse throughput)`), 'schema only / validate() speed × zod'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
console.log(
  `\nNode ${process.version}. "× parse throughput" is records/s of parse + validator over records/s of JSON.parse alone (the ceiling), the median of passes run in turn;`,
  `\nthe goal for indicators is ≥ 0.5× (validation costs no more than parsing) and ≥ 3× zod.`,
);
