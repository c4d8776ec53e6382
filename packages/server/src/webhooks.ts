import { webhookHeaders } from '@gpos/exchange';
import type { Tlp } from '@gpos/types';
import type { ExchangeServerOptions } from './options.js';
import { eventFor, looser } from './policy.js';
import { postWebhook } from './webhook-target.js';
import type { StoredEvent, StoredSubscription } from './storage.js';

/** The retry schedule Standard Webhooks recommends: now, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. */
export const STANDARD_WEBHOOKS_SCHEDULE: readonly number[] = [0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000];

/**
 * Webhook deliveries: each new event to every matching subscription, redacted for its partner, signed per
 * Standard Webhooks, retried on the schedule and dead-lettered after the last failure. Every attempt is recorded,
 * so a process that starts resumes what a previous one left.
 */
export class WebhookDeliverer {
  private readonly pending = new Set<Promise<void>>();
  /** Aborted by close(): stops retry waits at once, leaving the rest to the next start. */
  private readonly stopping = new AbortController();

  constructor(private readonly options: ExchangeServerOptions) {}

  /** Stops waiting to retry and waits for deliveries in flight to settle. */
  async close(): Promise<void> {
    this.stopping.abort();
    await Promise.allSettled([...this.pending]);
  }

  /** Keeps `p` until it settles, so close() can wait for it. */
  track(p: Promise<void>): void {
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
  }

  /** Delivers a new event to every matching subscription. */
  async deliver(stored: Pick<StoredEvent, 'event' | 'recipients'>): Promise<void> {
    const subs = await this.options.storage.listSubscriptions();
    await Promise.all(subs.map((sub) => this.deliverTo(sub, stored, 0)));
  }

  /** After a start: every delivery a previous process left neither acknowledged nor dead, from the attempt it reached. */
  async resumeDeliveries(): Promise<void> {
    const subs = await this.options.storage.listSubscriptions();
    await Promise.all(
      subs.map(async (sub) => {
        const pending = await this.options.storage.pendingDeliveries(sub, 10_000);
        await Promise.all(pending.map((p) => this.deliverTo(sub, p, p.attempts)));
      }),
    );
  }

  /**
   * Delivers one event to one subscription, redacted for its partner, signed per Standard Webhooks, retried on the
   * schedule from attempt `from`; every attempt is recorded, so a restart resumes where this left off.
   */
  private async deliverTo(sub: StoredSubscription, stored: Pick<StoredEvent, 'event' | 'recipients'>, from: number): Promise<void> {
    const { event } = stored;
    const partner = this.options.partners.find((p) => p.org === sub.partner);
    const wanted = sub.eventTypes.length === 0 || sub.eventTypes.includes(event.type);
    const visible = partner && wanted ? await eventFor(partner, stored, looser(sub.audience as Tlp, partner.clearance)) : undefined;
    if (!visible) {
      // nothing this subscriber may see: done, so a restart does not look at it again
      await this.options.storage.recordDelivery({ subscription: sub.id, eventId: event.id, attempt: 0, status: null, delivered: true, dead: false });
      return;
    }
    const body = JSON.stringify(visible);
    const schedule = this.options.deliverySchedule ?? STANDARD_WEBHOOKS_SCHEDULE;
    for (let attempt = from; attempt < schedule.length; attempt++) {
      if (!(await this.wait(schedule[attempt]!))) return;
      let status: number | null = null;
      let error: string | undefined;
      try {
        const headers = await webhookHeaders({ id: event.id, body, secrets: [sub.secret] });
        const signal = AbortSignal.any([this.stopping.signal, AbortSignal.timeout(this.options.deliveryTimeoutMs ?? 15_000)]);
        status = await postWebhook(new URL(sub.url), headers, body, signal, this.options.allowLoopbackWebhooks === true);
        if (status >= 200 && status < 300) {
          await this.options.storage.recordDelivery({ subscription: sub.id, eventId: event.id, attempt: attempt + 1, status, delivered: true, dead: false });
          return;
        }
        error = status >= 300 && status < 400 ? `HTTP ${status} (redirects are not followed)` : `HTTP ${status}`;
      } catch (e) {
        if (this.stopping.signal.aborted) return;
        error = e instanceof Error ? e.message : String(e);
      }
      const dead = attempt === schedule.length - 1;
      await this.options.storage.recordDelivery({ subscription: sub.id, eventId: event.id, attempt: attempt + 1, status, ...(error ? { error } : {}), delivered: false, dead });
    }
    if (from >= schedule.length) {
      await this.options.storage.recordDelivery({ subscription: sub.id, eventId: event.id, attempt: from, status: null, error: 'retry schedule exhausted', delivered: false, dead: true });
    }
  }

  /** Waits `ms`; false when the server is stopping instead. */
  private wait(ms: number): Promise<boolean> {
    const signal = this.stopping.signal;
    if (signal.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve(true);
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        resolve(false);
      };
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }
}
