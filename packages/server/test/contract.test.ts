import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ERRORS } from '../src/errors.js';
import { ExchangeServer } from '../src/server.js';
import { TAXII_MEDIA_TYPE } from '../src/taxii.js';
import { EXCHANGE_DIR } from './schemas.js';

type Json = Record<string, any>;
const openapi = parseYaml(readFileSync(join(EXCHANGE_DIR, 'openapi.yaml'), 'utf8')) as Json;
const asyncapi = parseYaml(readFileSync(join(EXCHANGE_DIR, 'asyncapi.yaml'), 'utf8')) as Json;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** The problem codes a response description names, in backticks. */
const codesIn = (description: string) => new Set([...description.matchAll(/`([a-z0-9]+(?:_[a-z0-9]+)*)`/g)].map((m) => m[1]!));
const resolve = (response: Json): Json => (typeof response.$ref === 'string' ? openapi.components.responses[response.$ref.split('/').pop()!] : response);

/** Status → codes that openapi.yaml documents for it, on an operation or as a shared response. */
function documented(operations: Json[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (status: string, response: Json) => {
    const set = out.get(status) ?? new Set<string>();
    for (const code of codesIn(resolve(response).description ?? '')) set.add(code);
    out.set(status, set);
  };
  for (const op of operations) for (const [status, response] of Object.entries(op.responses ?? {})) add(status, response as Json);
  return out;
}

const operations = Object.values(openapi.paths as Json).flatMap((item: Json) => METHODS.filter((m) => item[m]).map((m) => item[m] as Json));

describe('the exchange contracts list every problem the server can answer', () => {
  it('openapi.yaml documents every code of the server\'s error table under its status', () => {
    // a shared response says its status in `x-gpos-status` (405 belongs to no operation: it answers methods a path lacks)
    const shared = Object.fromEntries(Object.values(openapi.components.responses as Json).map((r: Json) => [String(r['x-gpos-status']), r]));
    const docs = documented([...operations, { responses: shared }]);
    const missing = Object.entries(ERRORS)
      .filter(([code, { status }]) => !docs.get(String(status))?.has(code))
      .map(([code, { status }]) => `${status} ${code}`);
    expect(missing).toEqual([]);
  });

  it('every operation documents the answers any authenticated request can get', () => {
    for (const op of operations) {
      for (const status of ['401', '429', '500']) expect(op.responses[status], `${op.operationId} ${status}`).toBeDefined();
      for (const code of ['rate_limited', 'too_many_auth_failures']) expect(codesIn(resolve(op.responses['429']).description).has(code), `${op.operationId} ${code}`).toBe(true);
    }
  });

  it('every operation that reads a body documents the body problems: strict JSON, timeout, size', () => {
    for (const op of operations.filter((o) => o.requestBody)) {
      const docs = documented([op]);
      for (const code of ['invalid_json', 'invalid_utf8', 'json_duplicate_key', 'json_too_deep']) expect(docs.get('400')?.has(code), `${op.operationId} ${code}`).toBe(true);
      expect(docs.get('408')?.has('request_timeout'), op.operationId).toBe(true);
      expect(docs.get('413')?.has('payload_too_large'), op.operationId).toBe(true);
    }
  });

  it("asyncapi.yaml's feed server names every problem openapi.yaml documents for GET /v1/feed", () => {
    const feedCodes = [...documented([openapi.paths['/v1/feed'].get]).entries()].filter(([status]) => Number(status) >= 400).flatMap(([, codes]) => [...codes]);
    expect(feedCodes.length).toBeGreaterThan(4);
    const said = codesIn(asyncapi.servers.feed.description);
    expect(feedCodes.filter((c) => !said.has(c))).toEqual([]);
    for (const code of feedCodes) expect(ERRORS).toHaveProperty(code);
  });

  it('uses codes the problem schema accepts', () => {
    for (const code of Object.keys(ERRORS)) expect(code).toMatch(/^[a-z0-9]+(?:_[a-z0-9]+)*$/);
  });

  describe('TAXII 2.1', () => {
    const taxiiPaths = Object.entries(openapi.paths as Json).filter(([path]) => path.startsWith('/taxii2/'));
    const taxiiOperations = taxiiPaths.flatMap(([, item]) => METHODS.filter((m) => item[m]).map((m) => item[m] as Json));

    it("documents exactly the server's TAXII routes, GET only (the collections are read-only)", () => {
      // the server's routes, not started (no storage is touched)
      const server = new ExchangeServer({ storage: {} as never, partners: [] });
      const fastifyPath = (path: string) => path.replace('{collection}', ':id').replace('{object}', ':objectId');
      expect(taxiiPaths.map(([path]) => path)).toEqual(expect.arrayContaining(['/taxii2/', '/taxii2/gpos/', '/taxii2/gpos/collections/', '/taxii2/gpos/collections/{collection}/objects/', '/taxii2/gpos/collections/{collection}/manifest/']));
      for (const [path, item] of taxiiPaths) {
        expect(METHODS.filter((m) => item[m]), path).toEqual(['get']);
        expect(server.app.hasRoute({ method: 'GET', url: fastifyPath(path) }), path).toBe(true);
      }
      expect(server.app.hasRoute({ method: 'GET', url: '/taxii2/gpos/status/:id/' })).toBe(false);
    });

    it('answers every TAXII response, errors included, in the TAXII media type, and documents 406 not_acceptable', () => {
      for (const op of taxiiOperations) {
        for (const [status, response] of Object.entries(op.responses as Json)) {
          expect(Object.keys(resolve(response as Json).content ?? {}), `${op.operationId} ${status}`).toEqual([TAXII_MEDIA_TYPE]);
        }
        expect(documented([op]).get('406')?.has('not_acceptable'), op.operationId).toBe(true);
      }
    });

    it('documents the parameter problems of every paged TAXII operation', () => {
      for (const op of taxiiOperations.filter((o) => (o.parameters as Json[]).some((p) => p.$ref?.endsWith('/TaxiiNext')))) {
        expect(documented([op]).get('400')?.has('invalid_parameter'), op.operationId).toBe(true);
        expect(documented([op]).get('404')?.has('not_found'), op.operationId).toBe(true);
      }
    });
  });
});
