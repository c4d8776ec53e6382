import type { Audience } from '@gpos/sdk';
import { validate } from '@gpos/validate';
import { AbortedError, ExchangeError, InvalidDataError } from './errors.js';
import { checkEvent, type EventType, type ExchangeEvent } from './events.js';
import { apiUrl, requestJson, type HttpOptions } from './http.js';

/** Where the feed position is kept between runs. `save` must be durable when it resolves (fsync, a committed row). */
export interface CursorStore {
  load(): string | undefined | Promise<string | undefined>;
  save(cursor: string): void | Promise<void>;
}

/** A CursorStore in memory: for tests, and for callers that persist the cursor with their own data. */
export function memoryCursorStore(initial?: string): CursorStore & { readonly cursor: string | undefined } {
  let cursor = initial;
  return {
    get cursor() {
      return cursor;
    },
    load: () => cursor,
    save: (c) => {
      cursor = c;
    },
  };
}

/** One item of the feed: the event, and the cursor that resumes after it. */
export interface FeedItem {
  readonly cursor: string;
  readonly event: ExchangeEvent;
}

interface FeedPage {
  items: { cursor: string; event: unknown }[];
  next_cursor: string;
  has_more: boolean;
}

export interface PullFeedOptions extends HttpOptions {
  readonly endpoint: string | URL;
  /** Where the cursor is loaded from and saved to. */
  readonly store: CursorStore;
  /** Start here instead of the stored cursor (the stored one still advances). */
  readonly cursor?: string;
  /** Redact for this TLP label, lower than the partner's clearance. Default: the clearance. */
  readonly audience?: Audience;
  /** Page size, 1 to 1000. */
  readonly limit?: number;
  readonly types?: readonly EventType[];
  /** Keep polling after catching up, waiting this long between empty polls. Default: stop when caught up. */
  readonly followIntervalMs?: number;
}

/**
 * The feed as an async iterable, resumable after a crash with no gap and no duplicate.
 *
 * The cursor of an item is saved only when the caller asks for the next one — that is, once the loop body that
 * received it has finished — or when the loop ends because the feed is exhausted. If the process dies (or the
 * loop body throws or breaks) while an item is being handled, that one item is delivered again on the next run;
 * an item whose handling finished is never delivered again. Each event and its bundle are checked (envelope and
 * reference validator) before they are handed over: an invalid one throws an {@link InvalidDataError} and the
 * cursor stays before it.
 *
 * @example for await (const { event } of pullFeed({ endpoint, store, token })) await ingest(event);
 */
export async function* pullFeed(options: PullFeedOptions): AsyncGenerator<FeedItem, void, undefined> {
  let cursor = options.cursor ?? (await options.store.load());
  for (;;) {
    const url = new URL(apiUrl(options.endpoint, '/v1/feed'));
    if (cursor !== undefined) url.searchParams.set('cursor', cursor);
    if (options.audience) url.searchParams.set('audience', options.audience);
    if (options.limit) url.searchParams.set('limit', String(options.limit));
    if (options.types?.length) url.searchParams.set('types', options.types.join(','));
    const { body: page } = await requestJson<FeedPage>(url.href, { method: 'GET' }, options);
    if (!page || !Array.isArray(page.items) || typeof page.next_cursor !== 'string') throw new ExchangeError('invalid_response', `${url.href} did not answer with a feed page`);
    for (const item of page.items) {
      const checked = checkEvent(item.event);
      if (!checked.ok) throw new ExchangeError('invalid_event', `Feed item at cursor ${item.cursor} is not an exchange event: ${checked.reason}`);
      const bundle = (checked.event.data as { bundle?: unknown }).bundle;
      if (bundle !== undefined) {
        const result = validate(bundle);
        if (!result.valid) throw new InvalidDataError(`The bundle of event ${checked.event.id} is invalid`, result.problems);
      }
      yield { cursor: item.cursor, event: checked.event };
      // the loop body that received the item has finished: only now does the position move past it
      await options.store.save(item.cursor);
      cursor = item.cursor;
    }
    // events the audience may not see are skipped by the server; next_cursor moves past them once the page is handled
    if (page.next_cursor !== cursor) {
      await options.store.save(page.next_cursor);
      cursor = page.next_cursor;
    }
    if (!page.has_more) {
      if (options.followIntervalMs === undefined) return;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          options.signal?.removeEventListener('abort', onAbort);
          resolve();
        }, options.followIntervalMs);
        const onAbort = () => {
          clearTimeout(timer);
          reject(new AbortedError({ cause: options.signal?.reason }));
        };
        if (options.signal?.aborted) onAbort();
        else options.signal?.addEventListener('abort', onAbort, { once: true });
      });
    }
  }
}

/**
 * Drains the feed through `handler`, saving the cursor after each event the handler finished. Returns how many
 * events were handled and the cursor reached. A handler that throws stops the pull; that event is delivered again
 * next time.
 */
export async function syncFeed(options: PullFeedOptions, handler: (event: ExchangeEvent, item: FeedItem) => unknown): Promise<{ handled: number; cursor: string | undefined }> {
  let handled = 0;
  for await (const item of pullFeed(options)) {
    await handler(item.event, item);
    handled++;
  }
  return { handled, cursor: await options.store.load() };
}
