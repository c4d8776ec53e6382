import type { VerifyFailure } from '@gpos/sdk';

/**
 * Every problem the server answers with: its stable `code`, HTTP status and title. This is the one table: routes
 * throw `problem(code, …)`, and a test checks that openapi.yaml documents every entry for its status.
 */
export const ERRORS = {
  bad_request: { status: 400, title: 'Bad request' },
  invalid_json: { status: 400, title: 'Invalid JSON' },
  invalid_utf8: { status: 400, title: 'Invalid UTF-8' },
  json_duplicate_key: { status: 400, title: 'Duplicate JSON key' },
  json_too_deep: { status: 400, title: 'JSON nested too deep' },
  invalid_event: { status: 400, title: 'Invalid event' },
  invalid_parameter: { status: 400, title: 'Invalid parameter' },
  invalid_subscription: { status: 400, title: 'Invalid subscription' },
  invalid_oprf_request: { status: 400, title: 'Invalid OPRF request' },
  invalid_group_element: { status: 400, title: 'Invalid group element' },
  unknown_oprf_key: { status: 400, title: 'Unknown OPRF key' },
  webhook_target_refused: { status: 400, title: 'Webhook target refused' },
  unauthorized: { status: 401, title: 'Unauthorized' },
  forbidden: { status: 403, title: 'Forbidden' },
  not_your_organisation: { status: 403, title: 'Not your organisation' },
  foreign_record_id: { status: 403, title: 'Record belongs to another source' },
  oprf_not_permitted: { status: 403, title: 'OPRF evaluation not permitted' },
  not_found: { status: 404, title: 'Not found' },
  oprf_not_configured: { status: 404, title: 'OPRF not configured' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  // TAXII 2.1 content negotiation: the Accept header admits no media type the server answers with
  not_acceptable: { status: 406, title: 'Not acceptable' },
  request_timeout: { status: 408, title: 'Request timeout' },
  conflict: { status: 409, title: 'Conflict' },
  request_id_taken: { status: 409, title: 'Request id taken' },
  subscription_exists: { status: 409, title: 'Subscription exists' },
  too_many_subscriptions: { status: 409, title: 'Too many subscriptions' },
  payload_too_large: { status: 413, title: 'Payload too large' },
  too_many_records: { status: 413, title: 'Too many records' },
  oprf_batch_too_large: { status: 413, title: 'OPRF batch too large' },
  invalid_bundle: { status: 422, title: 'Invalid bundle' },
  unknown_request: { status: 422, title: 'Unknown request' },
  // a signature that is not accepted: the code is the SDK's verifyBundle failure
  not_a_bundle: { status: 422, title: 'Signature not accepted' },
  unsigned: { status: 422, title: 'Signature not accepted' },
  malformed_signature: { status: 422, title: 'Signature not accepted' },
  algorithm_not_allowed: { status: 422, title: 'Signature not accepted' },
  unknown_key: { status: 422, title: 'Signature not accepted' },
  unusable_key: { status: 422, title: 'Signature not accepted' },
  expired_key: { status: 422, title: 'Signature not accepted' },
  bad_signature: { status: 422, title: 'Signature not accepted' },
  rate_limited: { status: 429, title: 'Too many requests' },
  too_many_auth_failures: { status: 429, title: 'Too many failed sign-ins' },
  publish_quota_exceeded: { status: 429, title: 'Publish quota exceeded' },
  oprf_quota_exceeded: { status: 429, title: 'OPRF quota exceeded' },
  internal_error: { status: 500, title: 'Internal error' },
  storage_quota_exceeded: { status: 507, title: 'Storage quota exceeded' },
} as const satisfies Record<string, { status: number; title: string }> & Record<VerifyFailure, { status: 422; title: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** An RFC 9457 problem: thrown by a route, answered as `application/problem+json` with a stable `code`. */
export class Problem extends Error {
  readonly status: number;
  readonly title: string;

  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? ERRORS[code].title);
    this.status = ERRORS[code].status;
    this.title = ERRORS[code].title;
  }
}

/** The problem `code` of the table, with what went wrong for a human reader and any extra members. */
export const problem = (code: ErrorCode, detail?: string, extra?: Record<string, unknown>) => new Problem(code, detail, extra);
