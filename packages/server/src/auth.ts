import type { IncomingMessage } from 'node:http';
import { Problem } from './http.js';
import type { Partner } from './options.js';

/** Bearer-token authentication of partners, and a fixed-window rate limit per partner (per process). */
export class Authenticator {
  private readonly byToken: Map<string, Partner>;
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    partners: readonly Partner[],
    private readonly limit: { readonly requests: number; readonly windowMs: number } = { requests: 600, windowMs: 60_000 },
  ) {
    this.byToken = new Map(partners.map((p) => [p.token, p]));
  }

  /** The partner the request authenticates as: 401 without a known token, 429 over its rate limit. */
  authenticate(req: IncomingMessage): Partner {
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const partner = match ? this.byToken.get(match[1]!) : undefined;
    if (!partner) throw new Problem(401, 'unauthorized', 'Unauthorized', 'Send a partner token as `Authorization: Bearer <token>`.');
    const limit = this.limit;
    const now = Date.now();
    const window = this.windows.get(partner.org);
    if (!window || now - window.start >= limit.windowMs) this.windows.set(partner.org, { start: now, count: 1 });
    else if (++window.count > limit.requests) {
      const retry = Math.ceil((window.start + limit.windowMs - now) / 1000);
      throw new Problem(429, 'rate_limited', 'Too many requests', `At most ${limit.requests} requests per ${limit.windowMs / 1000} s.`, { retry_after: retry });
    }
    return partner;
  }

}
