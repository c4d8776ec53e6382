import type { BundleRecord, GposRecord, Indicator, Relationship, Sighting, VictimCase } from '@gpos/types';
import { v5 as uuidv5 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { DISTRIBUTION_OF_TLP, fromMisp, GPOS_MISP_NAMESPACE, mispFeed, mispTypologyTaxonomy, toMisp, typologyMachineTag, type MispObject } from '../src/index.js';
import { exampleFiles } from './fixtures.js';

const records = exampleFiles().flatMap((e) => e.records);
const indicator = (records as Indicator[]).find((r) => r.type === 'indicator' && 'observable' in r && r.observable.kind === 'phone_number' && (r.typology?.length ?? 0) > 0)!;
const objectOf = (result: ReturnType<typeof toMisp>, id: string): MispObject => result.events.flatMap((d) => d.Event.Object).find((o) => o.uuid === id.slice(id.indexOf('--') + 2))!;

describe('toMisp', () => {
  it('derives its namespace from the published URL, so it can be re-derived anywhere', () => {
    expect(uuidv5('https://schemas.gpos.network/interop/misp', uuidv5.URL)).toBe(GPOS_MISP_NAMESPACE);
  });

  it('writes one event per source organisation, its Orgc that organisation', () => {
    const { events } = toMisp(records);
    const sources = new Set(records.filter((r) => 'source' in r && r.type !== 'relationship' && r.type !== 'sighting' && !['commitment', 'statistic'].includes(r.type)).map((r) => (r as GposRecord).source));
    expect(new Set(events.map((d) => d.Event.Orgc.name))).toEqual(sources);
    expect(new Set(events.map((d) => d.Event.uuid)).size).toBe(events.length);
  });

  it.each(Object.entries(DISTRIBUTION_OF_TLP))('TLP:%s becomes the tag and distribution level %s on the object, every attribute tagged', (tlp, distribution) => {
    const result = toMisp([{ ...indicator, tlp } as Indicator]);
    const object = objectOf(result, indicator.id);
    expect(object.distribution).toBe(distribution);
    for (const a of object.Attribute) expect(a.Tag?.map((t) => t.name)).toContain(`tlp:${tlp}`);
    expect(result.events[0]!.Event.Tag?.[0]?.name).toBe(`tlp:${tlp}`);
  });

  it('the event carries its strictest record\'s TLP tag, and is as open as its most open record', () => {
    const other = records.find((r): r is Indicator => r.type === 'indicator' && r.id !== indicator.id && r.source === indicator.source)!;
    const { events } = toMisp([{ ...indicator, tlp: 'clear' } as Indicator, { ...other, tlp: 'amber+strict' } as Indicator]);
    expect(events[0]!.Event.Tag?.[0]?.name).toBe('tlp:amber+strict');
    expect(events[0]!.Event.distribution).toBe('3');
  });

  it('tags PAP, source reliability and typology; every typology tag names a value of the generated GPOS taxonomy', () => {
    const object = objectOf(toMisp([{ ...indicator, pap: 'green', source_reliability: 'b' } as Indicator]), indicator.id);
    const names = object.Attribute[0]!.Tag!.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['PAP:GREEN', 'admiralty-scale:source-reliability="b"', ...indicator.typology!.map(typologyMachineTag)]));
    const taxonomy = mispTypologyTaxonomy();
    const known = new Set([...taxonomy.predicates.map((p) => `gpos-typology:${p.value}`), ...taxonomy.values.flatMap((v) => v.entry.map((e) => `gpos-typology:${v.predicate}="${e.value}"`))]);
    const used = toMisp(records).events.flatMap((d) => [...(d.Event.Tag ?? []), ...d.Event.Object.flatMap((o) => o.Attribute.flatMap((a) => a.Tag ?? []))]).map((t) => t.name).filter((n) => n.startsWith('gpos-typology:'));
    expect(used.length).toBeGreaterThan(20);
    for (const name of used) expect(known, name).toContain(name);
  });

  it('puts a sighting on the value attribute of the indicator it saw, with its verdict as the MISP sighting type', () => {
    const sighting = (records as Sighting[]).find((r) => r.type === 'sighting' && r.indicator_ref !== undefined)!;
    const target = records.find((r) => r.id === sighting.indicator_ref)!;
    const result = toMisp([target, sighting]);
    const value = objectOf(result, target.id).Attribute[0]!;
    expect(value.Sighting).toEqual([expect.objectContaining({ uuid: sighting.id.slice('sighting--'.length), attribute_uuid: value.uuid, type: sighting.verdict === 'false_positive' ? '1' : '0' })]);
  });

  it('writes a relationship as an object reference of its source object, with the MISP relationship type of the crosswalk', () => {
    const relationship = (records as Array<BundleRecord & { relationship_type?: string; source_ref: string; target_ref: string }>).find((r) => r.type === 'relationship' && r.relationship_type === 'controls')!;
    const ends = records.filter((r) => r.id === relationship.source_ref || r.id === relationship.target_ref);
    const result = toMisp([...ends, relationship]);
    const source = objectOf(result, relationship.source_ref);
    expect(source.ObjectReference).toEqual([expect.objectContaining({ uuid: relationship.id.slice('relationship--'.length), object_uuid: source.uuid, relationship_type: 'owns' })]);
  });

  it('writes an inverse type MISP has no name for as its inverse from the other end, and says so', () => {
    const controls = (records as Relationship[]).find((r) => r.type === 'relationship' && r.relationship_type === 'controls')!;
    const ends = records.filter((r) => r.id === controls.source_ref || r.id === controls.target_ref);
    // the same fact said from the wallet's side: the wallet is controlled by the operation
    const controlledBy: Relationship = { ...controls, relationship_type: 'controlled_by', source_ref: controls.target_ref, target_ref: controls.source_ref };
    const result = toMisp([...ends, controlledBy]);
    const operation = objectOf(result, controls.source_ref);
    const wallet = objectOf(result, controls.target_ref);
    expect(wallet.ObjectReference ?? []).toEqual([]);
    expect(operation.ObjectReference).toEqual([expect.objectContaining({ uuid: controls.id.slice('relationship--'.length), object_uuid: operation.uuid, referenced_uuid: wallet.uuid, relationship_type: 'owns' })]);
    expect(result.losses).toContainEqual(expect.objectContaining({ object: controls.id, pointer: '/relationship_type', code: 'reference_reversed' }));
    const back = fromMisp(result.events);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.records.find((r) => r.id === controls.id)).toMatchObject({ relationship_type: 'controls', source_ref: controls.source_ref, target_ref: controls.target_ref });
  });

  it('reports every family and field MISP cannot hold, never silently', () => {
    const commitment = records.find((r) => r.type === 'commitment')!;
    const { losses, events } = toMisp([commitment, { type: 'indicator', id: indicator.id, modified: '2027-01-01T00:00:00Z', revoked: true } as unknown as BundleRecord]);
    expect(events).toEqual([]);
    expect(losses.map((l) => `${l.object} ${l.code}`).sort()).toEqual([`${commitment.id} no_counterpart`, `${indicator.id} no_counterpart`].sort());
    const withConfidence = toMisp([{ ...indicator, confidence: 80 } as Indicator]);
    expect(withConfidence.losses).toContainEqual(expect.objectContaining({ object: indicator.id, pointer: '/confidence', code: 'property_dropped' }));
  });

  it('writes a pseudonymised observable as an anonymised attribute, and says what it loses', () => {
    const { observable } = indicator;
    const pseudonymous = { ...indicator, observable: { kind: observable.kind, pseudonym: { alg: 'hmac-sha256', key_id: 'community-2026', value: 'a'.repeat(64) } } } as unknown as Indicator;
    const { events, losses } = toMisp([pseudonymous]);
    expect(events[0]!.Event.Attribute).toEqual([expect.objectContaining({ type: 'anonymised', value: 'a'.repeat(64), comment: 'GPOS phone_number (pseudonymised)' })]);
    expect(losses).toContainEqual(expect.objectContaining({ pointer: '/observable/pseudonym', code: 'property_dropped' }));
  });

  it('writes each payment of a case as a MISP transaction object, referenced from the victim object, and reports what the template cannot hold', () => {
    const base = records.find((r): r is VictimCase => r.type === 'case' && 'intake' in r)!;
    const payments = [
      { amount: { amount: '50000.00', currency: 'THB' }, executed_at: '2026-01-20T10:00:00Z', method: 'bank_transfer_domestic_instant', rail: 'promptpay', transaction_ref: 'TXN-001', payment_ref: 'p1' },
      { amount: { amount: '1500.25', asset: 'tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t' }, executed_at: '2026-01-22', recall: { requested_at: '2026-03-12T03:00:00Z', reason: 'FRAD' } },
    ];
    const record = { ...base, tlp: 'amber', payments } as VictimCase;
    const result = toMisp([record]);
    const objects = result.events.flatMap((d) => d.Event.Object);
    const victim = objectOf(result, record.id);
    const transactions = objects.filter((o) => o.name === 'transaction');
    expect(transactions).toHaveLength(2);
    const values = (o: MispObject) => Object.fromEntries(o.Attribute.map((a) => [a.object_relation, a.value]));
    expect(values(transactions[0]!)).toEqual({ amount: '50000.00 THB', date: '2026-01-20T10:00:00Z', 'transaction-number': 'TXN-001', 'transmode-code': 'bank_transfer_domestic_instant', text: 'rail promptpay, payment p1' });
    expect(values(transactions[1]!)).toEqual({ amount: '1500.25 tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', date: '2026-01-22' });
    // own UUIDs, stable across exports, and every attribute UUID distinct
    expect(new Set([victim.uuid, ...transactions.map((t) => t.uuid)]).size).toBe(3);
    expect(toMisp([structuredClone(record)]).events.flatMap((d) => d.Event.Object).filter((o) => o.name === 'transaction').map((t) => t.uuid)).toEqual(transactions.map((t) => t.uuid));
    const attributeUuids = objects.flatMap((o) => o.Attribute.map((a) => a.uuid));
    expect(new Set(attributeUuids).size).toBe(attributeUuids.length);
    expect(victim.ObjectReference?.map((r) => [r.referenced_uuid, r.relationship_type])).toEqual(transactions.map((t) => [t.uuid, 'related-to']));
    expect(transactions.every((t) => t.distribution === victim.distribution)).toBe(true);
    expect(result.losses.filter((l) => l.pointer.startsWith('/payments'))).toEqual([expect.objectContaining({ object: record.id, pointer: '/payments/1/recall', code: 'property_dropped' })]);
    // the payment reference is personal data at TLP:AMBER and stricter: a case below keeps it out of MISP, and says so
    const green = toMisp([{ ...record, tlp: 'green' } as VictimCase]);
    expect(green.events.flatMap((d) => d.Event.Object).flatMap((o) => o.Attribute).filter((a) => a.object_relation === 'transaction-number')).toEqual([]);
    expect(green.losses.map((l) => l.pointer)).toContain('/payments/0/transaction_ref');
  });
});

describe('mispFeed', () => {
  it('lays events out as a MISP feed: a manifest keyed by event UUID and one file per event, which fromMisp reads back', () => {
    const { events } = toMisp(records);
    const files = mispFeed(events);
    const manifest = JSON.parse(files['manifest.json']!) as Record<string, { info: string; timestamp: string; Orgc: { uuid: string } }>;
    expect(Object.keys(manifest).sort()).toEqual(events.map((d) => d.Event.uuid).sort());
    for (const d of events) {
      expect(manifest[d.Event.uuid]).toMatchObject({ info: d.Event.info, timestamp: d.Event.timestamp, Orgc: { uuid: d.Event.Orgc.uuid } });
      const back = fromMisp(files[`${d.Event.uuid}.json`]!);
      expect(back.ok).toBe(true);
    }
    expect(Object.keys(files)).toHaveLength(events.length + 1);
  });
});
