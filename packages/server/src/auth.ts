import { Problem } from './http.js';
import { looksLikeJwt, verifyPartnerJwt, type JwtAuthOptions } from './jwt.js';
import type { Partner } from './options.js';

/**
 * Authentication of partners — by their bearer key, or by a short-lived JWT they sign with a key of their JWKS —
 * and a fixed-window rate limit per partner (per process).
 */
export class Authenticator {
  private readonly byToken: Map<string, Partner>;
  private readonly byOrg: Map<string, Partner>;
  /** The `aud` values partner JWTs must carry; set by the server once it knows its URL, unless configured. */
  audience: readonly string[];
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    partners: readonly Partner[],
    private readonly limit: { readonly requests: number; readonly windowMs: number } = { requests: 600, windowMs: 60_000 },
    private readonly jwt: JwtAuthOptions = {},
  ) {
    this.byToken = new Map(partners.map((p) => [p.token, p]));
    this.byOrg = new Map(partners.map((p) => [p.org, p]));
    this.audience = jwt.audience === undefined ? [] : typeof jwt.audience === 'string' ? [jwt.audience] : [...jwt.audience];
  }

  /**
   * The partner a request with this `Authorization` header authenticates as: a partner key, or else a JWT signed
   * by the partner; 401 without either, 429 over its rate limit.
   */
  async authenticate(authorization: string | undefined): Promise<Partner> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    const token = match?.[1];
    let partner = token === undefined ? undefined : this.byToken.get(token);
    if (!partner && token !== undefined && looksLikeJwt(token)) partner = await verifyPartnerJwt(token, this.byOrg, this.audience, this.jwt);
    if (!partner) throw new Problem(401, 'unauthorized', 'Unauthorized', 'Send a partner key, or a JWT the partner signed, as `Authorization: Bearer <token>`.');
    this.count(partner);
    return partner;
  }

  /** Counts a request against the partner's window: 429 with `retry_after` over the limit. */
  private count(partner: Partner): void {
    const limit = this.limit;
    const now = Date.now();
    const window = this.windows.get(partner.org);
    if (!window || now - window.start >= limit.windowMs) this.windows.set(partner.org, { start: now, count: 1 });
    else if (++window.count > limit.requests) {
      const retry = Math.ceil((window.start + limit.windowMs - now) / 1000);
      throw new Problem(429, 'rate_limited', 'Too many requests', `At most ${limit.requests} requests per ${limit.windowMs / 1000} s.`, { retry_after: retry });
    }
  }
}
