import Ajv2020Module from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { EXTENSION_REGISTRY, extensionValidator, validate, type ExtensionRegistry } from '../src/index.js';
import * as fixtures from './fixtures.js';

const Ajv2020 = Ajv2020Module.default;

/** A partner's own extension, compiled at run time as `gpos validate --extensions` does. */
function local(namespace: string, schema: object): ExtensionRegistry {
  const check = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
  return new Map([[namespace, extensionValidator(check as never, namespace)]]);
}

const scores = local('com.example.fraud_scores', {
  type: 'object',
  required: ['score'],
  properties: { score: { type: 'integer', minimum: 0, maximum: 100 } },
  additionalProperties: false,
});

const codes = (record: unknown, extensions?: ExtensionRegistry) =>
  validate(record, extensions ? { extensions } : {}).problems.map((p) => [p.code, p.severity, p.pointer]);

describe('extensions', () => {
  it('the standard registers gse and goaml, precompiled', () => {
    expect([...EXTENSION_REGISTRY.keys()].sort()).toEqual(['goaml', 'gse']);
    expect(EXTENSION_REGISTRY.get('gse')!({ abuse_type: 'scam', predictive: false })).toEqual([]);
    expect(EXTENSION_REGISTRY.get('gse')!({ abuse_type: 'pig_butchering' })).toEqual([{ pointer: '/abuse_type', message: expect.stringContaining('abuse_type') }]);
  });

  it("a partner's own namespace is a warning without its schema, and checked against it when given", () => {
    const good = { ...fixtures.indicator(), extensions: { 'com.example.fraud_scores': { score: 7 } } };
    const bad = { ...fixtures.indicator(), extensions: { 'com.example.fraud_scores': { score: 700 } } };
    expect(codes(good)).toEqual([['unregistered_extension', 'warning', '/extensions/com.example.fraud_scores']]);
    expect(validate(good).valid).toBe(true);
    expect(validate(good, { strict: true }).valid).toBe(false);
    expect(codes(good, scores)).toEqual([]);
    expect(codes(bad, scores)).toEqual([['unknown_extension', 'error', '/extensions/com.example.fraud_scores/score']]);
    expect(validate(bad, { extensions: scores }).problems[0]!.message).toMatch(/^com\.example\.fraud_scores: .*at most 100/);
  });

  it('a name without a dot is reserved for the registry: an error unless registered', () => {
    expect(codes({ ...fixtures.indicator(), extensions: { acme: {} } })).toEqual([['unknown_extension', 'error', '/extensions/acme']]);
  });

  it('a registered extension is checked against its own schema, and only on the families it is registered for', () => {
    const outOfRange = { ...fixtures.indicator(), extensions: { gse: { abuse_type: 'scam', confidence_score: 101 } } };
    expect(codes(outOfRange)).toEqual([['unknown_extension', 'error', '/extensions/gse/confidence_score']]);
    const onCase = { ...fixtures.victimCase(), extensions: { gse: { abuse_type: 'scam' } } };
    expect(codes(onCase)).toContainEqual(['unknown_extension', 'error', '/extensions/gse']);
    expect(codes({ ...fixtures.victimCase(), extensions: { goaml: { reports: [{ report_code: 'STR', fiu: 'TH-GOV:amlo' }] } } }).filter(([c]) => c === 'unknown_extension')).toEqual([]);
  });
});
