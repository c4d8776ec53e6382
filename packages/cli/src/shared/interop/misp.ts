import { fromMisp, toMisp } from '@gpos/interop';
import { InputTooLarge, MAX_JSON_BYTES } from '../input/limits.js';
import type { ExportSession, Mapping } from './formats.js';

type Records = Parameters<typeof toMisp>[0];

/**
 * MISP events are written whole: the records go to the event of their source organisation and references between
 * them become object references, so the export holds its records (at most the size of a .json input, 256 MB of
 * JSON) and writes at the end. One event is written as a MISP event document (`{"Event": …}`, what MISP imports);
 * several as a JSON array of them (which `gpos import --from misp` and MISP's REST API read).
 */
function mispSession(): ExportSession {
  const records: unknown[] = [];
  let size = 0;
  return {
    push(record) {
      size += JSON.stringify(record).length;
      if (size > MAX_JSON_BYTES) throw new InputTooLarge(`the records come to more than ${MAX_JSON_BYTES / 1024 / 1024} MB of JSON, the most a MISP export holds (its events are written whole); export them in parts`);
      records.push(record);
      return { text: '', losses: [] };
    },
    end() {
      const { events, losses } = toMisp(records as unknown as Records);
      const text = events.length === 1 ? JSON.stringify(events[0], null, 2) : `[\n${events.map((e) => JSON.stringify(e)).join(',\n')}\n]`;
      return { text: `${text}\n`, losses };
    },
  };
}

export function mispMapping(): Mapping {
  return {
    streams: false,
    exporter: mispSession,
    importer: (value, options) => fromMisp(value, options.defaultTlp ? { defaultTlp: options.defaultTlp as 'amber' } : {}),
  };
}
