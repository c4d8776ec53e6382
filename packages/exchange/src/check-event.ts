/**
 * A dependency-free check of exchange event envelopes that agrees with schemas/exchange/events.json (the test
 * suite compares its verdicts with Ajv's on every example and on mutations of them). Bundles inside are left to
 * the reference validator, which checks them against the standard's record schemas and rules.
 */

/** Returns undefined when `value` fits, or what is wrong, with the JSON Pointer of the offending value. */
type Check = (value: unknown, pointer: string) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const at = (pointer: string) => pointer || '/';

const str = (pattern?: RegExp, maxLength = Infinity, minLength = 0): Check => (v, p) => {
  if (typeof v !== 'string') return `${at(p)} must be a string`;
  if ([...v].length > maxLength || [...v].length < minLength) return `${at(p)} must be ${minLength} to ${maxLength} characters`;
  if (pattern && !pattern.test(v)) return `${at(p)} has the wrong format`;
  return undefined;
};
const oneOf = (values: readonly string[]): Check => (v, p) => (typeof v === 'string' && values.includes(v) ? undefined : `${at(p)} must be one of ${values.join(', ')}`);
const array = (item: Check, { min = 0, max = Infinity, unique = false } = {}): Check => (v, p) => {
  if (!Array.isArray(v)) return `${at(p)} must be an array`;
  if (v.length < min || v.length > max) return `${at(p)} must have ${min} to ${max} items`;
  if (unique && new Set(v.map((x) => JSON.stringify(x))).size !== v.length) return `${at(p)} must not repeat items`;
  for (let i = 0; i < v.length; i++) {
    const problem = item(v[i], `${p}/${i}`);
    if (problem) return problem;
  }
  return undefined;
};
const object = (properties: Record<string, Check>, required: readonly string[]): Check => (v, p) => {
  if (!isObject(v)) return `${at(p)} must be an object`;
  for (const k of required) if (!(k in v)) return `${at(p)} lacks ${k}`;
  for (const [k, value] of Object.entries(v)) {
    const check = properties[k];
    if (!check) return `${p}/${k} is not a known property`;
    const problem = check(value, `${p}/${k}`);
    if (problem) return problem;
  }
  return undefined;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const idOf = (type: string) => str(new RegExp(`^${type}--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`));
const uuid = str(UUID);
const orgRef = str(/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*:[^\s]+$/, 256);
const TIMESTAMP = /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,9})?Z$/;
const timestamp: Check = (v, p) => {
  const problem = str(TIMESTAMP)(v, p);
  if (problem) return `${at(p)} must be an RFC 3339 UTC timestamp`;
  // the date-time format: a real calendar date and time (leap seconds aside)
  const [, y, mo, d, h, mi, s] = TIMESTAMP.exec(v as string)!.map(Number) as number[];
  const days = new Date(Date.UTC(y!, mo!, 0)).getUTCDate();
  return mo! >= 1 && mo! <= 12 && d! >= 1 && d! <= days && h! <= 23 && mi! <= 59 && s! <= 60 ? undefined : `${at(p)} is not a real date and time`;
};
const specVersion = str(/^1\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/);
const code = str(/^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)*$/, 100);
const money = object({ amount: str(/^(0|[1-9][0-9]{0,17})(\.[0-9]{1,18})?$/), currency: str(/^[A-Z]{3}$/) }, ['amount', 'currency']);
const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const dateOrTimestamp: Check = (v, p) => {
  if (typeof v !== 'string' || !DATE.test(v)) return timestamp(v, p) && `${at(p)} must be an RFC 3339 UTC timestamp or a date`;
  const [, y, mo, d] = DATE.exec(v)!.map(Number) as number[];
  return mo! >= 1 && mo! <= 12 && d! >= 1 && d! <= new Date(Date.UTC(y!, mo!, 0)).getUTCDate() ? undefined : `${at(p)} is not a real date`;
};
/** A 1.1 value: money, or a crypto asset by its CAIP-19 id (exactly one of the two is a rule of the reference validator). */
const value = object(
  {
    amount: str(/^(0|[1-9][0-9]{0,17})(\.[0-9]{1,18})?$/),
    currency: str(/^[A-Z]{3}$/),
    asset: str(/^[-a-z0-9]{3,8}:[-_a-zA-Z0-9]{1,32}\/[-a-z0-9]{3,8}:[-.%a-zA-Z0-9]{1,128}(\/[-.%a-zA-Z0-9]{1,78})?$/, 256),
    fiat_equivalent: money,
    valued_at: dateOrTimestamp,
  },
  ['amount'],
);
const localRef = object({ system: code, value: str(undefined, 200, 1), issuer: orgRef }, ['system', 'value']);
const text: Check = (v, p) => {
  if (!isObject(v) || Object.keys(v).length === 0) return `${at(p)} must be an object of texts by language`;
  for (const [lang, t] of Object.entries(v)) {
    if (!/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(lang)) return `${p}/${lang} is not a BCP 47 language tag`;
    const problem = str(undefined, 100_000, 1)(t, `${p}/${lang}`);
    if (problem) return problem;
  }
  return undefined;
};
/** Only the shape here; the reference validator checks the bundle itself. */
const bundle: Check = (v, p) => (isObject(v) && v.type === 'bundle' ? undefined : `${at(p)} must be a GPOS bundle`);
const reason = str(undefined, 1000);
const outcome = oneOf(['done', 'partial', 'refused', 'failed']);

const DATA: Record<string, Check> = {
  'bundle.published': object({ bundle }, ['bundle']),
  'indicators.published': object({ bundle }, ['bundle']),
  'indicators.updated': object({ bundle }, ['bundle']),
  'indicators.retracted': object({ bundle, reason }, ['bundle']),
  'takedown.requested': object(
    {
      request_id: uuid,
      requested_by: orgRef,
      addressed_to: orgRef,
      action: code,
      indicator_ids: array(idOf('indicator'), { min: 1, max: 10_000, unique: true }),
      amount: value,
      legal_basis: str(undefined, 500),
      case_id: idOf('case'),
      respond_by: timestamp,
      bundle,
    },
    ['request_id', 'requested_by', 'addressed_to', 'action', 'indicator_ids'],
  ),
  'takedown.outcome': object(
    {
      request_id: uuid,
      actor: orgRef,
      outcome,
      outcome_reason: code,
      at: timestamp,
      amounts_frozen: array(value, { max: 100 }),
      reason,
      reference: localRef,
      results: array(object({ indicator_id: idOf('indicator'), outcome, amount_frozen: value, reason }, ['indicator_id', 'outcome']), { max: 10_000 }),
      bundle,
    },
    ['request_id', 'actor', 'outcome', 'at'],
  ),
  'case.referred': object(
    { referral_id: uuid, case_id: idOf('case'), from: orgRef, to: orgRef, at: timestamp, channel: code, reason, respond_by: timestamp, bundle },
    ['referral_id', 'case_id', 'from', 'to', 'at', 'bundle'],
  ),
  'case.referral_acknowledged': object(
    { referral_id: uuid, case_id: idOf('case'), by: orgRef, status: oneOf(['acknowledged', 'accepted', 'declined']), at: timestamp, reference: localRef, reason },
    ['referral_id', 'case_id', 'by', 'status', 'at'],
  ),
  'commitment.progress_reported': object({ commitment_id: idOf('commitment'), reported_at: timestamp, summary: text, bundle }, ['commitment_id', 'reported_at', 'bundle']),
};

const envelope = (data: Check, type: string) =>
  object({ id: idOf('event'), type: (v, p) => (v === type ? undefined : `${at(p)} must be ${type}`), timestamp, producer: orgRef, spec_version: specVersion, data }, [
    'id',
    'type',
    'timestamp',
    'producer',
    'data',
  ]);

/** What is wrong with `value` as an exchange event, or undefined when nothing is. */
export function eventProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'the event must be a JSON object';
  const type = value.type;
  if (typeof type !== 'string' || !(type in DATA)) return `unknown event type ${JSON.stringify(type)}`;
  return envelope(DATA[type]!, type)(value, '');
}
