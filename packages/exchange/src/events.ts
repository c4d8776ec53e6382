import type { Bundle, LocalRef, Money, Text } from '@gpos/types';

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
    amount?: Money;
    legal_basis?: string;
    case_id?: string;
    respond_by?: string;
    bundle?: Bundle;
  };
  'takedown.outcome': {
    request_id: string;
    actor: string;
    outcome: TakedownOutcomeCode;
    at: string;
    amounts_frozen?: Money[];
    reason?: string;
    reference?: LocalRef;
    results?: { indicator_id: string; outcome: TakedownOutcomeCode; amount_frozen?: Money; reason?: string }[];
    bundle?: Bundle;
  };
  'case.referred': { referral_id: string; case_id: string; from: string; to: string; at: string; reason?: string; respond_by?: string; bundle: Bundle };
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

/** The fields each event's `data` must have (events.json `required`); the bundle inside is checked by the reference validator. */
const REQUIRED: Record<EventType, readonly string[]> = {
  'bundle.published': ['bundle'],
  'indicators.published': ['bundle'],
  'indicators.updated': ['bundle'],
  'indicators.retracted': ['bundle'],
  'takedown.requested': ['request_id', 'requested_by', 'addressed_to', 'action', 'indicator_ids'],
  'takedown.outcome': ['request_id', 'actor', 'outcome', 'at'],
  'case.referred': ['referral_id', 'case_id', 'from', 'to', 'at', 'bundle'],
  'case.referral_acknowledged': ['referral_id', 'case_id', 'by', 'status', 'at'],
  'commitment.progress_reported': ['commitment_id', 'reported_at', 'bundle'],
};

const EVENT_ID = /^event--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && (EVENT_TYPES as readonly string[]).includes(value);
}

/**
 * Checks the envelope of an event: id, known type, timestamp, producer and the required members of `data`.
 * The records travel in bundles, which the callers check with the reference validator.
 */
export function checkEvent(value: unknown): { ok: true; event: ExchangeEvent } | { ok: false; reason: string } {
  if (!isObject(value)) return { ok: false, reason: 'not a JSON object' };
  if (typeof value.id !== 'string' || !EVENT_ID.test(value.id)) return { ok: false, reason: '`id` is not an event id (event--<uuid>)' };
  if (!isEventType(value.type)) return { ok: false, reason: `unknown event type ${JSON.stringify(value.type)}` };
  if (typeof value.timestamp !== 'string' || Number.isNaN(Date.parse(value.timestamp))) return { ok: false, reason: '`timestamp` is not an RFC 3339 timestamp' };
  if (typeof value.producer !== 'string' || !value.producer.includes(':')) return { ok: false, reason: '`producer` is not an organisation reference' };
  if (!isObject(value.data)) return { ok: false, reason: '`data` is not an object' };
  const missing = REQUIRED[value.type].filter((k) => !(k in (value.data as object)));
  if (missing.length > 0) return { ok: false, reason: `\`data\` of ${value.type} lacks ${missing.join(', ')}` };
  return { ok: true, event: value as unknown as ExchangeEvent };
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
