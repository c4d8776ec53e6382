import { fromMisp, toMisp } from '@gpos/interop';
import { InputTooLarge, MAX_JSON_BYTES } from '../input/limits.js';
import type { ExportSession, Locations, Mapping } from './formats.js';

type Obj = Record<string, unknown>;

/**
 * MISP events are written whole at the end: records are grouped into one event per source organisation, and
 * references and sightings land inside the objects they name. One event is written as the document MISP's
 * `/events/add` takes (`{"Event": …}`); several as MISP's own answer shape for several events (`{"response": [...]}`).
 */
function mispSession(): ExportSession {
  const records: Obj[] = [];
  let size = 0;
  return {
    push(record) {
      // held until the end: bounded as a .json input is, so an endless NDJSON feed is refused rather than exhausting memory
      size += JSON.stringify(record).length;
      if (size > MAX_JSON_BYTES) throw new InputTooLarge(`the records come to more than ${MAX_JSON_BYTES / 1024 / 1024} MB of JSON, the most a MISP export holds (its events are written whole); export them in parts`);
      records.push(record);
      return { text: '', losses: [] };
    },
    end() {
      const { events, losses } = toMisp(records as unknown as Parameters<typeof toMisp>[0]);
      const text = events.length === 1 ? JSON.stringify(events[0]) : JSON.stringify({ response: events });
      return { text: `${text}\n`, losses };
    },
  };
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where each MISP object, attribute, reference and sighting stands in the input, by UUID, to locate what is said about it. */
function locate(value: unknown): Locations {
  const out: Locations = new Map();
  let index = 0;
  const add = (uuid: unknown, pointer: string, type: unknown) => {
    if (typeof uuid === 'string' && !out.has(uuid)) out.set(uuid, { pointer, index: index++, ...(typeof type === 'string' ? { type } : {}) });
  };
  const attributes = (list: unknown, at: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((a, i) => {
      if (!isObj(a)) return;
      add(a.uuid, `${at}/${i}`, a.type);
      if (Array.isArray(a.Sighting)) a.Sighting.forEach((s, j) => isObj(s) && add(s.uuid, `${at}/${i}/Sighting/${j}`, 'sighting'));
    });
  };
  const wrappers: Array<[unknown, string]> = Array.isArray(value) ? value.map((v, i) => [v, `/${i}`]) : isObj(value) && Array.isArray(value.response) ? value.response.map((v, i) => [v, `/response/${i}`]) : [[value, '']];
  for (const [wrapper, at] of wrappers) {
    const event = isObj(wrapper) ? wrapper.Event : undefined;
    if (!isObj(event)) continue;
    add(event.uuid, `${at}/Event`, 'event');
    if (Array.isArray(event.Object)) {
      event.Object.forEach((o, i) => {
        if (!isObj(o)) return;
        add(o.uuid, `${at}/Event/Object/${i}`, o.name);
        if (Array.isArray(o.ObjectReference)) o.ObjectReference.forEach((r, j) => isObj(r) && add(r.uuid, `${at}/Event/Object/${i}/ObjectReference/${j}`, 'reference'));
        attributes(o.Attribute, `${at}/Event/Object/${i}/Attribute`);
      });
    }
    attributes(event.Attribute, `${at}/Event/Attribute`);
  }
  return out;
}

export function mispMapping(): Mapping {
  return {
    streams: false,
    exporter: mispSession,
    importer: (value, options) => fromMisp(value, options.defaultTlp ? { defaultTlp: options.defaultTlp as 'amber' } : {}),
    locate,
  };
}
