import type { IncomingMessage, ServerResponse } from 'node:http';

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

export function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...headers }).end(text);
}

export function sendProblem(res: ServerResponse, p: Problem): void {
  const body = { type: PROBLEM_BASE + p.code, title: p.title, status: p.status, code: p.code, ...(p.detail ? { detail: p.detail } : {}), ...p.extra };
  const text = JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/problem+json', 'content-length': String(Buffer.byteLength(text)) };
  if (typeof p.extra.retry_after === 'number') headers['retry-after'] = String(p.extra.retry_after);
  res.writeHead(p.status, headers).end(text);
}

export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new Problem(413, 'payload_too_large', 'Payload too large', `The body is ${declared} bytes; the limit is ${limit}.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new Problem(413, 'payload_too_large', 'Payload too large', `The body exceeds the limit of ${limit} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The body as JSON: 413 above `limit`, 400 `invalid_json` when it does not parse. */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const text = await readBody(req, limit);
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
