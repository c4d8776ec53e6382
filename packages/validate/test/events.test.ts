import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EVENT_SCHEMA_IDS, validate, validateRecord } from '../src/index.js';

interface Message { payload: { $ref: string }; examples?: Array<{ name: string; payload: Record<string, unknown> }> }
const asyncapi = parse(readFileSync(new URL('../../../schemas/exchange/asyncapi.yaml', import.meta.url), 'utf8')) as { components: { messages: Record<string, Message> } };
const examples = Object.entries(asyncapi.components.messages).flatMap(([message, m]) => (m.examples ?? []).map((ex) => [`${message}: ${ex.name}`, ex.payload] as const));
const clone = <T>(v: T): T => structuredClone(v);
const find = (type: string) => clone(examples.find(([, payload]) => payload.type === type)![1]);
const codes = (value: unknown) => validate(value).problems.map((p) => `${p.code} ${p.pointer}`);

describe('exchange event envelopes', () => {
  it('cover every event type of events.json, each with an AsyncAPI example', () => {
    expect(new Set(examples.map(([, payload]) => payload.type))).toEqual(new Set(Object.keys(EVENT_SCHEMA_IDS)));
  });

  it.each(examples)('the AsyncAPI example %s is valid', (_name, payload) => {
    // the examples carry 1.0 records: the validator only advises (info) that 1.1 exists
    expect(validate(payload, { strict: true }).problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('are checked against the schema of their own type, with located errors', () => {
    const outcome = find('takedown.outcome');
    (outcome.data as Record<string, unknown>).outcome_reason = 'Court order required';
    (outcome.data as Record<string, unknown>).appeal = { status: 'pending' };
    (outcome.data as Record<string, unknown>).outcome = 'ignored';
    delete (outcome.data as Record<string, unknown>).at;
    expect(codes(outcome).sort()).toEqual(['schema_pattern /data/outcome_reason', 'schema_additional_property /data/appeal', 'schema_enum /data/outcome', 'schema_required /data/at'].sort());
    // the same data under another event type fails that type's schema instead
    expect(codes({ ...find('takedown.outcome'), type: 'takedown.requested' })).toContain('schema_required /data/requested_by');
  });

  it('check the bundle an event carries as a bundle file is checked: records by their type, with every rule', () => {
    const referred = find('case.referred');
    const record = ((referred.data as { bundle: { records: Array<Record<string, unknown>> } }).bundle.records[0])!;
    record.transfers = [{ id: 'h2', parent: 'h1', at: '2026-03-14T09:00:00Z', sent: { amount: '100.00', currency: 'THB', asset: 'tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t' } }];
    record.spec_version = '1.1.0';
    const result = validate(referred);
    expect(result.valid).toBe(false);
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => `${p.code} ${p.pointer}`).sort()).toEqual(
      ['unresolved_transfer_parent /data/bundle/records/0/transfers/0/parent', 'value_currency_or_asset /data/bundle/records/0/transfers/0/sent/asset'].sort(),
    );
    expect(errors[0]!.record).toMatchObject({ index: 0, type: 'case' });
    // reported once, not again through the event schema's reference to bundle.json
    const at = (referred.data as { bundle: { records: unknown[] } }).bundle.records.push({ type: 'case' }) - 1;
    expect(codes(referred).filter((c) => c === `schema_required /data/bundle/records/${at}/id`)).toHaveLength(1);
  });

  it('take 1.1 values and codes: a USDT freeze with its fiat equivalent and the reason of the outcome', () => {
    const outcome = find('takedown.outcome');
    const asset = 'tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';
    Object.assign(outcome.data as Record<string, unknown>, { outcome_reason: 'actioned', amounts_frozen: [{ amount: '26499.000000', asset, fiat_equivalent: { amount: '916150.00', currency: 'THB' } }] });
    expect(validate(outcome).problems).toEqual([]);
  });

  it('name a mistyped event type, and are not records', () => {
    expect(validate({ ...find('takedown.outcome'), type: 'takedown.outcomes' }).problems).toEqual([
      expect.objectContaining({ code: 'unknown_record_type', pointer: '/type', message: expect.stringContaining('takedown.outcome') }),
    ]);
    expect(validateRecord(find('takedown.outcome')).problems).toEqual([expect.objectContaining({ code: 'not_a_record' })]);
    expect(validate([find('takedown.outcome')]).problems).toEqual([expect.objectContaining({ code: 'unknown_record_type', pointer: '/0/type' })]);
  });

  it('carry a non-bundle in place of a bundle as a schema error of the event', () => {
    const published = find('bundle.published');
    (published.data as Record<string, unknown>).bundle = { type: 'indicator' };
    expect(codes(published).some((c) => c.endsWith('/data/bundle') || c.includes('/data/bundle/'))).toBe(true);
    expect(validate(published).valid).toBe(false);
  });
});
