import type { Args } from './command.js';
import { CliError, readErrorMessage } from '../../shared/errors.js';
import { expand } from '../../shared/input/expand.js';
import { loadMapping, type InteropFormatName, type Loss } from '../../shared/interop/formats.js';
import { lossProblem, printReport, ProblemLog, readProblem, readWarnings } from '../../shared/interop/report.js';
import type { Io } from '../../shared/io.js';
import type { RecordRef } from '../../shared/problem.js';
import { InputTooLarge, openSource, type Doc } from '../../shared/records/read.js';
import { fileSink, SinkError, spooledStdoutSink } from '../../shared/records/sink.js';
import { inputsOrStdin, recordsIn } from '../../shared/records/transform.js';

type Obj = Record<string, unknown>;

/** Where a record stands, kept for the records whose losses may come only at the end (relationships and sightings held back). */
interface Place {
  readonly path: string;
  readonly kind: 'json' | 'ndjson';
  readonly pointer: string;
  readonly doc: Doc;
  readonly ref: RecordRef;
}

/** `--output`, or its spelling `--out`. */
export function outputOf(values: { output?: string; out?: string }): string | undefined {
  if (values.output !== undefined && values.out !== undefined) throw CliError.usage('give --output once (--out is the same option)');
  const output = values.output ?? values.out;
  if (output === '') throw CliError.usage('--output needs a file name');
  return output;
}

export async function run({ values, positionals }: Args, io: Io): Promise<number> {
  const to = values.to as InteropFormatName | undefined;
  if (to === undefined) throw CliError.usage('say which format to write: --to stix or --to misp');
  const output = outputOf(values);
  if (values.report === '') throw CliError.usage('--report needs a file name');
  const strict = values.strict ?? false;
  const mapping = await loadMapping(to);
  if (typeof mapping === 'string') throw new CliError(mapping);

  const expansion = await expand(inputsOrStdin(positionals, 'export'), process.cwd(), { followSymlinks: values['follow-symlinks'] ?? false });
  for (const note of expansion.notes) io.stderr(`gpos: ${note}\n`);
  if (expansion.failures.length) {
    for (const failure of expansion.failures) io.stderr(`gpos: cannot read ${failure.path}: ${failure.reason}\n`);
    return 2;
  }
  const sheet = expansion.sources.find((s) => s.kind === 'xlsx' || s.kind === 'csv');
  if (sheet) throw CliError.usage(`${sheet.path} is a spreadsheet; convert it to records first (gpos convert ${sheet.path} --to ndjson)`);

  const { validate } = await import('@gpos/validate');
  const log = new ProblemLog();
  const session = mapping.exporter();
  const sink = output !== undefined ? fileSink(output) : spooledStdoutSink(io.stdout);
  // relationships and sightings may be reported only at the end; everything else is reported as it is read
  const places = new Map<string, Place>();
  const report = (losses: readonly Loss[], place: Place) => {
    for (const loss of losses) log.add(place.path, place.kind, lossProblem(loss, place.pointer + loss.pointer, place.ref), place.doc);
  };
  try {
    for (const source of expansion.sources) {
      const opened = await openSource(source, process.stdin);
      const kind = opened.kind;
      const file = log.file(source.path, kind);
      for await (const item of opened.docs) {
        if ('error' in item) {
          log.add(source.path, kind, readProblem(item.error));
          continue;
        }
        const doc = item.doc;
        for (const warning of readWarnings(doc)) log.add(source.path, kind, warning);
        let index = 0;
        for (const { record, pointer } of recordsIn(doc.value)) {
          const ref: RecordRef = { index: kind === 'ndjson' ? file.records : index, ...(typeof record.id === 'string' ? { id: record.id } : {}), ...(typeof record.type === 'string' ? { type: record.type } : {}) };
          index++;
          file.records++;
          const problems = validate(record).problems.filter((p) => p.severity === 'error');
          if (problems.length > 0) {
            file.invalid++;
            for (const p of problems) log.add(source.path, kind, { severity: 'error', code: p.code, message: p.message, pointer: pointer + p.pointer, line: null, column: null, record: ref }, doc);
            continue;
          }
          // once something is invalid nothing will be written: go on only to report every problem
          if (log.failing(false)) continue;
          const place: Place = { path: source.path, kind, pointer, doc, ref };
          // a format written whole at the end reports everything then; a streamed one only relationships and sightings
          if (!mapping.streams || record.type === 'relationship' || record.type === 'sighting') places.set(record.id as string, place);
          const step = session.push(record as Obj);
          report(step.losses, place);
          if (step.text) await sink.write(step.text);
        }
        if (kind === 'ndjson') log.settle();
      }
    }
    if (!log.failing(false)) {
      const last = session.end();
      for (const loss of last.losses) {
        const place = places.get(loss.object);
        if (place) report([loss], place);
      }
      await sink.write(last.text);
    }
    if (log.failing(strict)) await sink.abort();
    else await sink.commit();
  } catch (error) {
    await sink.abort();
    if (error instanceof InputTooLarge) {
      io.stderr(`gpos: ${error.message}; nothing was written\n`);
      return 2;
    }
    if (error instanceof SinkError) {
      io.stderr(`gpos: cannot write ${error.target}: ${readErrorMessage(error.cause)}; nothing was written\n`);
      return 2;
    }
    const syscall = (error as NodeJS.ErrnoException).syscall;
    if (typeof syscall === 'string') {
      io.stderr(`gpos: cannot read the input: ${readErrorMessage(error)}; nothing was written\n`);
      return 2;
    }
    throw error;
  }
  const failed = log.failing(strict);
  await printReport(log.report(strict), { format: values.format ?? 'pretty', file: values.report, color: values['no-color'] ? false : values.color ? true : undefined }, io);
  if (failed) {
    io.stderr(`gpos: nothing was written${strict ? ' (--strict: warnings fail the run)' : ''}\n`);
    return 1;
  }
  if (output !== undefined) io.stderr(`gpos: wrote ${output}\n`);
  return 0;
}
