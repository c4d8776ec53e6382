import type { BundleRecord, Indicator, Relationship } from '@gpos/types';
import { describe, expect, it } from 'vitest';
import { StixExportStream, toStix, type StixObject } from '../src/index.js';
import { exampleFiles } from './fixtures.js';

function streamed(records: readonly BundleRecord[], options?: ConstructorParameters<typeof StixExportStream>[0]) {
  const stream = new StixExportStream(options);
  const objects: StixObject[] = [];
  const losses = [];
  for (const record of records) {
    const step = stream.push(record);
    objects.push(...step.objects);
    losses.push(...step.losses);
  }
  const last = stream.end();
  return { objects: [...objects, ...last.objects], losses: [...losses, ...last.losses] };
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
/** An SCO's marking may differ (the stream keeps the first indicator's TLP); everything else must not. */
const comparable = (o: StixObject) => (o.type === 'indicator' || o.type === 'relationship' || o.type === 'identity' || o.type === 'extension-definition' || o.type === 'sighting' || 'modified' in o ? o : { ...o, object_marking_refs: undefined });

describe('StixExportStream: toStix one record at a time', () => {
  it.each(exampleFiles().map((e) => [e.file, e.records] as const))('%s: the same objects and losses as toStix', (_file, records) => {
    const whole = toStix(records);
    const stream = streamed(records);
    // toStix keeps one version per id; the stream writes each version, so compare the latest of each
    const latest = new Map<string, StixObject>();
    for (const o of stream.objects) {
      const held = latest.get(o.id);
      if (!held || String(held.modified ?? '') <= String(o.modified ?? '')) latest.set(o.id, o);
    }
    expect([...latest.values()].map(comparable).sort(byId)).toEqual(whole.bundle.objects.map(comparable).sort(byId));
    expect(new Set(stream.objects.map((o) => `${o.id}@${String(o.modified)}`)).size).toBe(stream.objects.length);
    expect([...stream.losses].sort((a, b) => `${a.object}${a.code}${a.pointer}`.localeCompare(`${b.object}${b.code}${b.pointer}`))).toEqual(
      [...whole.losses].sort((a, b) => `${a.object}${a.code}${a.pointer}`.localeCompare(`${b.object}${b.code}${b.pointer}`)),
    );
  });

  const all = exampleFiles().flatMap((e) => e.records);
  const operation = all.find((r) => r.type === 'operation' && 'kind' in r)!;
  const relationship = all.find((r): r is Relationship => r.type === 'relationship' && 'relationship_type' in r && (r.source_ref === operation.id || r.target_ref === operation.id))!;

  it('writes a relationship that names a record later in the stream at the end, resolved', () => {
    expect(relationship).toBeDefined();
    const { objects, losses } = streamed([relationship, operation]);
    const written = objects.find((o) => o.type === 'relationship' && o.id === toStix([operation, relationship]).bundle.objects.find((x) => x.type === 'relationship')!.id);
    expect(written).toBeDefined();
    expect(losses.filter((l) => l.code === 'unresolved_reference')).toEqual([]);
    // held back until the end: after the operation it names
    expect(objects.indexOf(written!)).toBeGreaterThan(objects.findIndex((o) => o.extensions !== undefined && JSON.stringify(o.extensions).includes(operation.id)));
  });

  it('reports a reference it cannot hold back past maxDeferred, instead of holding everything', () => {
    const { objects, losses } = streamed([relationship, operation], { maxDeferred: 0 });
    expect(objects.some((o) => o.type === 'relationship' && !o.id.includes('based-on'))).toBe(false);
    expect(losses.map((l) => l.code)).toContain('unresolved_reference');
  });

  it('writes a shared observable once, and again only after forgetting it past maxRemembered', () => {
    const indicator = all.find((r): r is Indicator => r.type === 'indicator' && 'observable' in r && r.observable.canonical !== undefined)!;
    const twins = [0, 1, 2].map((n) => ({ ...indicator, id: `indicator--0192f0c4-7a1e-7c3b-9d2e-00000000000${n}` }));
    const scos = (o: StixObject[]) => o.filter((x) => x.type !== 'indicator' && x.type !== 'relationship' && x.type !== 'identity' && x.type !== 'extension-definition' && x.type !== 'marking-definition');
    expect(scos(streamed(twins).objects)).toHaveLength(1);
    expect(scos(streamed(twins, { maxRemembered: 2 }).objects).length).toBeGreaterThan(1);
  });
});
