import type { Bundle, LocalRef, Text, Value } from '@gpos/types';
import { eventProblem } from './check-event.js';

/** The event types of the exchange (schemas/exchange/events.json). */
export const EVENT_TYPES = [
  'bundle.published',
  'indicators.published',
  'indicators.updated',
  'indicators.retracted',
  'takedown.requested',
  'takedown.outcome',
  'case.referred',
  'case.referral_acknowledged',
  'commitment.progress_reported',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type TakedownOutcomeCode = 'done' | 'partial' | 'refused' | 'failed';

/** The `data` of each event type, as events.json defines it. */
export interface EventData {
  'bundle.published': { bundle: Bundle };
  'indicators.published': { bundle: Bundle };
  'indicators.updated': { bundle: Bundle };
  'indicators.retracted': { bundle: Bundle; reason?: string };
  'takedown.requested': {
    request_id: string;
    requested_by: string;
    addressed_to: string;
    action: string;
    indicator_ids: string[];
    amount?: Value;
    legal_basis?: string;
    case_id?: string;
    respond_by?: string;
    bundle?: Bundle;
  };
  'takedown.outcome': {
    request_id: string;
    actor: string;
    outcome: TakedownOutcomeCode;
    /** Why, from the `takedown_outcome_reason` codelist (1.1). */
    outcome_reason?: string;
    at: string;
    amounts_frozen?: Value[];
    reason?: string;
    reference?: LocalRef;
    results?: { indicator_id: string; outcome: TakedownOutcomeCode; amount_frozen?: Value; reason?: string }[];
    bundle?: Bundle;
  };
  'case.referred': { referral_id: string; case_id: string; from: string; to: string; at: string; channel?: string; reason?: string; respond_by?: string; bundle: Bundle };
  'case.referral_acknowledged': {
    referral_id: string;
    case_id: string;
    by: string;
    status: 'acknowledged' | 'accepted' | 'declined';
    at: string;
    reference?: LocalRef;
    reason?: string;
  };
  'commitment.progress_reported': { commitment_id: string; reported_at: string; summary?: Text; bundle: Bundle };
}

/** One exchange event: a Standard Webhooks-shaped envelope (`type`, `timestamp`, `data`) with an id and a producer. */
export type ExchangeEvent<T extends EventType = EventType> = {
  [K in T]: { id: string; type: K; timestamp: string; producer: string; spec_version?: string; data: EventData[K] };
}[T];

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && (EVENT_TYPES as readonly string[]).includes(value);
}

/**
 * Checks an event against schemas/exchange/events.json: the envelope, the known type, and every member of its
 * `data` (types, formats, closed objects). A bundle inside is only checked to be one: the callers run it through
 * the reference validator.
 */
export function checkEvent(value: unknown): { ok: true; event: ExchangeEvent } | { ok: false; reason: string } {
  const problem = eventProblem(value);
  return problem === undefined ? { ok: true, event: value as ExchangeEvent } : { ok: false, reason: problem };
}

/** A new event id: `event--` and a UUIDv7, so ids sort by creation time. */
export function eventId(now = Date.now()): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const ms = BigInt(now);
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `event--${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
