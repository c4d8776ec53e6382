import { describe, expectTypeOf, it } from 'vitest';
import type { Bundle, Indicator, Pseudonym, VictimCase } from '@gpos/types';
import {
  buildBundle,
  buildIndicator,
  compareObservables,
  pseudonymise,
  recordId,
  redact,
  verifyBundle,
  type BuildResult,
  type Keyring,
  type VerifyResult,
} from '../src/index.js';

describe('public types', () => {
  it('recordId carries its type in the template', () => {
    expectTypeOf(recordId('case')).toEqualTypeOf<`case--${string}`>();
  });
  it('builders return a discriminated result of the record type', () => {
    const built = buildIndicator({ kind: 'phone_number', raw: '0812345678', source: 'TH-GOV:aoc1441' });
    expectTypeOf(built).toEqualTypeOf<BuildResult<Indicator>>();
    if (built.ok) expectTypeOf(built.record).toEqualTypeOf<Indicator>();
    expectTypeOf(buildBundle).returns.toEqualTypeOf<BuildResult<Bundle>>();
    // kind is the closed indicator_kind list
    // @ts-expect-error not an indicator kind
    buildIndicator({ kind: 'fax_number', raw: 'x', source: 'TH-GOV:aoc1441' });
  });
  it('redact keeps the shape it was given, and a single record may disappear', () => {
    expectTypeOf(redact<VictimCase>).returns.resolves.toEqualTypeOf<VictimCase | undefined>();
    expectTypeOf(redact({} as Bundle, { audience: 'green' })).resolves.toEqualTypeOf<Bundle>();
    // @ts-expect-error TLP 1.0 spelling is not an audience
    redact({} as Bundle, { audience: 'white' });
  });
  it('pseudonymise resolves to the schema pseudonym', () => {
    expectTypeOf(pseudonymise({} as Keyring, 'phone_number', '+66812345678')).resolves.toEqualTypeOf<Pseudonym>();
  });
  it('verifyBundle resolves to a discriminated result', () => {
    expectTypeOf(verifyBundle({}, { keys: [] })).resolves.toEqualTypeOf<VerifyResult>();
    const r = {} as VerifyResult;
    if (r.ok) expectTypeOf(r.kid).toBeString();
    else expectTypeOf(r.code).toEqualTypeOf<'not_a_bundle' | 'unsigned' | 'malformed_signature' | 'algorithm_not_allowed' | 'unknown_key' | 'unusable_key' | 'expired_key' | 'bad_signature'>();
  });
  it('compareObservables accepts indicators or observables', () => {
    expectTypeOf(compareObservables).parameter(0).toEqualTypeOf<Indicator | Indicator['observable']>();
  });
});

describe('normalisers', () => {
  it('are re-exported from @gpos/normalize', async () => {
    const sdk = await import('../src/index.js');
    const normalize = await import('@gpos/normalize');
    expectTypeOf(sdk.normalize).toEqualTypeOf(normalize.normalize);
    expectTypeOf(sdk.observableId).toEqualTypeOf(normalize.observableId);
  });
});
