import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { fastParse, parseJson as parseStrictJson } from '@gpos/validate/json';
import { Problem, problem } from './errors.js';

export { Problem, problem } from './errors.js';

/** Where each problem code is described: the `type` of a problem, the `external_details` of a TAXII error. */
export const PROBLEM_BASE = 'https://schemas.gpos.network/exchange/problems/';

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
  if (body === undefined) throw problem('invalid_json', 'The body is not JSON.');
  return body;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a request body as JSON with the same strict reader as `gpos validate`: 400 `invalid_utf8` for bytes that
 * are not UTF-8 (never silently replaced), `json_duplicate_key` for a key given twice (never silently resolved),
 * `json_too_deep`, or `invalid_json`. An empty body is undefined (see jsonBody).
 */
export function readJsonBody(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw problem('invalid_utf8', 'The body is not valid UTF-8.');
  }
  if (text.trim() === '') return undefined;
  const parsed = fastParse(text) ?? parseStrictJson(text, { maxIssues: 10 });
  if (!parsed.ok) {
    const issue = parsed.issues.find((i) => i.severity === 'error');
    if (issue?.code === 'json_too_deep') throw problem('json_too_deep', issue.message);
    throw problem('invalid_json', `The body is not JSON${issue ? `: ${issue.message}` : '.'}`);
  }
  const duplicate = parsed.issues.find((i) => i.code === 'json_duplicate_key');
  if (duplicate) throw problem('json_duplicate_key', `${duplicate.message} (at ${duplicate.pointer || 'the top level'}).`, { pointer: duplicate.pointer });
  return parsed.value;
}

/** The SHA-256 of `bytes`, in hex: at once, on this thread (Web Crypto's digest would queue on libuv's thread pool). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
