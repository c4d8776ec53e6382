import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Authenticator } from './auth.js';
import { Problem, send, sendProblem } from './http.js';
import type { ExchangeServerOptions } from './options.js';
import { publishBundle } from './routes/bundles.js';
import type { RouteContext } from './routes/context.js';
import { postEvent } from './routes/events.js';
import { feed } from './routes/feed.js';
import { isSubscriptionPath, listSubscriptions, subscribe, subscriptionRoute } from './routes/subscriptions.js';
import { WebhookDeliverer } from './webhooks.js';

export type { ExchangeServerOptions, Partner } from './options.js';
export { STANDARD_WEBHOOKS_SCHEDULE } from './webhooks.js';

/**
 * The reference exchange server: routing, authentication and error answers; each route is a module of
 * src/routes, the TLP policy is src/policy.ts and webhook delivery src/webhooks.ts. `listen()` starts it;
 * `close()` stops it (and the storage is the caller's to close).
 */
export class ExchangeServer {
  readonly server: Server;
  private readonly auth: Authenticator;
  private readonly webhooks: WebhookDeliverer;
  private readonly ctx: RouteContext;

  constructor(private readonly options: ExchangeServerOptions) {
    this.auth = new Authenticator(options.partners, options.rateLimit);
    this.webhooks = new WebhookDeliverer(options);
    this.ctx = { options, notify: (stored) => this.webhooks.track(this.webhooks.deliver(stored)) };
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (error instanceof Problem) sendProblem(res, error);
        else {
          (options.onError ?? console.error)(error);
          sendProblem(res, new Problem(500, 'internal_error', 'Internal error', 'The server failed; the request may be retried.'));
        }
      });
    });
  }

  /** Starts listening (port 0 picks a free one) and resolves with the base URL. */
  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(port, host, resolve));
    const address = this.server.address() as AddressInfo;
    this.webhooks.track(this.webhooks.resumeDeliveries());
    return `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  }

  /** Stops accepting requests and waits for in-flight webhook deliveries to settle. */
  async close(): Promise<void> {
    const delivered = this.webhooks.close();
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await delivered;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://exchange.invalid');
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /healthz') return send(res, 200, { ok: true });
    const partner = this.auth.authenticate(req);
    if (route === 'POST /v1/bundles') return publishBundle(this.ctx, partner, req, res);
    if (route === 'POST /v1/events') return postEvent(this.ctx, partner, req, res);
    if (route === 'GET /v1/feed') return feed(this.ctx, partner, url, res);
    if (route === 'POST /v1/subscriptions') return subscribe(this.ctx, partner, req, res);
    if (route === 'GET /v1/subscriptions') return listSubscriptions(this.ctx, partner, res);
    if (await subscriptionRoute(this.ctx, partner, req, url, res)) return;
    if (isSubscriptionPath(url.pathname) || ['/v1/bundles', '/v1/events', '/v1/feed', '/v1/subscriptions'].includes(url.pathname)) {
      throw new Problem(405, 'method_not_allowed', 'Method not allowed', `${req.method} is not supported on ${url.pathname}.`);
    }
    throw new Problem(404, 'not_found', 'Not found', `No route ${route}.`);
  }
}
