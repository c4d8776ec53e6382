import { AbortedError, ExchangeError, HttpError, NetworkError, TimeoutError, type ProblemDetails } from './errors.js';

/** How requests are retried. Retries happen on network errors, timeouts, 408, 425, 429 and 5xx (except 501). */
export interface RetryOptions {
  /** Retries after the first attempt. Default 4. */
  readonly retries?: number;
  /** First backoff delay in ms; doubles each retry, with full jitter. Default 250. */
  readonly baseDelayMs?: number;
  /** Upper bound on any one delay, including a server's `Retry-After`. Default 30 000. */
  readonly maxDelayMs?: number;
}

/** Options shared by every call that talks HTTP. */
export interface HttpOptions {
  /** A bearer token identifying the partner to the exchange. */
  readonly token?: string;
  /** Per-attempt timeout in ms. Default 15 000. */
  readonly timeoutMs?: number;
  readonly retry?: RetryOptions;
  /** Cancels the whole operation, retries and waits included. */
  readonly signal?: AbortSignal;
  /** The fetch to use (a test double, a proxy-aware fetch). Default globalThis.fetch. */
  readonly fetch?: typeof fetch;
}

const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Seconds or an HTTP date, as in RFC 9110 §10.2.3; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function backoffDelay(attempt: number, retry: RetryOptions, retryAfterMs?: number): number {
  const max = retry.maxDelayMs ?? 30_000;
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, max);
  const ceiling = Math.min(max, (retry.baseDelayMs ?? 250) * 2 ** attempt);
  return Math.random() * ceiling;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortedError({ cause: signal.reason }));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortedError({ cause: signal?.reason }));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

async function readProblem(response: Response): Promise<ProblemDetails | undefined> {
  try {
    const body: unknown = await response.json();
    return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as ProblemDetails) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sends a request and returns the parsed JSON of a 2xx answer, with retries and per-attempt timeouts.
 * Only for idempotent requests: every exchange request is (publishing is idempotent by bundle id).
 */
export async function requestJson<T>(url: string, init: { method: string; body?: string }, options: HttpOptions): Promise<{ status: number; body: T }> {
  const doFetch = options.fetch ?? globalThis.fetch;
  const retry = options.retry ?? {};
  const retries = retry.retries ?? 4;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  let lastError: ExchangeError | undefined;
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (options.signal?.aborted) throw new AbortedError({ cause: options.signal.reason });
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    let retryAfterMs: number | undefined;
    try {
      const response = await doFetch(url, { method: init.method, headers, ...(init.body !== undefined ? { body: init.body } : {}), signal });
      if (response.ok) return { status: response.status, body: (await response.json()) as T };
      const problem = await readProblem(response);
      lastError = new HttpError(response.status, problem, url);
      if (!RETRYABLE.has(response.status)) throw lastError;
      retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    } catch (error) {
      if (error instanceof HttpError && !RETRYABLE.has(error.status)) throw error;
      if (error instanceof HttpError) lastError = error;
      else if (options.signal?.aborted) throw new AbortedError({ cause: options.signal.reason });
      else if (timeout.aborted) lastError = new TimeoutError(url, timeoutMs, { cause: error });
      else if (error instanceof SyntaxError) throw new ExchangeError('invalid_response', `${url} answered with a body that is not JSON`, { cause: error });
      else lastError = new NetworkError(url, { cause: error });
    }
    if (attempt < retries) await sleep(backoffDelay(attempt, retry, retryAfterMs), options.signal);
  }
  throw lastError!;
}

/** `endpoint` joined with an API path, whether or not the endpoint ends with a slash. */
export function apiUrl(endpoint: string | URL, path: string): string {
  const base = String(endpoint).replace(/\/+$/, '');
  return `${base}${path}`;
}
