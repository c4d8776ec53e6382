import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate as validateOpenApi } from '@readme/openapi-parser';
import { validate } from '@gpos/validate';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { EXCHANGE_DIR, schemaAjv } from './schemas.js';

const OPENAPI = join(EXCHANGE_DIR, 'openapi.yaml');
const API_ID = 'https://schemas.gpos.network/exchange/api.json';

type Json = Record<string, any>;
const doc = parseYaml(readFileSync(OPENAPI, 'utf8')) as Json;

describe('openapi.yaml', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    // external refs are the standard's own schemas, whose absolute $ids the ref parser would fetch over the network;
    // the structure is checked here and every external ref is resolved locally by the next test
    const result = await validateOpenApi(OPENAPI, { resolve: { external: false } });
    expect(result.valid, JSON.stringify((result as { errors?: unknown }).errors)).toBe(true);
  });

  it('has external $refs that all resolve to the standard\'s schemas', () => {
    const ajv = schemaAjv();
    const refs = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node !== null && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) (k === '$ref' && typeof v === 'string' && !v.startsWith('#') ? refs.add(v) : walk(v));
      }
    };
    walk(doc);
    expect(refs.size).toBeGreaterThan(5);
    for (const ref of refs) {
      const url = new URL(ref, 'https://schemas.gpos.network/exchange/openapi.yaml').href;
      expect(ajv.getSchema(url), ref).toBeTypeOf('function');
    }
  });

  it('describes the reference server routes', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/bundles', '/v1/events', '/v1/feed', '/v1/subscriptions/{id}/dead-letters', '/v1/subscriptions', '/v1/subscriptions/{id}', '/v1/oprf/evaluate', '/v1/oprf/keys']));
  });

  it('has examples that validate against their schemas', () => {
    const ajv = schemaAjv();
    const bundleExample = doc.paths['/v1/bundles'].post.requestBody.content['application/json'].examples.indicators.value;
    const { signature: _s, ...unsigned } = bundleExample;
    expect(validate(unsigned).valid).toBe(true);
    expect(ajv.validate('https://schemas.gpos.network/v1/bundle.json', bundleExample), JSON.stringify(ajv.errors)).toBe(true);
    const takedown = doc.paths['/v1/events'].post.requestBody.content['application/json'].examples.takedown.value;
    expect(ajv.validate('https://schemas.gpos.network/exchange/events.json#/$defs/takedown_requested', takedown), JSON.stringify(ajv.errors)).toBe(true);
    const page = doc.paths['/v1/feed'].get.responses['200'].content['application/json'].examples.page.value;
    expect(ajv.validate(`${API_ID}#/$defs/feed_page`, page), JSON.stringify(ajv.errors)).toBe(true);
  });
});
