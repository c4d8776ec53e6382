import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { webhookHeaders } from '@gpos/exchange';
import type { Tlp } from '@gpos/types';
import type { ExchangeServerOptions } from './options.js';
import { eventFor, looser } from './policy.js';
import type { ClaimedDelivery, StoredEvent, StoredSubscription } from './storage.js';
import { postWebhook } from './webhook-target.js';

/** The retry schedule Standard Webhooks recommends: now, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. */
export const STANDARD_WEBHOOKS_SCHEDULE: readonly number[] = [0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000];

/** The default per-attempt webhook timeout. */
export const DEFAULT_DELIVERY_TIMEOUT_MS = 15_000;
/** How often a process looks for due deliveries (it also looks at once after storing an event itself). */
export const DEFAULT_DELIVERY_POLL_MS = 500;
/** Deliveries one process attempts at once. */
const CONCURRENCY = 32;
/** Deliveries handed off in memory (each holding its event) waiting for a place, at most. */
const MAX_HANDED_OFF = 256;

/**
 * Webhook deliveries, as work items in the database. Storing an event queues a delivery for each subscription to
 * its type in the same transaction, so nothing acknowledged is lost. Every process claims due deliveries with a
 * lease (`FOR UPDATE SKIP LOCKED`), so N processes over one database never attempt one delivery at the same time,
 * and the leases of a process that dies expire and are taken up by another. Each attempt is redacted for its
 * partner, signed per Standard Webhooks, retried on the schedule and dead-lettered after the last failure.
 */
export class WebhookDeliverer {
  /** This process's name on its leases: host and process id, so an operator sees who holds a delivery. */
  readonly owner = `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;
  private readonly inFlight = new Set<Promise<void>>();
  /** Aborted by close(): stops polling and attempts in flight, leaving them to another process or the next start. */
  private readonly stopping = new AbortController();
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private kicked = false;
  /** Deliveries leased to this process as their events were stored here, waiting for a free place, oldest first. */
  private readonly handedOff: { delivery: ClaimedDelivery; startBy: number }[] = [];
  /** Whether the last look for due deliveries found as many as there were places (so there may be more). */
  private saturated = false;

  constructor(private readonly options: ExchangeServerOptions) {}

  private get schedule(): readonly number[] {
    return this.options.deliverySchedule ?? STANDARD_WEBHOOKS_SCHEDULE;
  }

  private get leaseMs(): number {
    return this.options.deliveryLeaseMs ?? 2 * (this.options.deliveryTimeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS) + 10_000;
  }

  /** Starts looking for due deliveries: at once, every `deliveryPollMs`, and whenever kick() is called. */
  start(): void {
    this.loop ??= this.run();
  }

  /**
   * The lease a process asks for on the deliveries of an event it stores, so it attempts them at once, from memory,
   * without claiming them from the database: none when the schedule delays the first attempt, or once stopping.
   */
  get lease(): { owner: string; ms: number } | undefined {
    if (this.stopping.signal.aborted || this.loop === undefined || (this.schedule[0] ?? 0) > 0 || this.handOffWindow < 1_000) return undefined;
    // a backlog in memory is bounded: past it, new deliveries wait in the database to be claimed like any other
    if (this.handedOff.length >= MAX_HANDED_OFF) return undefined;
    return { owner: this.owner, ms: this.leaseMs };
  }

  /** How long after its event is stored a handed-off delivery may still start: its attempt then ends within the lease. */
  private get handOffWindow(): number {
    return this.leaseMs - (this.options.deliveryTimeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS) - 5_000;
  }

  /**
   * Attempts the deliveries of `stored`, just stored by this process with `lease` (see putBundle), to `subscriptions`.
   * Each starts when a place is free, and only while its attempt can end within the lease; past that it is left to
   * the lease's expiry, when any process (this one too) claims it as any other due delivery.
   */
  handOff(subscriptions: readonly StoredSubscription[], stored: StoredEvent): void {
    if (this.stopping.signal.aborted) return;
    const startBy = Date.now() + this.handOffWindow;
    for (const subscription of subscriptions) this.handedOff.push({ delivery: { subscription, stored, attempts: 0 }, startBy });
    this.drain();
  }

  /** Starts handed-off deliveries while there are free places. */
  private drain(): void {
    while (this.handedOff.length > 0 && this.inFlight.size < CONCURRENCY && !this.stopping.signal.aborted) {
      const { delivery, startBy } = this.handedOff.shift()!;
      if (Date.now() <= startBy) this.begin(delivery);
    }
  }

  private begin(delivery: ClaimedDelivery): void {
    const p = this.attempt(delivery).catch((error: unknown) => {
      if (!this.stopping.signal.aborted) (this.options.onError ?? console.error)(error);
    });
    this.inFlight.add(p);
    void p.finally(() => {
      this.inFlight.delete(p);
      // a free place: for a handed-off delivery, else for due ones when the last claim filled every place
      if (this.handedOff.length > 0) this.drain();
      else if (this.saturated) this.kick();
    });
  }

  /** Looks for due deliveries now (after this process stored an event). */
  kick(): void {
    this.kicked = true;
    this.wake?.();
  }

  /** Stops looking, aborts attempts in flight and hands their leases back, so another process takes them up at once. */
  async close(): Promise<void> {
    this.stopping.abort();
    this.handedOff.length = 0; // their leases are handed back below
    this.wake?.();
    await this.loop;
    await Promise.allSettled([...this.inFlight]);
    await this.options.storage.releaseDeliveries(this.owner).catch(() => {});
  }

  private async run(): Promise<void> {
    const signal = this.stopping.signal;
    while (!signal.aborted) {
      this.kicked = false;
      try {
        await this.claim();
      } catch (error) {
        if (!signal.aborted) (this.options.onError ?? console.error)(error);
      }
      if (signal.aborted) break;
      if (!this.kicked) await this.sleep(this.options.deliveryPollMs ?? DEFAULT_DELIVERY_POLL_MS);
    }
  }

  /** Claims as many due deliveries as there are free places (after the handed-off ones), and starts them. */
  private async claim(): Promise<void> {
    const free = CONCURRENCY - this.inFlight.size - this.handedOff.length;
    if (free <= 0) return void (this.saturated = true);
    const claimed = await this.options.storage.claimDeliveries({ owner: this.owner, schedule: this.schedule, leaseMs: this.leaseMs, limit: free });
    for (const c of claimed) this.begin(c);
    this.saturated = claimed.length === free;
    if (this.saturated) this.kicked = true; // there may be more
  }

  /** One attempt at one leased delivery, recorded (which ends the lease). */
  private async attempt({ subscription: sub, stored, attempts }: ClaimedDelivery): Promise<void> {
    const storage = this.options.storage;
    const record = { owner: this.owner, subscription: sub.id, eventId: stored.event.id };
    if (attempts >= this.schedule.length) {
      await storage.recordDelivery({ ...record, attempt: attempts, status: null, error: 'retry schedule exhausted', delivered: false, dead: true });
      return;
    }
    const partner = this.options.partners.find((p) => p.org === sub.partner);
    const visible = partner ? await eventFor(partner, stored, looser(sub.audience as Tlp, partner.clearance)) : undefined;
    if (!visible) {
      // nothing this subscriber may see: done, without an attempt
      await storage.recordDelivery({ ...record, attempt: attempts, status: null, delivered: true, dead: false });
      return;
    }
    const body = JSON.stringify(visible);
    let status: number | null = null;
    let error: string | undefined;
    try {
      const headers = await webhookHeaders({ id: stored.event.id, body, secrets: [sub.secret] });
      const signal = AbortSignal.any([this.stopping.signal, AbortSignal.timeout(this.options.deliveryTimeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS)]);
      status = await postWebhook(new URL(sub.url), headers, body, signal, this.options.allowLoopbackWebhooks === true);
      if (status >= 200 && status < 300) {
        await storage.recordDelivery({ ...record, attempt: attempts + 1, status, delivered: true, dead: false });
        return;
      }
      error = status >= 300 && status < 400 ? `HTTP ${status} (redirects are not followed)` : `HTTP ${status}`;
    } catch (e) {
      if (this.stopping.signal.aborted) return; // not an attempt: close() hands the lease back
      error = e instanceof Error ? e.message : String(e);
    }
    const dead = attempts + 1 >= this.schedule.length;
    await storage.recordDelivery({ ...record, attempt: attempts + 1, status, ...(error ? { error } : {}), delivered: false, dead });
  }

  /** Waits `ms`, or until kick() or close(). */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = undefined;
        done();
      };
    });
  }
}
