import { createHash } from 'node:crypto';
import { fromStix, GPOS_STIX_NAMESPACE, StixExportStream, type StixObject } from '@gpos/interop';
import type { ExportSession, Mapping } from './formats.js';

/**
 * UUIDv5 (RFC 9562) of a name given in pieces: SHA-1 over the namespace and the name, fed as the name grows, so the
 * bundle id of a streamed export is the one `toStix` derives from the same records without holding their ids.
 */
class Uuid5 {
  private readonly hash = createHash('sha1');
  constructor(namespace: string) {
    this.hash.update(Buffer.from(namespace.replace(/-/g, ''), 'hex'));
  }
  update(piece: string): void {
    this.hash.update(piece, 'utf8');
  }
  digest(): string {
    const bytes = this.hash.digest().subarray(0, 16);
    bytes[6] = (bytes[6]! & 0x0f) | 0x50;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

/**
 * A STIX bundle written as it grows: `{"type":"bundle","objects":[` first, one object a line, and the bundle's `id`
 * last (JSON objects are unordered), because the id is derived from every record exported.
 */
function stixSession(): ExportSession {
  const stream = new StixExportStream();
  const name = new Uuid5(GPOS_STIX_NAMESPACE);
  let first = true;
  let records = 0;
  const lines = (objects: readonly StixObject[]) => {
    let text = '';
    for (const object of objects) {
      text += `${first ? '{"type":"bundle","objects":[\n' : ',\n'}${JSON.stringify(object)}`;
      first = false;
    }
    return text;
  };
  return {
    push(record) {
      const r = record as unknown as Parameters<StixExportStream['push']>[0];
      name.update(`${records++ === 0 ? '' : ','}${r.id}@${String(r.modified)}`);
      const step = stream.push(r);
      return { text: lines(step.objects), losses: step.losses };
    },
    end() {
      const step = stream.end();
      const text = lines(step.objects);
      return { text: `${text}\n],"id":"bundle--${name.digest()}"}\n`, losses: step.losses };
    },
  };
}

export function stixMapping(): Mapping {
  return {
    streams: true,
    exporter: stixSession,
    importer: (value, options) => fromStix(value, options.defaultTlp ? { defaultTlp: options.defaultTlp as 'amber' } : {}),
  };
}
