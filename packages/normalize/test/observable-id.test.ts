import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize, observableId, OBSERVABLE_NAMESPACE } from '../src/index.js';
import { KIND_NORMALIZERS } from '../src/kinds/index.js';

interface Vector { kind: string; raw: string; options?: Record<string, string>; canonical: string; jcs: string; id: string }
const corpus = JSON.parse(readFileSync(new URL('../../../conformance/observable-ids/vectors.json', import.meta.url), 'utf8')) as { namespace: string; vectors: Vector[] };

/** UUIDv5 written out from RFC 9562 §5.5 with node:crypto, independent of the uuid package the library uses. */
function uuidv5(name: string, namespace: string): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replaceAll('-', ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

describe('observable ids', () => {
  it('use the published namespace, itself UUIDv5 of its URL under the RFC 9562 URL namespace', () => {
    expect(uuidv5('https://schemas.gpos.network/ns/observable', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')).toBe(OBSERVABLE_NAMESPACE);
    expect(corpus.namespace).toBe(OBSERVABLE_NAMESPACE);
  });

  it.each(corpus.vectors.map((v) => [`${v.kind} ${v.raw}`, v] as const))('vector %s', (_, vector) => {
    const result = normalize(vector.kind, vector.raw, vector.options as never);
    expect(result.ok && result.canonical).toBe(vector.canonical);
    expect(JSON.stringify({ kind: vector.kind, value: vector.canonical })).toBe(vector.jcs);
    expect(`observable--${uuidv5(vector.jcs, OBSERVABLE_NAMESPACE)}`).toBe(vector.id);
    expect(observableId(vector.kind, vector.canonical)).toBe(vector.id);
  });

  it('covers every indicator kind', () => {
    expect([...new Set(corpus.vectors.map((v) => v.kind))].sort()).toEqual(Object.keys(KIND_NORMALIZERS).sort());
  });

  it('escape non-ASCII per RFC 8785 (UTF-8, not \\u escapes) and differ by kind', () => {
    expect(observableId('domain', 'ธนาคาร.example')).toBe(`observable--${uuidv5('{"kind":"domain","value":"ธนาคาร.example"}', OBSERVABLE_NAMESPACE)}`);
    expect(observableId('domain', 'bad.example')).not.toBe(observableId('hostname', 'bad.example'));
  });
});
