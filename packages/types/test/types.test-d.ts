import { describe, expectTypeOf, it } from 'vitest';
import type { Bundle, Case, Pap, GposRecord, Indicator, Money, Observable, RecordOfType, Tlp, Commitment, Organization, Operation, Relationship, Retraction, Sighting, Statistic } from '../src/index.js';

describe('the envelope', () => {
  it('requires the fields every record carries', () => {
    expectTypeOf<Indicator['id']>().toEqualTypeOf<string>();
    expectTypeOf<Indicator>().toHaveProperty('tlp').toEqualTypeOf<Tlp>();
    expectTypeOf<Case['source']>().toEqualTypeOf<string>();
    expectTypeOf<Pick<Commitment, 'created' | 'modified'>>().toEqualTypeOf<{ created: string; modified: string }>();
  });

  it('keeps optional fields optional', () => {
    expectTypeOf<Indicator['confidence']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Organization['revoked']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Pick<Indicator, 'pap'>>().toEqualTypeOf<{ pap?: Pap }>();
  });

  it('discriminates records by type', () => {
    expectTypeOf<GposRecord['type']>().toEqualTypeOf<'indicator' | 'case' | 'commitment' | 'organization' | 'operation' | 'relationship' | 'sighting' | 'statistic'>();
    expectTypeOf<RecordOfType<'case'>>().toEqualTypeOf<Case>();
    expectTypeOf<RecordOfType<'relationship'>>().toEqualTypeOf<Relationship>();
  });
});

describe('the 1.1 families', () => {
  it('type what their schemas require', () => {
    expectTypeOf<Operation['name']>().toEqualTypeOf<{ [k: string]: string | undefined }>();
    expectTypeOf<Relationship['source_ref']>().toEqualTypeOf<string>();
    expectTypeOf<Relationship['relationship_type']>().toExtend<string>();
    expectTypeOf<'controls'>().toExtend<Relationship['relationship_type']>();
    expectTypeOf<'not_a_type'>().not.toExtend<Relationship['relationship_type']>();
    expectTypeOf<Sighting['count']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<'spoofed'>().toExtend<Sighting['verdict']>();
    expectTypeOf<Statistic['value']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Statistic['period']>().toBeObject();
    expectTypeOf<Indicator['source_reliability']>().toEqualTypeOf<'a' | 'b' | 'c' | 'd' | 'e' | 'f' | undefined>();
  });

  it('type a retraction as the minimal revoked record', () => {
    expectTypeOf<Retraction['revoked']>().toEqualTypeOf<true>();
    expectTypeOf<Retraction['id']>().toEqualTypeOf<string>();
  });
});

describe('families', () => {
  it('require what the schema requires', () => {
    expectTypeOf<Indicator['observable']>().toEqualTypeOf<Observable>();
    expectTypeOf<Observable['kind']>().toExtend<string>();
    expectTypeOf<Observable['canonical']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Case['scam_type']>().toEqualTypeOf<string>();
    expectTypeOf<Commitment['pillars']>().toEqualTypeOf<string[]>();
    expectTypeOf<Bundle['records']>().toBeArray();
  });

  it('type money as a decimal string, never a number', () => {
    expectTypeOf<Money>().toEqualTypeOf<{ amount: string; currency: string }>();
  });

  it('type closed codelists as literal unions', () => {
    expectTypeOf<'frozen_partial'>().toExtend<NonNullable<NonNullable<NonNullable<Case['payments']>[number]['freeze']>['status']>>();
    expectTypeOf<'pig_butchering'>().not.toExtend<Indicator['status']>();
  });
});

describe('bundle records', () => {
  it('are full records, chosen by their type, or minimal retractions', () => {
    type Item = Bundle['records'][number];
    expectTypeOf<Item>().toEqualTypeOf<GposRecord | Retraction>();
    expectTypeOf<Extract<Item, { type: 'indicator' }>>().toEqualTypeOf<Indicator>();
    // narrowing on `type` alone still leaves a possible retraction, which a reader must rule out before using the indicator's fields
    expectTypeOf<Extract<Item, { type: 'indicator' }> | Retraction>().toExtend<Item>();
    expectTypeOf<Retraction['type']>().toEqualTypeOf<GposRecord['type']>();
  });
});
