import type { Args } from './command.js';
import { CliError, readErrorMessage } from '../../shared/errors.js';
import { expand } from '../../shared/input/expand.js';
import { INTEROP_FORMATS, loadMapping, type InteropFormatName, type Locations } from '../../shared/interop/formats.js';
import { lossProblem, printReport, ProblemLog, readProblem, readWarnings } from '../../shared/interop/report.js';
import type { Io } from '../../shared/io.js';
import { InputTooLarge, openSource } from '../../shared/records/read.js';
import { fileSink, SinkError, stdoutSink } from '../../shared/records/sink.js';
import { inputsOrStdin } from '../../shared/records/transform.js';
import { outputOf } from '../export/run.js';

type Obj = Record<string, unknown>;

/** Where each STIX object stands in its bundle, by id, to locate what is said about it. */
function objectIndex(value: unknown): Locations {
  const out: Locations = new Map();
  const objects = (value as { objects?: unknown } | null)?.objects;
  if (!Array.isArray(objects)) return out;
  objects.forEach((o, index) => {
    const id = (o as Obj | null)?.id;
    const type = (o as Obj | null)?.type;
    if (typeof id === 'string' && !out.has(id)) out.set(id, { pointer: `/objects/${index}`, index, ...(typeof type === 'string' ? { type } : {}) });
  });
  return out;
}

export async function run({ values, positionals }: Args, io: Io): Promise<number> {
  const from = values.from as InteropFormatName | undefined;
  if (from === undefined) throw CliError.usage('say which format to read: --from stix or --from misp');
  const output = outputOf(values);
  if (values.report === '') throw CliError.usage('--report needs a file name');
  const strict = values.strict ?? false;
  const mapping = await loadMapping(from);
  if (typeof mapping === 'string') throw new CliError(mapping);

  const expansion = await expand(inputsOrStdin(positionals, 'import'), process.cwd(), { followSymlinks: values['follow-symlinks'] ?? false });
  for (const note of expansion.notes) io.stderr(`gpos: ${note}\n`);
  if (expansion.failures.length) {
    for (const failure of expansion.failures) io.stderr(`gpos: cannot read ${failure.path}: ${failure.reason}\n`);
    return 2;
  }
  const other = expansion.sources.find((s) => s.kind === 'xlsx' || s.kind === 'csv' || s.kind === 'ndjson');
  if (other) throw CliError.usage(`${other.path} is not a ${INTEROP_FORMATS[from].title} file: read one JSON document (.json) or standard input`);

  const log = new ProblemLog();
  const records: Array<{ record: Obj; path: string }> = [];
  try {
    for (const source of expansion.sources) {
      // a bundle is one JSON text, read whole within the limits of a .json file: standard input too
      const opened = await openSource({ ...source, kind: 'json' }, process.stdin);
      const file = log.file(source.path, 'json');
      for await (const item of opened.docs) {
        if ('error' in item) {
          log.add(source.path, 'json', readProblem(item.error));
          continue;
        }
        const doc = item.doc;
        for (const warning of readWarnings(doc)) log.add(source.path, 'json', warning);
        const result = mapping.importer(doc.value, { defaultTlp: values['default-tlp'] ?? 'amber' });
        if (!result.ok) {
          const { code, pointer, message } = result.error;
          log.add(source.path, 'json', { severity: 'error', code: `${INTEROP_FORMATS[from].codePrefix}_${code}`, message, pointer, line: null, column: null, record: null }, doc);
          continue;
        }
        const where = mapping.locate?.(doc.value) ?? objectIndex(doc.value);
        file.records += where.size;
        for (const loss of result.losses) {
          const at = where.get(loss.object);
          const pointer = at ? `${at.pointer}${loss.pointer}` : loss.pointer;
          log.add(source.path, 'json', lossProblem(loss, pointer, at ? { index: at.index, id: loss.object, ...(at.type ? { type: at.type } : {}) } : { id: loss.object }), doc);
        }
        for (const record of result.records) records.push({ record: record as Obj, path: source.path });
      }
    }
  } catch (error) {
    if (error instanceof InputTooLarge) {
      io.stderr(`gpos: ${error.message}; nothing was written\n`);
      return 2;
    }
    if (typeof (error as NodeJS.ErrnoException).syscall === 'string') {
      io.stderr(`gpos: cannot read the input: ${readErrorMessage(error)}; nothing was written\n`);
      return 2;
    }
    throw error;
  }

  // what is written is what the reference validator accepts: the importer's records are checked again, all together
  if (!log.failing(false) && records.length > 0) {
    const { validate } = await import('@gpos/validate');
    const result = validate(records.map((r) => r.record));
    for (const p of result.problems) {
      if (p.severity !== 'error') continue;
      const origin = records[p.record?.index ?? 0]!;
      log.file(origin.path, 'json').invalid++;
      log.add(origin.path, 'json', { severity: 'error', code: p.code, message: `the imported record is invalid: ${p.message}`, pointer: p.pointer.replace(/^\/\d+/, ''), line: null, column: null, record: { ...(p.record?.id ? { id: p.record.id } : {}), ...(p.record?.type ? { type: p.record.type } : {}) } });
    }
  }

  const failed = log.failing(strict);
  if (!failed) {
    const sink = output !== undefined ? fileSink(output) : stdoutSink(io.stdout);
    const asArray = output !== undefined && /\.json$/i.test(output);
    try {
      if (asArray) await sink.write(`[\n${records.map((r) => JSON.stringify(r.record)).join(',\n')}\n]\n`);
      else for (let i = 0; i < records.length; i += 1000) await sink.write(`${records.slice(i, i + 1000).map((r) => `${JSON.stringify(r.record)}\n`).join('')}`);
      await sink.commit();
    } catch (error) {
      await sink.abort();
      if (error instanceof SinkError) {
        io.stderr(`gpos: cannot write ${error.target}: ${readErrorMessage(error.cause)}; nothing was written\n`);
        return 2;
      }
      throw error;
    }
  }
  await printReport(log.report(strict), { format: values.format ?? 'pretty', file: values.report, color: values['no-color'] ? false : values.color ? true : undefined }, io);
  if (failed) {
    io.stderr(`gpos: nothing was written${strict && !log.failing(false) ? ' (--strict: warnings fail the run)' : ''}\n`);
    return 1;
  }
  if (output !== undefined) io.stderr(`gpos: wrote ${records.length} records to ${output}\n`);
  return 0;
}
