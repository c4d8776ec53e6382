import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { Authenticator } from './auth.js';
import { BundleChecker } from './check-pool.js';
import { PassThrough, type Readable } from 'node:stream';
import { PROBLEM_BASE, Problem, problem, readJsonBody, send, sendProblem } from './http.js';
import { DEFAULT_BODY_TIMEOUT_MS, DEFAULT_MAX_BODY_BYTES, type ExchangeServerOptions, type Partner } from './options.js';
import { publishBundle } from './routes/bundles.js';
import type { RouteContext } from './routes/context.js';
import { postEvent } from './routes/events.js';
import { feed } from './routes/feed.js';
import { evaluateOprf, oprfKeys } from './routes/oprf.js';
import { SUBSCRIPTION_BODY_BYTES, isSubscriptionPath, listSubscriptions, subscribe, subscriptionRoute } from './routes/subscriptions.js';
import { apiRoot, collection, collections, discovery, objects } from './routes/taxii.js';
import { TAXII_API_ROOT_PATH, TAXII_DISCOVERY_PATH, assertAcceptable, isTaxiiPath, sendTaxiiError, taxiiAuthorization } from './taxii.js';
import { WebhookDeliverer } from './webhooks.js';

export type { ExchangeServerOptions, Partner } from './options.js';
export { STANDARD_WEBHOOKS_SCHEDULE } from './webhooks.js';

const ROUTE_PATHS = ['/v1/bundles', '/v1/events', '/v1/feed', '/v1/subscriptions', '/v1/oprf/evaluate', '/v1/oprf/keys'];
const pathOf = (url: string) => new URL(url, 'http://exchange.invalid').pathname;
/** The TAXII paths that exist (with GET only: the collections are read-only). */
const TAXII_ROUTE = /^\/taxii2\/(?:gpos\/(?:collections\/(?:[^/]+\/(?:(?:objects\/(?:[^/]+\/)?)|manifest\/)?)?)?)?$/;

/**
 * The reference exchange server, on Fastify: routing, authentication and error answers; each route is a module of
 * src/routes, the TLP policy is src/policy.ts and webhook delivery src/webhooks.ts. `listen()` starts it;
 * `close()` stops it (and the storage is the caller's to close).
 */
export class ExchangeServer {
  /** The Fastify instance (routes are registered; it is started by `listen()`). */
  readonly app: FastifyInstance;
  private readonly auth: Authenticator;
  private readonly webhooks: WebhookDeliverer;
  private readonly ctx: RouteContext;
  private readonly checker: BundleChecker;
  private readonly partners = new WeakMap<FastifyRequest, Partner>();

  constructor(private readonly options: ExchangeServerOptions) {
    this.auth = new Authenticator(options.partners, options.storage, options.rateLimit, options.jwt, options.authFailureLimit);
    this.webhooks = new WebhookDeliverer(options);
    this.checker = new BundleChecker(options.checkThreads);
    this.ctx = {
      options,
      checker: this.checker,
      notify: () => this.webhooks.kick(),
      deliveryLease: () => this.webhooks.lease,
      handOff: (subscriptions, stored) => this.webhooks.handOff(subscriptions, stored),
    };
    this.app = this.build(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  }

  /** The underlying node:http server. */
  get server(): Server {
    return this.app.server;
  }

  /** Starts listening (port 0 picks a free one) and resolves with the base URL. */
  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    await this.app.listen({ port, host });
    const address = this.app.server.address() as AddressInfo;
    this.webhooks.start();
    const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
    if (this.options.jwt?.audience === undefined) this.auth.audience = [url, `${url}/`];
    return url;
  }

  /** Stops accepting requests, stops webhook attempts in flight and hands their leases back to the database. */
  async close(): Promise<void> {
    const delivered = this.webhooks.close();
    await this.app.close();
    await delivered;
    await this.checker.close();
  }

  private build(maxBodyBytes: number): FastifyInstance {
    const app = Fastify({
      logger: false,
      // behind a load balancer or TLS terminator the client address (for the sign-in failure limit) is in X-Forwarded-For
      trustProxy: (this.options.trustProxy ?? false) as boolean | string | string[],
      // a backstop for the whole request, headers included, beyond the body deadline below
      requestTimeout: (this.options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS) + 10_000,
      bodyLimit: maxBodyBytes,
      forceCloseConnections: true,
      exposeHeadRoutes: false,
      return503OnClosing: false,
      // a URL the router cannot decode (`/v1/%zz`) never reaches the error handler: answer it as a problem here
      frameworkErrors: (error, request, reply) => this.sendError(reply, request, new Problem('bad_request', error.message)),
    });

    // a body must arrive whole within bodyTimeoutMs of its first byte being awaited: one that trickles in a byte at a
    // time would otherwise hold a connection (and its buffer) for ever; 408 request_timeout, then the connection closes
    const bodyTimeoutMs = this.options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS;
    app.addHook('preParsing', async (request, reply, payload) => {
      if (request.headers['content-length'] === undefined && request.headers['transfer-encoding'] === undefined) return payload;
      return deadline(payload, bodyTimeoutMs, () => reply.raw.once('finish', () => request.raw.destroy()));
    });

    // every body is JSON whatever its content type (clients need not send one), read strictly; a 404 or 405 is not parsed
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer' }, (request, body, done) => {
      if (request.is404) return done(null, undefined);
      try {
        done(null, readJsonBody(body as Buffer));
      } catch (error) {
        done(error as Error, undefined);
      }
    });

    app.setErrorHandler((error: FastifyError | Problem, request, reply) => this.sendError(reply, request, this.problemOf(error, request)));
    app.setNotFoundHandler(async (request, reply) => {
      await this.authenticate(request);
      const path = pathOf(request.url);
      if (isSubscriptionPath(path) || ROUTE_PATHS.includes(path) || TAXII_ROUTE.test(path)) {
        throw new Problem('method_not_allowed', `${request.method} is not supported on ${path}.`);
      }
      throw new Problem('not_found', `No route ${request.method} ${path}.`);
    });

    // authentication and the rate limit come before the body is read
    const onRequest = async (request: FastifyRequest) => {
      this.partners.set(request, await this.authenticate(request));
    };
    const partner = (request: FastifyRequest) => this.partners.get(request)!;
    const ctx = this.ctx;

    // answered whatever else is going on: large bundles are checked on worker threads (`checking` of them now)
    app.get('/healthz', async (_request, reply) => send(reply, 200, { ok: true, checking: this.checker.checking }));
    app.post('/v1/bundles', { onRequest }, async (request, reply) => {
      await publishBundle(ctx, partner(request), request.body, reply);
      return reply;
    });
    app.post('/v1/events', { onRequest }, async (request, reply) => {
      await postEvent(ctx, partner(request), request.body, reply);
      return reply;
    });
    app.get('/v1/feed', { onRequest }, async (request, reply) => {
      await feed(ctx, partner(request), new URL(request.url, 'http://exchange.invalid'), reply);
      return reply;
    });
    app.post('/v1/oprf/evaluate', { onRequest }, async (request, reply) => {
      await evaluateOprf(ctx, partner(request), request.body, reply);
      return reply;
    });
    app.get('/v1/oprf/keys', { onRequest }, async (_request, reply) => {
      await oprfKeys(ctx, reply);
      return reply;
    });
    app.post('/v1/subscriptions', { onRequest, bodyLimit: SUBSCRIPTION_BODY_BYTES }, async (request, reply) => {
      await subscribe(ctx, partner(request), request.body, reply);
      return reply;
    });
    app.get('/v1/subscriptions', { onRequest }, async (request, reply) => {
      await listSubscriptions(ctx, partner(request), reply);
      return reply;
    });
    const subscription = async (request: FastifyRequest, reply: FastifyReply) => {
      const path = pathOf(request.url);
      if (await subscriptionRoute(ctx, partner(request), request.method, path, reply)) return reply;
      throw new Problem(isSubscriptionPath(path) ? 'method_not_allowed' : 'not_found', `No route ${request.method} ${path}.`);
    };
    app.get('/v1/subscriptions/:id', { onRequest }, subscription);
    app.delete('/v1/subscriptions/:id', { onRequest }, subscription);
    app.get('/v1/subscriptions/:id/dead-letters', { onRequest }, subscription);

    // TAXII 2.1, read-only: the same partners and the same feed, as STIX (src/routes/taxii.ts); errors are TAXII error messages
    const taxii = { onRequest: async (request: FastifyRequest) => {
      await onRequest(request);
      assertAcceptable(request.headers.accept);
    } };
    type CollectionParams = { Params: { id: string } };
    const url = (request: FastifyRequest) => new URL(request.url, 'http://exchange.invalid');
    app.get(TAXII_DISCOVERY_PATH, taxii, async (request, reply) => {
      discovery(`${request.protocol}://${request.host}`, reply);
      return reply;
    });
    app.get(TAXII_API_ROOT_PATH, taxii, async (_request, reply) => {
      apiRoot(ctx, reply);
      return reply;
    });
    app.get(`${TAXII_API_ROOT_PATH}collections/`, taxii, async (request, reply) => {
      collections(partner(request), reply);
      return reply;
    });
    app.get<CollectionParams>(`${TAXII_API_ROOT_PATH}collections/:id/`, taxii, async (request, reply) => {
      collection(partner(request), request.params.id, reply);
      return reply;
    });
    app.get<CollectionParams>(`${TAXII_API_ROOT_PATH}collections/:id/objects/`, taxii, async (request, reply) => {
      await objects(ctx, partner(request), request.params.id, url(request), reply);
      return reply;
    });
    app.get<CollectionParams>(`${TAXII_API_ROOT_PATH}collections/:id/manifest/`, taxii, async (request, reply) => {
      await objects(ctx, partner(request), request.params.id, url(request), reply, { manifest: true });
      return reply;
    });
    app.get<{ Params: { id: string; objectId: string } }>(`${TAXII_API_ROOT_PATH}collections/:id/objects/:objectId/`, taxii, async (request, reply) => {
      await objects(ctx, partner(request), request.params.id, url(request), reply, { objectId: request.params.objectId });
      return reply;
    });
    return app;
  }

  private authenticate(request: FastifyRequest): Promise<Partner> {
    // TAXII clients send the partner key their own ways too (taxii2-client's `Token`, HTTP Basic): read as a bearer token
    const authorization = isTaxiiPath(pathOf(request.url)) ? taxiiAuthorization(request.headers.authorization) : request.headers.authorization;
    return this.auth.authenticate(authorization, request.ip);
  }

  /** An error as the path's protocol says: a TAXII error message under /taxii2/, an RFC 9457 problem elsewhere. */
  private sendError(reply: FastifyReply, request: FastifyRequest, p: Problem): FastifyReply {
    let taxii = false;
    try {
      taxii = isTaxiiPath(pathOf(request.url));
    } catch {
      // a URL that does not even parse is no TAXII request
    }
    return taxii ? sendTaxiiError(reply, p, PROBLEM_BASE) : sendProblem(reply, p);
  }

  /** The problem answering an error: a route's own, Fastify's (body too large, bad request), or a 500. */
  private problemOf(error: FastifyError | Problem, request: FastifyRequest): Problem {
    if (error instanceof Problem) return error;
    const status = error.statusCode ?? 500;
    if (status === 413) {
      const limit = request.routeOptions.bodyLimit ?? this.options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
      const declared = Number(request.headers['content-length'] ?? 0);
      return new Problem('payload_too_large', declared > limit ? `The body is ${declared} bytes; the limit is ${limit}.` : `The body exceeds the limit of ${limit} bytes.`);
    }
    if (status >= 400 && status < 500) return new Problem('bad_request', error.message);
    (this.options.onError ?? console.error)(error);
    return new Problem('internal_error', 'The server failed; the request may be retried.');
  }
}

/**
 * `payload` as a stream that fails with 408 `request_timeout` unless it ends within `ms`; `onTimeout` runs then
 * (to close the connection once the answer is sent, so the sender cannot keep trickling).
 */
function deadline(payload: Readable, ms: number, onTimeout: () => void): Readable {
  const guarded = new PassThrough();
  const timer = setTimeout(() => {
    payload.unpipe(guarded);
    onTimeout();
    guarded.destroy(problem('request_timeout', `The body did not arrive within ${ms / 1000} s.`));
  }, ms);
  const clear = () => clearTimeout(timer);
  guarded.once('end', clear).once('close', clear);
  payload.once('error', (error) => guarded.destroy(error));
  payload.pipe(guarded);
  return guarded;
}
