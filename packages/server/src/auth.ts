import { Problem, problem } from './http.js';
import { looksLikeJwt, verifyPartnerJwt, type JwtAuthOptions } from './jwt.js';
import { DEFAULT_AUTH_FAILURE_LIMIT, type Partner } from './options.js';
import type { Counters } from './storage.js';

/** The default request rate limit per partner: 600 a minute. */
export const DEFAULT_RATE_LIMIT = { requests: 600, windowMs: 60_000 } as const;

/**
 * Authentication of partners — by their bearer key, or by a short-lived JWT they sign with a key of their JWKS —
 * with a fixed-window rate limit per partner and a limit on failed sign-ins per client address. Both counters
 * live in the database, so every process behind a load balancer enforces one limit, not one each.
 */
export class Authenticator {
  private readonly byToken: Map<string, Partner>;
  private readonly byOrg: Map<string, Partner>;
  /** The `aud` values partner JWTs must carry; set by the server once it knows its URL, unless configured. */
  audience: readonly string[];

  constructor(
    partners: readonly Partner[],
    private readonly counters: Counters,
    private readonly limit: { readonly requests: number; readonly windowMs: number } = DEFAULT_RATE_LIMIT,
    private readonly jwt: JwtAuthOptions = {},
    private readonly failureLimit: { readonly failures: number; readonly windowMs: number } = DEFAULT_AUTH_FAILURE_LIMIT,
  ) {
    this.byToken = new Map(partners.map((p) => [p.token, p]));
    this.byOrg = new Map(partners.map((p) => [p.org, p]));
    this.audience = jwt.audience === undefined ? [] : typeof jwt.audience === 'string' ? [jwt.audience] : [...jwt.audience];
  }

  /**
   * The partner a request with this `Authorization` header, from client address `client`, authenticates as: a
   * partner key, or else a JWT signed by the partner; 401 without either, 429 `too_many_auth_failures` while the
   * address is over its failed sign-in limit, 429 `rate_limited` over the partner's request limit.
   */
  async authenticate(authorization: string | undefined, client: string): Promise<Partner> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    const token = match?.[1];
    let partner = token === undefined ? undefined : this.byToken.get(token);
    if (!partner) partner = await this.signIn(token, client);
    const { count, resetAt } = await this.counters.hit(`rate:${partner.org}`, this.limit.windowMs);
    if (count > this.limit.requests) {
      throw problem('rate_limited', `At most ${this.limit.requests} requests per ${this.limit.windowMs / 1000} s.`, { retry_after: retryAfter(resetAt) });
    }
    return partner;
  }

  /** Anything but a known partner key: refused at once while `client` is over its failure limit, counted when it fails. */
  private async signIn(token: string | undefined, client: string): Promise<Partner> {
    const key = `auth-failure:${client}`;
    const { failures, windowMs } = this.failureLimit;
    const failed = await this.counters.peek(key, windowMs);
    if (failed.count >= failures) {
      throw problem('too_many_auth_failures', `More than ${failures} failed sign-ins from this address in ${windowMs / 1000} s.`, { retry_after: retryAfter(failed.resetAt) });
    }
    try {
      if (token !== undefined && looksLikeJwt(token)) return await verifyPartnerJwt(token, this.byOrg, this.audience, this.jwt);
      throw problem('unauthorized', 'Send a partner key, or a JWT the partner signed, as `Authorization: Bearer <token>`.');
    } catch (error) {
      if (error instanceof Problem && error.code === 'unauthorized') await this.counters.hit(key, windowMs);
      throw error;
    }
  }
}

const retryAfter = (resetAt: number) => Math.max(1, Math.ceil((resetAt - Date.now()) / 1000));
