import { found, type Rule } from './rule.js';

export const sightingWithoutSubject: Rule = {
  code: 'sighting_without_subject',
  severity: 'error',
  title: 'A sighting says what was seen',
  summary: 'A sighting names what was seen: an `indicator_ref`, an `observable_id`, or both.',
  rationale:
    'A count of reports or a verdict such as "false positive" is useless, and dangerous, when the recipient cannot tell which phone number, domain or account it is about. The observable id lets a partner name the value without revealing it.',
  wrong: { type: 'sighting', verdict: 'false_positive' },
  right: { type: 'sighting', verdict: 'false_positive', indicator_ref: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e' },
  families: ['sighting'],
  check(record) {
    if (record.type !== 'sighting' || record.indicator_ref !== undefined || record.observable_id !== undefined) return [];
    return [found(this, '', 'This sighting does not say what was seen: give "indicator_ref" (the indicator it answers), "observable_id" (the deterministic id of the value), or both.')];
  },
};

export const sightingCountBelowVictims: Rule = {
  code: 'sighting_count_below_victims',
  severity: 'error',
  title: 'At least one sighting per victim',
  summary: 'A sighting\'s `count` is at least its `distinct_victims`: every victim counted made at least one report.',
  rationale:
    'Hotlines publish both numbers ("214 reports from 180 victims"), and partners rank indicators by them. Fewer sightings than victims is impossible, so one of the two numbers is wrong, usually swapped.',
  wrong: { type: 'sighting', count: 180, distinct_victims: 214 },
  right: { type: 'sighting', count: 214, distinct_victims: 180 },
  families: ['sighting'],
  check(record) {
    if (record.type !== 'sighting' || record.count === undefined || record.distinct_victims === undefined || record.count >= record.distinct_victims) return [];
    return [found(this, '/count', `"count" (${record.count}) is below "distinct_victims" (${record.distinct_victims}); each victim counted was seen at least once. Are the two numbers swapped?`)];
  },
};
