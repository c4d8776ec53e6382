import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { recordsOf } from '@gpos/tabular';
import { LineIndex, parseJson } from '@gpos/validate/json';
import { CliError } from '../../shared/errors.js';

type Obj = Record<string, unknown>;

/** A records file that is not JSON: the conversion stops with status 1 and this message. */
export class RecordsSyntaxError extends CliError {
  constructor(message: string) {
    super(`${message}; nothing was written`, 'invalid');
  }
}

/** The records of a .json file (one record, an array, or a bundle's records) or of an NDJSON file, in file order. */
export async function readRecords(file: string, shown: string, kind: 'json' | 'ndjson'): Promise<Obj[]> {
  if (kind === 'json') {
    const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    const parsed = parseJson(text);
    if (!parsed.ok) {
      const issue = parsed.issues.find((i) => i.severity === 'error') ?? parsed.issues[0]!;
      const at = new LineIndex(text).locate(issue.offset);
      throw new RecordsSyntaxError(`${shown}:${at.line}:${at.column}: ${issue.message}; fix it (gpos validate ${shown} shows every problem) and convert again`);
    }
    return recordsOf(parsed.value);
  }
  const records: Obj[] = [];
  let line = 0;
  for await (const raw of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    line++;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    const parsed = parseJson(text);
    if (!parsed.ok) throw new RecordsSyntaxError(`${shown}:${line}: this line is not a JSON record (${parsed.issues[0]?.message ?? 'syntax error'})`);
    records.push(parsed.value as Obj);
  }
  return records;
}
