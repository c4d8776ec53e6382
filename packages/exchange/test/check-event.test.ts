import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkEvent } from '../src/index.js';
import { EXCHANGE_DIR, schemaAjv } from './schemas.js';

type Json = Record<string, unknown>;
const EVENTS_ID = 'https://schemas.gpos.network/exchange/events.json';
const raw = parseYaml(readFileSync(join(EXCHANGE_DIR, 'asyncapi.yaml'), 'utf8')) as { components: { messages: Record<string, { payload: { $ref: string }; examples: { payload: Json }[] }> } };
const ajv = schemaAjv();

/** Every example, and mutations of it: each member removed, replaced by values of the wrong type or format, and an unknown member added, at every level above the bundle. */
function* mutations(example: Json): Generator<[string, Json]> {
  yield ['as is', example];
  function* at(path: (string | number)[], node: unknown): Generator<[string, Json]> {
    if (node === null || typeof node !== 'object') return;
    const set = (value: unknown, remove = false): Json => {
      const copy = structuredClone(example);
      let target: any = copy;
      for (const k of path) target = target[k];
      return { copy, target, value, remove } as never;
    };
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const k of keys) {
      const where = `/${[...path, k].join('/')}`;
      for (const [label, value] of [['removed', undefined], ['42', 42], ['empty string', ''], ['object', {}], ['array', ['x']], ['bad month', '2026-13-01T00:00:00Z'], ['30 February', '2026-02-30T10:00:00Z'], ['lower-case org', 'th-gov:aoc']] as const) {
        const { copy, target } = set(value) as unknown as { copy: Json; target: any };
        if (label === 'removed') Array.isArray(target) ? target.splice(k as number, 1) : delete target[k];
        else target[k] = structuredClone(value);
        yield [`${where} ${label}`, copy];
      }
      if (k !== 'bundle') yield* at([...path, k], (node as any)[k]);
    }
    if (!Array.isArray(node)) {
      const { copy, target } = set(undefined) as unknown as { copy: Json; target: any };
      target.unexpected = true;
      yield [`/${path.join('/')} unknown member`, copy];
    }
  }
  yield* at([], example);
}

/** 1.1 fields the AsyncAPI examples (whose webhook signatures cover their payloads) do not carry. */
const USDT = 'tron:0x2b6653dc/trc20:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';
const EXTRA: Record<string, (payload: Json) => Json> = {
  TakedownOutcome: (p) => ({
    ...p,
    data: {
      ...(p.data as Json),
      outcome_reason: 'court_order_required',
      amounts_frozen: [{ amount: '26499.000000', asset: USDT, fiat_equivalent: { amount: '916150.00', currency: 'THB' }, valued_at: '2026-11-09' }],
    },
  }),
  TakedownRequested: (p) => ({ ...p, data: { ...(p.data as Json), amount: { amount: '26499.000000', asset: USDT, valued_at: '2026-11-09T07:14:00Z' } } }),
  CaseReferred: (p) => ({ ...p, data: { ...(p.data as Json), channel: 'egmont' } }),
};

describe('checkEvent agrees with Ajv on events.json', () => {
  for (const [name, original] of Object.entries(raw.components.messages)) {
    const extra = EXTRA[name];
    const message = extra ? { ...original, examples: [...original.examples, ...original.examples.map((e) => ({ payload: extra(e.payload) }))] } : original;
    it(`${name}: every example and hundreds of mutations of it`, () => {
      const schema = ajv.getSchema(EVENTS_ID + message.payload.$ref.slice('./events.json'.length))!;
      const disagreements: string[] = [];
      let count = 0;
      let rejected = 0;
      for (const example of message.examples) {
        for (const [label, value] of mutations(example.payload)) {
          count++;
          // Ajv checks the bundle against bundle.json too; checkEvent leaves the bundle to the reference validator
          const ajvOk = schema(value) === true;
          const ours = checkEvent(value).ok;
          if (!ours) rejected++;
          if (ajvOk !== ours) disagreements.push(`${label}: Ajv ${ajvOk}, checkEvent ${ours}`);
        }
      }
      expect(count).toBeGreaterThan(30);
      // the mutations are real: most of them break the event
      expect(rejected).toBeGreaterThan(count / 2);
      expect(disagreements).toEqual([]);
    });
  }
});
