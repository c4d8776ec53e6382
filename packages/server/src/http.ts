import type { FastifyReply } from 'fastify';

/** An RFC 9457 problem: thrown by a route, answered as `application/problem+json` with a stable `code`. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
  }
}

const PROBLEM_BASE = 'https://schemas.gpos.network/exchange/problems/';

/** Answers `status` with `body` as JSON (no body when it is undefined). */
export function send(reply: FastifyReply, status: number, body?: unknown, headers: Record<string, string> = {}): FastifyReply {
  reply.code(status).headers(headers);
  if (body === undefined) return reply.send();
  return reply.header('content-type', 'application/json').send(JSON.stringify(body));
}

/** Answers a problem as `application/problem+json` (with `Retry-After` when it has a `retry_after`). */
export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  const body = { type: PROBLEM_BASE + p.code, title: p.title, status: p.status, code: p.code, ...(p.detail ? { detail: p.detail } : {}), ...p.extra };
  reply.code(p.status).header('content-type', 'application/problem+json');
  if (typeof p.extra.retry_after === 'number') reply.header('retry-after', String(p.extra.retry_after));
  return reply.send(JSON.stringify(body));
}

/** The JSON body the content-type parser produced: 400 `invalid_json` when the request had none. */
export function jsonBody(body: unknown): unknown {
  if (body === undefined) throw new Problem(400, 'invalid_json', 'Invalid JSON', 'The body is not JSON.');
  return body;
}

/** Parses a request body as JSON: 400 `invalid_json` when it does not parse. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Problem(400, 'invalid_json', 'Invalid JSON', 'The body is not JSON.');
  }
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
