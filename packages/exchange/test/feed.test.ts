import { describe, expect, it, vi } from 'vitest';
import { AbortedError, ExchangeError, memoryCursorStore, pullFeed, syncFeed, type ExchangeEvent } from '../src/index.js';
import { event } from './fixtures.js';

/** A fake exchange feed over `events`, `pageSize` a page; cursors are zero-padded positions. */
function fakeFeed(events: ExchangeEvent[], pageSize = 3) {
  const pos = (c: string | null) => (c === null ? 0 : Number(c));
  const cur = (n: number) => String(n).padStart(8, '0');
  const requests: string[] = [];
  const fetch = vi.fn(async (url: string | URL | Request) => {
    const u = new URL(String(url));
    requests.push(u.search);
    const from = pos(u.searchParams.get('cursor'));
    const slice = events.slice(from, from + pageSize);
    const items = slice.map((e, i) => ({ cursor: cur(from + i + 1), event: e }));
    return new Response(JSON.stringify({ items, next_cursor: cur(from + slice.length), has_more: from + slice.length < events.length }), { status: 200 });
  });
  return { fetch, requests };
}

const events = Array.from({ length: 10 }, (_, i) => event(i + 1));

describe('pullFeed', () => {
  it('reads every page in order and saves the cursor', async () => {
    const { fetch } = fakeFeed(events);
    const store = memoryCursorStore();
    const ids: string[] = [];
    for await (const item of pullFeed({ endpoint: 'http://exchange.test', store, fetch, audience: 'green' })) ids.push(item.event.id);
    expect(ids).toEqual(events.map((e) => e.id));
    expect(store.cursor).toBe('00000010');
    expect(fetch.mock.calls[0]![0]).toContain('audience=green');
  });

  it('resumes after a crash with no gap and no duplicate of a handled event', async () => {
    const { fetch } = fakeFeed(events);
    const store = memoryCursorStore();
    const handled: string[] = [];
    // the "process" dies while handling the 5th event: its handler never finished
    await expect(
      syncFeed({ endpoint: 'http://exchange.test', store, fetch }, (e) => {
        if (e.id === events[4]!.id) throw new Error('crash');
        handled.push(e.id);
      }),
    ).rejects.toThrow('crash');
    expect(store.cursor).toBe('00000004');
    const second = await syncFeed({ endpoint: 'http://exchange.test', store, fetch }, (e) => void handled.push(e.id));
    expect(second.handled).toBe(6);
    expect(handled).toEqual(events.map((e) => e.id));
  });

  it('does not move past an item whose loop body broke off', async () => {
    const { fetch } = fakeFeed(events);
    const store = memoryCursorStore();
    for await (const item of pullFeed({ endpoint: 'http://exchange.test', store, fetch })) if (item.event.id === events[1]!.id) break;
    expect(store.cursor).toBe('00000001');
    const next = await pullFeed({ endpoint: 'http://exchange.test', store, fetch }).next();
    expect(next.value && next.value.event.id).toBe(events[1]!.id);
  });

  it('starts from an explicit cursor, and stops with nothing when caught up', async () => {
    const { fetch } = fakeFeed(events);
    const store = memoryCursorStore();
    const { handled } = await syncFeed({ endpoint: 'http://exchange.test', store, fetch, cursor: '00000008' }, () => {});
    expect(handled).toBe(2);
    expect((await syncFeed({ endpoint: 'http://exchange.test', store, fetch }, () => {})).handled).toBe(0);
  });

  it('refuses a feed item that is not a valid event, without moving the cursor past it', async () => {
    const broken = [events[0]!, { ...events[1]!, type: 'nope' } as unknown as ExchangeEvent];
    const { fetch } = fakeFeed(broken);
    const store = memoryCursorStore();
    await expect(syncFeed({ endpoint: 'http://exchange.test', store, fetch }, () => {})).rejects.toBeInstanceOf(ExchangeError);
    expect(store.cursor).toBe('00000001');
  });

  it('follows the feed after catching up until the caller aborts', async () => {
    const live = [...events.slice(0, 2)];
    const { fetch } = fakeFeed(live);
    const controller = new AbortController();
    const seen: string[] = [];
    const run = syncFeed({ endpoint: 'http://exchange.test', store: memoryCursorStore(), fetch, followIntervalMs: 10, signal: controller.signal }, (e) => {
      seen.push(e.id);
      if (seen.length === 2) setTimeout(() => live.push(events[2]!), 5);
      if (seen.length === 3) controller.abort();
    });
    await expect(run).rejects.toBeInstanceOf(AbortedError);
    expect(seen).toEqual(events.slice(0, 3).map((e) => e.id));
  });
});
