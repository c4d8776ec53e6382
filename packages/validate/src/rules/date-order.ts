import { compareDates } from '../dates.js';
import { eachAt, get } from '../walk.js';
import type { Problem } from '../problem.js';
import { found, type Rule } from './rule.js';

/** Pairs of fields, relative to an object found at `at`, where the first may not come after the second. */
const PAIRS: Readonly<Record<string, ReadonlyArray<{ at: readonly string[]; before: string; after: string }>>> = {
  '*': [{ at: [], before: 'created', after: 'modified' }],
  indicator: [
    { at: [], before: 'first_seen', after: 'last_seen' },
    { at: ['actions', '*'], before: 'requested_at', after: 'at' },
    { at: ['actions', '*'], before: 'requested_at', after: 'respond_by' },
    { at: ['actions', '*', 'appeal'], before: 'appealed_at', after: 'decided_at' },
  ],
  case: [
    { at: ['timeline'], before: 'first_contact_at', after: 'grooming_started_at' },
    { at: ['timeline'], before: 'first_contact_at', after: 'first_payment_at' },
    { at: ['timeline'], before: 'first_payment_at', after: 'last_payment_at' },
    { at: ['timeline'], before: 'first_contact_at', after: 'realised_at' },
    { at: ['timeline'], before: 'first_contact_at', after: 'reported_at' },
    { at: ['timeline'], before: 'reported_at', after: 'closed_at' },
    { at: ['timeline'], before: 'first_contact_at', after: 'closed_at' },
    { at: ['timeline'], before: 'first_payment_at', after: 'closed_at' },
    { at: ['timeline'], before: 'freeze_requested_at', after: 'first_freeze_at' },
    { at: ['referrals', '*'], before: 'at', after: 'acknowledged_at' },
    { at: ['referrals', '*'], before: 'acknowledged_at', after: 'acted_on_at' },
    { at: ['referrals', '*'], before: 'at', after: 'acted_on_at' },
    { at: ['referrals', '*'], before: 'acted_on_at', after: 'completed_at' },
    { at: ['referrals', '*'], before: 'at', after: 'completed_at' },
    { at: ['referrals', '*'], before: 'at', after: 'declined_at' },
    { at: ['transfers', '*'], before: 'at', after: 'received_at' },
    { at: ['transfers', '*', 'freeze'], before: 'frozen_at', after: 'expires_at' },
    { at: ['consent'], before: 'obtained_at', after: 'withdrawn_at' },
    { at: ['payments', '*', 'freeze'], before: 'frozen_at', after: 'expires_at' },
  ],
  commitment: [
    { at: ['period'], before: 'start_date', after: 'end_date' },
    { at: ['metrics', '*', 'periods', '*', 'period'], before: 'start_date', after: 'end_date' },
    { at: ['progress_reports', '*', 'period'], before: 'start_date', after: 'end_date' },
  ],
  operation: [
    { at: [], before: 'first_seen', after: 'last_seen' },
    { at: ['operates_from', '*', 'period'], before: 'start_date', after: 'end_date' },
  ],
  relationship: [{ at: [], before: 'start_time', after: 'stop_time' }],
  sighting: [{ at: [], before: 'first_seen', after: 'last_seen' }],
  statistic: [{ at: ['period'], before: 'start_date', after: 'end_date' }],
};

/** Per family, the pairs that apply to it: the common ones and its own. */
const BY_TYPE = new Map(Object.entries(PAIRS).map(([type, pairs]) => [type, type === '*' ? pairs : [...PAIRS['*']!, ...pairs]]));
const pairsOf = (type: string) => BY_TYPE.get(type) ?? PAIRS['*']!;

/** The problem when the pair's dates in the object at `pointer` run backwards. */
function outOfOrder(rule: Rule, pair: { before: string; after: string }, pointer: () => string, value: unknown): Problem | undefined {
  const before = get(value, pair.before);
  const after = get(value, pair.after);
  if (typeof before !== 'string' || typeof after !== 'string') return undefined;
  if ((compareDates(before, after) ?? 0) <= 0) return undefined;
  return found(rule, `${pointer()}/${pair.after}`, `"${pair.after}" (${after}) is earlier than "${pair.before}" (${before}); correct whichever date is wrong.`);
}

const ROOT = () => '';

export const dateOrder: Rule = {
  code: 'date_order',
  severity: 'error',
  title: 'Dates in order',
  summary: 'Dates that describe a sequence (created/modified, first/last seen, a case timeline, the ends of a period) must not run backwards.',
  rationale:
    'A record whose last sighting precedes its first, or a case closed before it was reported, is wrong somewhere; recipients sort, filter and compute durations (time to freeze, time to report) from these dates.',
  wrong: { first_seen: '2026-03-14T09:00:00Z', last_seen: '2026-03-01T09:00:00Z' },
  right: { first_seen: '2026-03-01T09:00:00Z', last_seen: '2026-03-14T09:00:00Z' },
  check(record) {
    const problems: Problem[] = [];
    const pairs = pairsOf(record.type);
    // one visitor for every pair (the pair being checked is `pair`)
    let pair = pairs[0]!;
    const visit = (value: unknown, pointer: () => string) => {
      const problem = outOfOrder(this, pair, pointer, value);
      if (problem) problems.push(problem);
    };
    for (pair of pairs) {
      // pairs on the record itself (created/modified, first/last seen), the usual ones, need no lookup
      if (pair.at.length === 0) visit(record, ROOT);
      else eachAt(record, pair.at, visit);
    }
    return problems;
  },
};
