import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, fromFile } from '@asyncapi/parser';
import { validate } from '@gpos/validate';
import { receiveWebhook } from '../src/index.js';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { EXCHANGE_DIR, schemaAjv } from './schemas.js';

const ASYNCAPI = join(EXCHANGE_DIR, 'asyncapi.yaml');
const EVENTS_ID = 'https://schemas.gpos.network/exchange/events.json';
/** The example secret the document's webhook examples are signed with (see securitySchemes.standardWebhooks). */
const EXAMPLE_SECRET = 'whsec_R1BPUyBleGFtcGxlIHNlY3JldCAtIG5vdCBmb3IgdXNlIQ==';

interface RawMessage {
  name: string;
  payload: { $ref: string };
  examples?: { name: string; headers?: Record<string, string>; payload: Record<string, unknown> }[];
}
const raw = parseYaml(readFileSync(ASYNCAPI, 'utf8')) as { components: { messages: Record<string, RawMessage> } };
const messages = Object.entries(raw.components.messages);

describe('asyncapi.yaml', () => {
  it('parses with @asyncapi/parser without errors', async () => {
    const parser = new Parser();
    const { document, diagnostics } = await fromFile(parser, ASYNCAPI).parse();
    // severity 0 is an error, 1 a warning; the one hint left is that AsyncAPI 3.1 exists
    const errors = diagnostics.filter((d) => d.severity <= 1);
    expect(errors.map((d) => `${d.path.join('.')}: ${d.message}`)).toEqual([]);
    expect(document).toBeDefined();
    expect(document!.version()).toBe('3.0.0');
    const names = document!.messages().all().map((m) => m.name());
    for (const t of ['indicators.published', 'indicators.updated', 'indicators.retracted', 'takedown.requested', 'takedown.outcome', 'case.referred', 'case.referral_acknowledged', 'commitment.progress_reported']) {
      expect(names).toContain(t);
    }
    expect(document!.servers().all().map((s) => s.id()).sort()).toEqual(['feed', 'oprf', 'webhooks']);
    expect(document!.securitySchemes().all().length).toBeGreaterThanOrEqual(2);
  });

  it('covers every event type of events.json with exactly one message', () => {
    const events = JSON.parse(readFileSync(join(EXCHANGE_DIR, 'events.json'), 'utf8')) as { properties: { type: { enum: string[] } } };
    expect(messages.map(([, m]) => m.name).sort()).toEqual([...events.properties.type.enum].sort());
  });

  it('would catch a broken example (the checks are not vacuous)', () => {
    const [, takedown] = messages.find(([, m]) => m.name === 'takedown.requested')!;
    const check = schemaAjv().getSchema(EVENTS_ID + takedown.payload.$ref.slice('./events.json'.length))!;
    const payload = structuredClone(takedown.examples![0]!.payload) as { data: Record<string, unknown> };
    delete payload.data.request_id;
    expect(check(payload)).toBe(false);
    payload.data.request_id = 'not-a-uuid';
    expect(check(payload)).toBe(false);
  });

  it('documents the example secret it signs its examples with', () => {
    expect(readFileSync(ASYNCAPI, 'utf8')).toContain(EXAMPLE_SECRET);
  });

  describe.each(messages)('message %s', (_key, message) => {
    it('has a payload $ref into the JSON Schemas that resolves', () => {
      expect(message.payload.$ref).toMatch(/^\.\/events\.json#\/\$defs\/[a-z_]+$/);
      const ajv = schemaAjv();
      expect(ajv.getSchema(EVENTS_ID + message.payload.$ref.slice('./events.json'.length))).toBeTypeOf('function');
    });

    it('has examples that validate against the payload schema and the reference validator', () => {
      expect(message.examples?.length).toBeGreaterThan(0);
      const check = schemaAjv().getSchema(EVENTS_ID + message.payload.$ref.slice('./events.json'.length))!;
      for (const example of message.examples!) {
        expect(check(example.payload), `${example.name}: ${JSON.stringify(check.errors)}`).toBe(true);
        expect(example.payload.type).toBe(message.name);
        expect(example.headers?.['webhook-id']).toBe(example.payload.id);
        const bundle = (example.payload.data as { bundle?: unknown }).bundle;
        if (bundle !== undefined) {
          const result = validate(bundle);
          expect(result.problems.filter((p) => p.severity !== 'info'), example.name).toEqual([]);
          expect(result.valid).toBe(true);
        }
      }
    });

    it('has example deliveries that receiveWebhook accepts: real Standard Webhooks signatures', async () => {
      for (const example of message.examples!) {
        const headers = example.headers!;
        const now = () => Number(headers['webhook-timestamp']) * 1000;
        const result = await receiveWebhook({ headers, body: JSON.stringify(example.payload) }, { secrets: [EXAMPLE_SECRET], now });
        expect(result, example.name).toMatchObject({ duplicate: false, id: example.payload.id });
      }
    });
  });
});
