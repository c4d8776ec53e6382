import type * as T from '@gpos/types';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type * as S from '../src/zod/index.js';

// Two checks per type: `toEqualTypeOf` (same shape) and assignability both ways (`toExtend`), because
// toEqualTypeOf does not see the difference between `key?: T` and `key?: T | undefined` under
// exactOptionalPropertyTypes, which the repository enables; assignability does. The generator uses
// `.exactOptional()` so the inferred types are exactly json-schema-to-typescript's.
type Infer<K extends keyof typeof S> = z.infer<(typeof S)[K]>;

describe('z.infer of the record families equals @gpos/types', () => {
  it('indicator', () => {
    expectTypeOf<Infer<'indicatorSchema'>>().toEqualTypeOf<T.Indicator>();
    expectTypeOf<Infer<'indicatorSchema'>>().toExtend<T.Indicator>();
    expectTypeOf<T.Indicator>().toExtend<Infer<'indicatorSchema'>>();
  });

  it('case', () => {
    expectTypeOf<Infer<'caseSchema'>>().toEqualTypeOf<T.Case>();
    expectTypeOf<Infer<'caseSchema'>>().toExtend<T.Case>();
    expectTypeOf<T.Case>().toExtend<Infer<'caseSchema'>>();
  });

  it('commitment', () => {
    expectTypeOf<Infer<'commitmentSchema'>>().toEqualTypeOf<T.Commitment>();
    expectTypeOf<Infer<'commitmentSchema'>>().toExtend<T.Commitment>();
    expectTypeOf<T.Commitment>().toExtend<Infer<'commitmentSchema'>>();
  });

  it('organization', () => {
    expectTypeOf<Infer<'organizationSchema'>>().toEqualTypeOf<T.Organization>();
    expectTypeOf<Infer<'organizationSchema'>>().toExtend<T.Organization>();
    expectTypeOf<T.Organization>().toExtend<Infer<'organizationSchema'>>();
  });

  it('the 1.1 families', () => {
    expectTypeOf<Infer<'operationSchema'>>().toEqualTypeOf<T.Operation>();
    expectTypeOf<Infer<'relationshipSchema'>>().toEqualTypeOf<T.Relationship>();
    expectTypeOf<Infer<'sightingSchema'>>().toEqualTypeOf<T.Sighting>();
    expectTypeOf<Infer<'statisticSchema'>>().toEqualTypeOf<T.Statistic>();
    expectTypeOf<Infer<'retractionSchema'>>().toEqualTypeOf<T.Retraction>();
    expectTypeOf<Infer<'bundleRecordSchema'>>().toEqualTypeOf<T.BundleRecord>();
  });

  it('record', () => {
    expectTypeOf<Infer<'recordSchema'>>().toEqualTypeOf<T.GposRecord>();
    expectTypeOf<T.GposRecord>().toExtend<Infer<'recordSchema'>>();
    expectTypeOf<Infer<'recordSchema'>>().toExtend<T.GposRecord>();
  });

  it('bundle: equal but for records, which zod types more precisely', () => {
    // bundle.json types each record as `{ type }` only (BundleRecord): the dispatch to the record's own schema
    // is `x-gpos-dispatch`, which json-schema-to-typescript cannot read. bundleSchema performs the dispatch, so
    // its records are full GposRecords: assignable to Bundle, not the other way round.
    type Bundle = Infer<'bundleSchema'>;
    expectTypeOf<Omit<Bundle, 'records'>>().toEqualTypeOf<Omit<T.Bundle, 'records'>>();
    expectTypeOf<Omit<Bundle, 'records'>>().toExtend<Omit<T.Bundle, 'records'>>();
    expectTypeOf<Omit<T.Bundle, 'records'>>().toExtend<Omit<Bundle, 'records'>>();
    expectTypeOf<Bundle['records']>().toEqualTypeOf<Array<T.GposRecord | T.Retraction>>();
    expectTypeOf<Bundle>().toExtend<T.Bundle>();
  });
});

describe('z.infer of the named nested schemas equals @gpos/types', () => {
  /** Each nested schema that @gpos/types declares by name: [inferred, declared]. */
  type Pairs = {
    tlp: [Infer<'tlpSchema'>, T.Tlp];
    pap: [Infer<'papSchema'>, T.Pap];
    labels: [Infer<'labelsSchema'>, T.Labels];
    localRefs: [Infer<'localRefsSchema'>, T.LocalRefs];
    externalRefs: [Infer<'externalRefsSchema'>, T.ExternalRefs];
    period: [Infer<'periodSchema'>, T.Period];
    money: [Infer<'moneySchema'>, T.Money];
    cryptoAmount: [Infer<'cryptoAmountSchema'>, T.CryptoAmount];
    text: [Infer<'textSchema'>, T.Text];
    localRef: [Infer<'localRefSchema'>, T.LocalRef];
    externalRef: [Infer<'externalRefSchema'>, T.ExternalRef];
    provenance: [Infer<'provenanceSchema'>, T.Provenance];
    pseudonym: [Infer<'pseudonymSchema'>, T.Pseudonym];
    impersonatedEntity: [Infer<'impersonatedEntitySchema'>, T.ImpersonatedEntity];
    extensions: [Infer<'extensionsSchema'>, T.Extensions];
    bundleSignature: [Infer<'bundleSignatureSchema'>, T.BundleSignature];
    caseIntake: [Infer<'caseIntakeSchema'>, T.CaseIntake];
    victim: [Infer<'victimSchema'>, T.Victim];
    contactChannel: [Infer<'contactChannelSchema'>, T.ContactChannel];
    caseTimeline: [Infer<'caseTimelineSchema'>, T.CaseTimeline];
    payment: [Infer<'paymentSchema'>, T.Payment];
    paymentRecall: [Infer<'paymentRecallSchema'>, T.PaymentRecall];
    paymentFreeze: [Infer<'paymentFreezeSchema'>, T.PaymentFreeze];
    lossSummary: [Infer<'lossSummarySchema'>, T.LossSummary];
    referral: [Infer<'referralSchema'>, T.Referral];
    consent: [Infer<'consentSchema'>, T.Consent];
    narrative: [Infer<'narrativeSchema'>, T.Narrative];
    caseEvidence: [Infer<'caseEvidenceSchema'>, T.CaseEvidence];
    party: [Infer<'partySchema'>, T.Party];
    milestone: [Infer<'milestoneSchema'>, T.Milestone];
    metric: [Infer<'metricSchema'>, T.Metric];
    metricReference: [Infer<'metricReferenceSchema'>, T.MetricReference];
    metricValue: [Infer<'metricValueSchema'>, T.MetricValue];
    metricPeriod: [Infer<'metricPeriodSchema'>, T.MetricPeriod];
    commitmentEvidence: [Infer<'commitmentEvidenceSchema'>, T.CommitmentEvidence];
    progressReport: [Infer<'progressReportSchema'>, T.ProgressReport];
    assessment: [Infer<'assessmentSchema'>, T.Assessment];
    relatedCommitment: [Infer<'relatedCommitmentSchema'>, T.RelatedCommitment];
    observable: [Infer<'observableSchema'>, T.Observable];
    matchKey: [Infer<'matchKeySchema'>, T.MatchKey];
    observableAttributes: [Infer<'observableAttributesSchema'>, T.ObservableAttributes];
    normalizer: [Infer<'normalizerSchema'>, T.Normalizer];
    indicatorAction: [Infer<'indicatorActionSchema'>, T.IndicatorAction];
  };
  /** Assignable both ways, which (unlike toEqualTypeOf) respects exactOptionalPropertyTypes. */
  type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

  it('are mutually assignable (a failure names the schema)', () => {
    expectTypeOf<{ [K in keyof Pairs]: Same<Pairs[K][0], Pairs[K][1]> extends true ? never : K }[keyof Pairs]>().toEqualTypeOf<never>();
  });

  it('have the same shape', () => {
    expectTypeOf<Infer<'tlpSchema'>>().toEqualTypeOf<T.Tlp>();
    expectTypeOf<Infer<'papSchema'>>().toEqualTypeOf<T.Pap>();
    expectTypeOf<Infer<'labelsSchema'>>().toEqualTypeOf<T.Labels>();
    expectTypeOf<Infer<'localRefsSchema'>>().toEqualTypeOf<T.LocalRefs>();
    expectTypeOf<Infer<'externalRefsSchema'>>().toEqualTypeOf<T.ExternalRefs>();
    expectTypeOf<Infer<'periodSchema'>>().toEqualTypeOf<T.Period>();
    expectTypeOf<Infer<'moneySchema'>>().toEqualTypeOf<T.Money>();
    expectTypeOf<Infer<'cryptoAmountSchema'>>().toEqualTypeOf<T.CryptoAmount>();
    expectTypeOf<Infer<'textSchema'>>().toEqualTypeOf<T.Text>();
    expectTypeOf<Infer<'localRefSchema'>>().toEqualTypeOf<T.LocalRef>();
    expectTypeOf<Infer<'externalRefSchema'>>().toEqualTypeOf<T.ExternalRef>();
    expectTypeOf<Infer<'provenanceSchema'>>().toEqualTypeOf<T.Provenance>();
    expectTypeOf<Infer<'pseudonymSchema'>>().toEqualTypeOf<T.Pseudonym>();
    expectTypeOf<Infer<'impersonatedEntitySchema'>>().toEqualTypeOf<T.ImpersonatedEntity>();
    expectTypeOf<Infer<'extensionsSchema'>>().toEqualTypeOf<T.Extensions>();
    expectTypeOf<Infer<'bundleSignatureSchema'>>().toEqualTypeOf<T.BundleSignature>();
    expectTypeOf<Infer<'caseIntakeSchema'>>().toEqualTypeOf<T.CaseIntake>();
    expectTypeOf<Infer<'victimSchema'>>().toEqualTypeOf<T.Victim>();
    expectTypeOf<Infer<'contactChannelSchema'>>().toEqualTypeOf<T.ContactChannel>();
    expectTypeOf<Infer<'caseTimelineSchema'>>().toEqualTypeOf<T.CaseTimeline>();
    expectTypeOf<Infer<'paymentSchema'>>().toEqualTypeOf<T.Payment>();
    expectTypeOf<Infer<'paymentRecallSchema'>>().toEqualTypeOf<T.PaymentRecall>();
    expectTypeOf<Infer<'paymentFreezeSchema'>>().toEqualTypeOf<T.PaymentFreeze>();
    expectTypeOf<Infer<'lossSummarySchema'>>().toEqualTypeOf<T.LossSummary>();
    expectTypeOf<Infer<'referralSchema'>>().toEqualTypeOf<T.Referral>();
    expectTypeOf<Infer<'consentSchema'>>().toEqualTypeOf<T.Consent>();
    expectTypeOf<Infer<'narrativeSchema'>>().toEqualTypeOf<T.Narrative>();
    expectTypeOf<Infer<'caseEvidenceSchema'>>().toEqualTypeOf<T.CaseEvidence>();
    expectTypeOf<Infer<'partySchema'>>().toEqualTypeOf<T.Party>();
    expectTypeOf<Infer<'milestoneSchema'>>().toEqualTypeOf<T.Milestone>();
    expectTypeOf<Infer<'metricSchema'>>().toEqualTypeOf<T.Metric>();
    expectTypeOf<Infer<'metricReferenceSchema'>>().toEqualTypeOf<T.MetricReference>();
    expectTypeOf<Infer<'metricValueSchema'>>().toEqualTypeOf<T.MetricValue>();
    expectTypeOf<Infer<'metricPeriodSchema'>>().toEqualTypeOf<T.MetricPeriod>();
    expectTypeOf<Infer<'commitmentEvidenceSchema'>>().toEqualTypeOf<T.CommitmentEvidence>();
    expectTypeOf<Infer<'progressReportSchema'>>().toEqualTypeOf<T.ProgressReport>();
    expectTypeOf<Infer<'assessmentSchema'>>().toEqualTypeOf<T.Assessment>();
    expectTypeOf<Infer<'relatedCommitmentSchema'>>().toEqualTypeOf<T.RelatedCommitment>();
    expectTypeOf<Infer<'observableSchema'>>().toEqualTypeOf<T.Observable>();
    expectTypeOf<Infer<'matchKeySchema'>>().toEqualTypeOf<T.MatchKey>();
    expectTypeOf<Infer<'observableAttributesSchema'>>().toEqualTypeOf<T.ObservableAttributes>();
    expectTypeOf<Infer<'normalizerSchema'>>().toEqualTypeOf<T.Normalizer>();
    expectTypeOf<Infer<'indicatorActionSchema'>>().toEqualTypeOf<T.IndicatorAction>();
  });

  it('type primitive definitions as their JSON types', () => {
    expectTypeOf<Infer<'timestampSchema'>>().toEqualTypeOf<string>();
    expectTypeOf<Infer<'dateOrTimestampSchema'>>().toEqualTypeOf<string>();
    expectTypeOf<Infer<'confidenceSchema'>>().toEqualTypeOf<number>();
  });
});
