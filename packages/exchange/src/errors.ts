import type { Problem } from '@gpos/validate';

/** Every error this package throws is an ExchangeError; `code` is stable and safe to match on. */
export class ExchangeError extends Error {
  override readonly name: string = 'ExchangeError';
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** RFC 9457 problem details as the exchange server sends them (see schemas/exchange/api.json#/$defs/problem). */
export interface ProblemDetails {
  readonly type?: string;
  readonly title?: string;
  readonly status?: number;
  readonly detail?: string;
  readonly code?: string;
  readonly problems?: readonly Problem[];
  readonly [key: string]: unknown;
}

/** The server answered with an HTTP error that retries did not (or may not) cure. */
export class HttpError extends ExchangeError {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails | undefined,
    readonly url: string,
  ) {
    super(problem?.code ?? `http_${status}`, `${url} answered ${status}${problem?.detail ? `: ${problem.detail}` : problem?.title ? `: ${problem.title}` : ''}`);
  }
}

/** No answer within the timeout (per attempt), after every retry. */
export class TimeoutError extends ExchangeError {
  override readonly name = 'TimeoutError';
  constructor(url: string, timeoutMs: number, options?: { cause?: unknown }) {
    super('timeout', `${url} did not answer within ${timeoutMs} ms`, options);
  }
}

/** The request could not be sent or the connection failed, after every retry. */
export class NetworkError extends ExchangeError {
  override readonly name = 'NetworkError';
  constructor(url: string, options?: { cause?: unknown }) {
    const reason = options?.cause instanceof Error ? options.cause.message : String(options?.cause ?? 'unknown error');
    super('network_error', `${url} could not be reached: ${reason}`, options);
  }
}

/** The caller aborted the operation through its own AbortSignal. */
export class AbortedError extends ExchangeError {
  override readonly name = 'AbortedError';
  constructor(options?: { cause?: unknown }) {
    super('aborted', 'The operation was aborted', options);
  }
}

/** Data failed the reference validator: a bundle before publishing, or a payload received. */
export class InvalidDataError extends ExchangeError {
  override readonly name = 'InvalidDataError';
  constructor(
    message: string,
    readonly problems: readonly Problem[],
  ) {
    super('invalid_data', `${message}: ${problems.filter((p) => p.severity === 'error').slice(0, 3).map((p) => `${p.pointer || '/'} ${p.message}`).join('; ')}`);
  }
}

/** Why a webhook delivery was rejected. Answer 400 (or 401 for signature problems) and let the sender retry or dead-letter it. */
export type WebhookFailure = 'missing_headers' | 'timestamp_out_of_window' | 'bad_signature' | 'invalid_json' | 'invalid_event';

export class WebhookError extends ExchangeError {
  override readonly name = 'WebhookError';
  constructor(
    override readonly code: WebhookFailure,
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(code, message);
  }

  /** The HTTP status a receiver should answer with. */
  get status(): 400 | 401 {
    return this.code === 'bad_signature' || this.code === 'timestamp_out_of_window' || this.code === 'missing_headers' ? 401 : 400;
  }
}
