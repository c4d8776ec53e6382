import type { ExchangeEvent } from '@gpos/exchange';
import type { Bundle } from '@gpos/types';
import { Coalescer } from './coalesce.js';
import type { ClaimedDelivery, PutResult, Storage, StoredEvent, StoredSubscription } from './storage.js';

/** The width of the buckets a partner's published bytes are counted in, in seconds. */
const USAGE_BUCKET_S = 10;
/** The usage bucket of the present moment, by the database's clock (which every process shares). */
const USAGE_BUCKET = `floor(extract(epoch FROM clock_timestamp()) / ${USAGE_BUCKET_S})::bigint`;

/** The schema, in order; plain PostgreSQL so the same migrations run on a real server. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS gpos_bundles (
     id text PRIMARY KEY,
     digest text NOT NULL,
     partner text NOT NULL,
     producer text NOT NULL,
     body jsonb NOT NULL,
     received_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE TABLE IF NOT EXISTS gpos_events (
     seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     id text NOT NULL UNIQUE,
     type text NOT NULL,
     producer text NOT NULL,
     bundle_id text REFERENCES gpos_bundles(id),
     body jsonb NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE TABLE IF NOT EXISTS gpos_subscriptions (
     id text PRIMARY KEY,
     partner text NOT NULL,
     url text NOT NULL,
     event_types jsonb NOT NULL,
     audience text NOT NULL,
     secret text NOT NULL,
     description text,
     created text NOT NULL
   );
   CREATE TABLE IF NOT EXISTS gpos_deliveries (
     subscription text NOT NULL,
     event_id text NOT NULL,
     attempts integer NOT NULL,
     last_status integer,
     last_error text,
     dead boolean NOT NULL DEFAULT false,
     PRIMARY KEY (subscription, event_id)
   );`,
  // events that are not bundles: a digest for idempotency, and the organisations they are addressed to
  `ALTER TABLE gpos_events ADD COLUMN IF NOT EXISTS digest text;
   ALTER TABLE gpos_events ADD COLUMN IF NOT EXISTS recipients jsonb;`,
  // webhook deliveries survive a restart: where each subscription starts, and which deliveries are done
  `ALTER TABLE gpos_subscriptions ADD COLUMN IF NOT EXISTS from_seq bigint NOT NULL DEFAULT 0;
   ALTER TABLE gpos_deliveries ADD COLUMN IF NOT EXISTS delivered boolean NOT NULL DEFAULT false;`,
  // which source owns each record id: the first to publish it; a later version from another source is refused
  `CREATE TABLE IF NOT EXISTS gpos_records (id text PRIMARY KEY, source text NOT NULL);
   INSERT INTO gpos_records (id, source)
     SELECT r->>'id', r->>'source' FROM (
       SELECT body AS bundle, received_at AS at FROM gpos_bundles
       UNION ALL SELECT body->'data'->'bundle', created_at FROM gpos_events WHERE bundle_id IS NULL AND body->'data' ? 'bundle'
     ) b, jsonb_array_elements(b.bundle->'records') r
     ORDER BY b.at
     ON CONFLICT (id) DO NOTHING;`,
  // what each partner has published, in bytes, for its quotas
  `ALTER TABLE gpos_events ADD COLUMN IF NOT EXISTS bytes bigint;
   UPDATE gpos_events SET bytes = octet_length(body::text) WHERE bytes IS NULL;
   CREATE INDEX IF NOT EXISTS gpos_events_producer_bytes ON gpos_events (producer, created_at) INCLUDE (bytes);`,
  // state every process shares: rate-limit and sign-in failure counters, and webhook deliveries as leased work items
  `CREATE TABLE IF NOT EXISTS gpos_counters (
     key text NOT NULL,
     window_ms bigint NOT NULL,
     window_start bigint NOT NULL,
     count integer NOT NULL,
     PRIMARY KEY (key, window_ms, window_start)
   );
   ALTER TABLE gpos_deliveries ADD COLUMN IF NOT EXISTS enqueued_at timestamptz NOT NULL DEFAULT now();
   ALTER TABLE gpos_deliveries ADD COLUMN IF NOT EXISTS last_attempt_at timestamptz;
   ALTER TABLE gpos_deliveries ADD COLUMN IF NOT EXISTS lease_owner text;
   ALTER TABLE gpos_deliveries ADD COLUMN IF NOT EXISTS lease_until timestamptz;
   UPDATE gpos_deliveries SET last_attempt_at = now() WHERE attempts > 0;
   -- what earlier versions left implicit (an event after a subscription's start with no delivery yet) becomes a work item
   INSERT INTO gpos_deliveries (subscription, event_id, attempts)
     SELECT s.id, e.id, 0 FROM gpos_subscriptions s JOIN gpos_events e ON e.seq > s.from_seq
      WHERE s.event_types = '[]'::jsonb OR s.event_types ? e.type
     ON CONFLICT (subscription, event_id) DO NOTHING;
   CREATE INDEX IF NOT EXISTS gpos_deliveries_open ON gpos_deliveries (enqueued_at) WHERE NOT delivered AND NOT dead;
   CREATE INDEX IF NOT EXISTS gpos_events_request_id ON gpos_events ((body->'data'->>'request_id')) WHERE type = 'takedown.requested';
   CREATE INDEX IF NOT EXISTS gpos_events_referral_id ON gpos_events ((body->'data'->>'referral_id')) WHERE type = 'case.referred';`,
  // a counter is written on every request: unlogged, it costs no write-ahead log and no fsync (a crash resets the
  // windows, which only ever lets a little more through)
  `ALTER TABLE gpos_counters SET UNLOGGED;`,
  // when each event was added, for TAXII's added_after: from the first event added after a time, in feed order
  `CREATE INDEX IF NOT EXISTS gpos_events_created_at ON gpos_events (created_at, seq);`,
  // what each partner has published, as running totals kept in the transaction that stores each event: in all
  // (bucket -1) and per 10-second bucket, so the quota check reads a few rows instead of summing the partner's events
  `CREATE TABLE IF NOT EXISTS gpos_usage (partner text NOT NULL, bucket bigint NOT NULL, bytes bigint NOT NULL, PRIMARY KEY (partner, bucket));
   INSERT INTO gpos_usage (partner, bucket, bytes) SELECT producer, -1, sum(coalesce(bytes, 0)) FROM gpos_events GROUP BY producer
     ON CONFLICT (partner, bucket) DO NOTHING;
   INSERT INTO gpos_usage (partner, bucket, bytes)
     SELECT producer, floor(extract(epoch FROM created_at) / ${USAGE_BUCKET_S})::bigint, sum(coalesce(bytes, 0)) FROM gpos_events GROUP BY 1, 2
     ON CONFLICT (partner, bucket) DO NOTHING;
   DROP INDEX IF EXISTS gpos_events_producer_bytes;`,
];

/**
 * When an event is added: the clock when its writer holds the writer lock, and always after the event before it,
 * so the times increase with the feed position (TAXII clients resume from the last `date_added` they saw; a time
 * that ran backwards, from a transaction that began earlier or a clock step, would hide an event from them).
 */
const ADDED_AT = `greatest(clock_timestamp(), (SELECT max(created_at) FROM gpos_events) + interval '1 microsecond')`;

/** A timestamptz as RFC 3339 UTC with microseconds: what PostgreSQL keeps, which a JS Date would cut to milliseconds. */
const addedText = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** What SqlStorage needs of a database: PGlite and a `pg` pool both provide it. */
export interface SqlQueryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: T[] }>;
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
}

export interface SqlDriver extends SqlQueryable {
  /**
   * Runs `fn` in a transaction on one connection: committed when it resolves, rolled back when it throws. `writer`:
   * the transaction holds the writer lock (see WRITER_LOCK_SQL) from its start, so writers over the database — in
   * every process sharing it — run one at a time.
   */
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>, options?: { readonly writer?: boolean }): Promise<T>;
  /**
   * Whether `transaction(fn, { writer: true })` holds the writer lock of its own accord (pgliteDriver and
   * postgresDriver do); when not, SqlStorage takes it as each writer's first statement.
   */
  readonly takesWriterLock?: boolean;
  close(): Promise<void>;
}

/**
 * Serialises writers (per schema), so feed positions commit in the order they are allocated and a reader never
 * passes a position that commits later — across every process that shares the database.
 */
export const WRITER_LOCK_SQL = 'SELECT pg_advisory_xact_lock(7340912, hashtext(current_schema()))';

type Row = Record<string, unknown>;

/** The exchange's storage in plain PostgreSQL SQL, over any SqlDriver: PGlite (embedded) or a PostgreSQL server. */
export class SqlStorage implements Storage {
  private hits = 0;
  private usageReads = 0;

  constructor(protected readonly db: SqlDriver) {}

  /**
   * Stores a bundle with its event, acknowledged (resolved) once committed. Bundles stored at the same time share one
   * transaction — one writer lock, one commit, one flush to disk — each with its own outcome; when that transaction
   * fails, each bundle is stored again alone, so one bundle's failure is never another's.
   */
  putBundle(input: PutBundleInput): Promise<Exclude<PutResult, { outcome: 'taken' }>> {
    return new Promise((resolve, reject) => {
      this.pending.push({ input, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        void this.flush();
      }
    });
  }

  private pending: PendingBundle[] = [];
  /** Whether flush() is running. */
  private flushing = false;

  /**
   * Stores what is pending, a batch a transaction, until nothing is. The loop's last look at `pending` and the clearing
   * of `flushing` happen in one turn (no await between), so a bundle queued meanwhile is never left waiting unseen.
   */
  private async flush(): Promise<void> {
    try {
      // the publishes that reach this point in this turn of the event loop, and those whose checks have come back from
      // the worker threads meanwhile (their messages are handled before setImmediate's callbacks), join the first batch
      await new Promise((resolve) => setImmediate(resolve));
      while (this.pending.length > 0) {
        let bytes = 0;
        let n = 0;
        while (n < this.pending.length && n < MAX_BATCH && (n === 0 || bytes + this.pending[n]!.input.bundle.records.length * 512 <= MAX_BATCH_BYTES)) {
          bytes += this.pending[n]!.input.bundle.records.length * 512;
          n++;
        }
        const batch = this.pending.splice(0, n);
        try {
          const results = await this.putBundles(batch.map((b) => b.input));
          batch.forEach((b, i) => b.resolve(results[i]!));
        } catch (error) {
          if (batch.length === 1) batch[0]!.reject(error);
          else for (const b of batch) await this.putBundles([b.input]).then(([r]) => b.resolve(r!), b.reject);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  private putBundles(inputs: readonly PutBundleInput[]): Promise<Exclude<PutResult, { outcome: 'taken' }>[]> {
    // one writer at a time: positions then commit in order, so a reader never passes a position that commits later
    return this.write(async (tx) => {
      if (inputs.length > 1) {
        const together = await putNewBundles(tx, inputs);
        if (together) return together;
      }
      const results: Exclude<PutResult, { outcome: 'taken' }>[] = [];
      for (const input of inputs) results.push(await putOneBundle(tx, input));
      return results;
    });
  }

  /** Runs `fn` in a transaction that holds the writer lock from its start. */
  private write<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      if (!this.db.takesWriterLock) await tx.query(WRITER_LOCK_SQL);
      return fn(tx);
    }, { writer: true });
  }

  async putEvent({ event, digest, recipients, unique }: Parameters<Storage['putEvent']>[0]): Promise<PutResult> {
    return this.write(async (tx) => {
      if (unique !== undefined) {
        const { rows } = await tx.query(`SELECT 1 FROM gpos_events WHERE type = $1 AND body->'data'->>$2 = $3 AND id <> $4 LIMIT 1`, [
          event.type,
          unique,
          String((event.data as Record<string, unknown>)[unique]),
          event.id,
        ]);
        if (rows.length > 0) return { outcome: 'taken' };
      }
      const bundle = (event.data as { bundle?: Bundle }).bundle;
      const foreign = bundle && (await foreignRecord(tx, bundle));
      if (foreign) return { outcome: 'foreign_record', recordId: foreign };
      const { rows } = await tx.query<{ seq: number }>(
        `WITH event AS (
           INSERT INTO gpos_events (id, type, producer, body, digest, recipients, bytes, created_at) VALUES ($1, $2, $3, $4::jsonb, $5, $6::jsonb, octet_length($4::text), ${ADDED_AT})
             ON CONFLICT (id) DO NOTHING RETURNING seq, producer, bytes
         ), usage AS (${ADD_USAGE})
         SELECT seq FROM event`,
        [event.id, event.type, event.producer, JSON.stringify(event), digest, recipients === undefined ? null : JSON.stringify(recipients)],
      );
      if (rows[0]) {
        if (bundle) await claimRecords(tx, bundle);
        await enqueueDeliveries(tx, event);
        return { outcome: 'stored', eventId: event.id, seq: Number(rows[0].seq) };
      }
      const existing = await tx.query<{ seq: number; digest: string | null }>(`SELECT seq, digest FROM gpos_events WHERE id = $1`, [event.id]);
      const row = existing.rows[0];
      return row && row.digest === digest ? { outcome: 'duplicate', eventId: event.id, seq: Number(row.seq) } : { outcome: 'conflict' };
    });
  }

  async findEvent(type: string, field: string, value: string): Promise<StoredEvent | undefined> {
    const { rows } = await this.db.query<{ seq: number; body: ExchangeEvent; recipients: string[] | null; bundle: unknown }>(
      `SELECT ${EVENT_COLUMNS} FROM ${EVENT_FROM} WHERE e.type = $1 AND e.body->'data'->>$2 = $3 ORDER BY e.seq LIMIT 1`,
      [type, field, value],
    );
    return rows[0] && storedEvent(rows[0]);
  }

  async readEvents(after: number, limit: number, maxBytes = Number.MAX_SAFE_INTEGER): Promise<StoredEvent[]> {
    // a running total of the events' sizes picks the rows before reading any body: the first row always
    const { rows } = await this.db.query<{ seq: number; body: ExchangeEvent; recipients: string[] | null; bundle: unknown; added: string }>(
      `WITH sized AS (
         SELECT seq, sum(coalesce(bytes, pg_column_size(body))) OVER (ORDER BY seq) - coalesce(bytes, pg_column_size(body)) AS before
           FROM gpos_events WHERE seq > $1 ORDER BY seq LIMIT $2
       )
       SELECT ${EVENT_COLUMNS}, ${addedText('e.created_at')} AS added
         FROM sized JOIN gpos_events e ON e.seq = sized.seq LEFT JOIN gpos_bundles b ON b.id = e.bundle_id
        WHERE sized.before < $3 ORDER BY e.seq`,
      [after, limit, maxBytes],
    );
    return rows.map(storedEvent);
  }

  async positionAddedAfter(time: string): Promise<number> {
    const { rows } = await this.db.query<{ seq: number | null }>(`SELECT min(seq) - 1 AS seq FROM gpos_events WHERE created_at > $1::timestamptz`, [time]);
    return rows[0]?.seq === null || rows[0]?.seq === undefined ? this.head() : Number(rows[0].seq);
  }

  /**
   * Reads asked for one partner and window while another is in flight go together in the next one (each then sees
   * at least what its own read would have): one statement for a burst of publishes instead of one each.
   */
  publishedBytes(partner: string, sinceMs: number): Promise<{ recent: number; total: number }> {
    return this.usage.request(`${sinceMs}\u0000${partner}`, { partner, sinceMs });
  }

  private readonly usage = new Coalescer<{ partner: string; sinceMs: number }, { recent: number; total: number }>(async (asked) => {
    const used = await this.readUsage(asked[0]!.partner, asked[0]!.sinceMs);
    return asked.map(() => used);
  });

  private async readUsage(partner: string, sinceMs: number): Promise<{ recent: number; total: number }> {
    // buckets long over are dropped now and then, by whichever process checks (a day at least: another process may
    // count over a longer window)
    if (++this.usageReads % 1000 === 0) {
      await this.db.query(`DELETE FROM gpos_usage WHERE bucket >= 0 AND bucket < ${USAGE_BUCKET} - $1::float8 / ${USAGE_BUCKET_S * 1000}`, [Math.max(2 * sinceMs, 86_400_000)]);
    }
    // the running totals: all the partner has published (bucket -1), and the buckets the window reaches into (the
    // window rounded out to a whole bucket: up to 10 s more than `sinceMs`, never less)
    const { rows } = await this.db.query<{ recent: string | null; total: string | null }>(
      `SELECT sum(bytes) FILTER (WHERE bucket >= 0) AS recent, sum(bytes) FILTER (WHERE bucket = -1) AS total
         FROM gpos_usage WHERE partner = $1 AND (bucket = -1 OR bucket >= floor((extract(epoch FROM clock_timestamp()) - $2::float8 / 1000) / ${USAGE_BUCKET_S})::bigint)`,
      [partner, sinceMs],
    );
    return { recent: Number(rows[0]?.recent ?? 0), total: Number(rows[0]?.total ?? 0) };
  }

  async head(): Promise<number> {
    const { rows } = await this.db.query<{ seq: number | null }>(`SELECT max(seq) AS seq FROM gpos_events`);
    return Number(rows[0]?.seq ?? 0);
  }

  async createSubscription(s: StoredSubscription): Promise<void> {
    // under the writer lock: an event is either before from_seq or sees the subscription and queues its delivery
    await this.write(async (tx) => {
      await tx.query(
      `INSERT INTO gpos_subscriptions (id, partner, url, event_types, audience, secret, description, created, from_seq)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, (SELECT coalesce(max(seq), 0) FROM gpos_events))`,
        [s.id, s.partner, s.url, JSON.stringify(s.eventTypes), s.audience, s.secret, s.description ?? null, s.created],
      );
    });
  }

  async listSubscriptions(partner?: string): Promise<StoredSubscription[]> {
    const { rows } = partner === undefined
      ? await this.db.query<Row>(`SELECT * FROM gpos_subscriptions ORDER BY created, id`)
      : await this.db.query<Row>(`SELECT * FROM gpos_subscriptions WHERE partner = $1 ORDER BY created, id`, [partner]);
    return rows.map(subscriptionOf);
  }

  async deleteSubscription(partner: string, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query(`DELETE FROM gpos_subscriptions WHERE partner = $1 AND id = $2 RETURNING id`, [partner, id]);
      if (rows.length > 0) await tx.query(`DELETE FROM gpos_deliveries WHERE subscription = $1`, [id]);
      return rows.length > 0;
    });
  }

  async claimDeliveries({ owner, schedule, leaseMs, limit }: Parameters<Storage['claimDeliveries']>[0]): Promise<ClaimedDelivery[]> {
    const { rows } = await this.db.query<Row>(
      `WITH due AS (
         SELECT subscription, event_id FROM gpos_deliveries
          WHERE NOT delivered AND NOT dead AND (lease_until IS NULL OR lease_until < now())
            AND (attempts >= $2 OR coalesce(last_attempt_at, enqueued_at) + make_interval(secs => ($1::float8[])[attempts + 1] / 1000) <= now())
          ORDER BY enqueued_at LIMIT $3
          FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE gpos_deliveries d SET lease_owner = $4, lease_until = now() + make_interval(secs => $5::float8 / 1000)
           FROM due WHERE d.subscription = due.subscription AND d.event_id = due.event_id
         RETURNING d.subscription, d.event_id, d.attempts
       )
       SELECT c.attempts, e.seq, e.body AS event_body, e.recipients, b.body AS bundle, s.*
         FROM claimed c JOIN gpos_events e ON e.id = c.event_id LEFT JOIN gpos_bundles b ON b.id = e.bundle_id
         JOIN gpos_subscriptions s ON s.id = c.subscription`,
      [schedule, schedule.length, limit, owner, leaseMs],
    );
    return rows.map((r) => ({
      subscription: subscriptionOf(r),
      stored: storedEvent({ seq: r.seq as number, body: r.event_body as ExchangeEvent, recipients: r.recipients as string[] | null, bundle: r.bundle }),
      attempts: Number(r.attempts),
    }));
  }

  async recordDelivery(d: Parameters<Storage['recordDelivery']>[0]): Promise<boolean> {
    const { rows } = await this.db.query(
      `UPDATE gpos_deliveries SET attempts = $4, last_status = $5, last_error = $6, delivered = $7, dead = $8, last_attempt_at = now(), lease_owner = NULL, lease_until = NULL
        WHERE subscription = $1 AND event_id = $2 AND lease_owner = $3 RETURNING event_id`,
      [d.subscription, d.eventId, d.owner, d.attempt, d.status, d.error ?? null, d.delivered, d.dead],
    );
    return rows.length > 0;
  }

  async releaseDeliveries(owner: string): Promise<void> {
    await this.db.query(`UPDATE gpos_deliveries SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = $1`, [owner]);
  }

  /**
   * Counts asked for one key and window while another count of it is in flight go together in the next statement,
   * which adds them all; each is answered the count it would have had counted alone, in the order asked. The count
   * is in the database either way, so every process sharing it enforces one limit.
   */
  hit(key: string, windowMs: number, by = 1): Promise<{ count: number; resetAt: number }> {
    return this.counting.request(`${windowMs}\u0000${key}`, { key, windowMs, by });
  }

  private readonly counting = new Coalescer<{ key: string; windowMs: number; by: number }, { count: number; resetAt: number }>(async (asked) => {
    const total = asked.reduce((sum, a) => sum + a.by, 0);
    const { count, resetAt } = await this.count(asked[0]!.key, asked[0]!.windowMs, total);
    let before = count - total;
    return asked.map((a) => ({ count: (before += a.by), resetAt }));
  });

  private async count(key: string, windowMs: number, by: number): Promise<{ count: number; resetAt: number }> {
    // windows are aligned to the clock, which every process over the database shares (NTP keeps hosts within
    // milliseconds of one another); now and then, windows long over are dropped by whichever process counts
    const start = windowStart(windowMs);
    if (++this.hits % 1000 === 0) await this.db.query(`DELETE FROM gpos_counters WHERE window_start + 2 * window_ms < $1`, [Date.now()]);
    const { rows } = await this.db.query<{ count: number }>(
      `INSERT INTO gpos_counters (key, window_ms, window_start, count) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key, window_ms, window_start) DO UPDATE SET count = gpos_counters.count + $4
       RETURNING count`,
      [key, windowMs, start, by],
    );
    return { count: Number(rows[0]!.count), resetAt: start + windowMs };
  }

  async peek(key: string, windowMs: number): Promise<{ count: number; resetAt: number }> {
    const start = windowStart(windowMs);
    const { rows } = await this.db.query<{ count: number }>(`SELECT count FROM gpos_counters WHERE key = $1 AND window_ms = $2 AND window_start = $3`, [key, windowMs, start]);
    return { count: Number(rows[0]?.count ?? 0), resetAt: start + windowMs };
  }

  async deadLetters(subscription: string): Promise<{ eventId: string; attempts: number; lastError: string | null }[]> {
    const { rows } = await this.db.query<{ event_id: string; attempts: number; last_error: string | null }>(
      `SELECT event_id, attempts, last_error FROM gpos_deliveries WHERE subscription = $1 AND dead ORDER BY event_id`,
      [subscription],
    );
    return rows.map((r) => ({ eventId: r.event_id, attempts: r.attempts, lastError: r.last_error }));
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

const windowStart = (windowMs: number) => Math.floor(Date.now() / windowMs) * windowMs;

const subscriptionOf = (r: Row): StoredSubscription => ({
  id: r.id as string,
  partner: r.partner as string,
  url: r.url as string,
  eventTypes: r.event_types as string[],
  audience: r.audience as string,
  secret: r.secret as string,
  created: r.created as string,
  fromSeq: Number(r.from_seq ?? 0),
  ...(r.description ? { description: r.description as string } : {}),
});

type PutBundleInput = Parameters<Storage['putBundle']>[0];
interface PendingBundle {
  readonly input: PutBundleInput;
  resolve(result: Exclude<PutResult, { outcome: 'taken' }>): void;
  reject(error: unknown): void;
}
/** Most bundles, and most records (counted at 512 bytes each), stored in one transaction. */
const MAX_BATCH = 64;
const MAX_BATCH_BYTES = 8 * 1024 * 1024;

/**
 * The first of the record ids $1 (with sources $2) that another source owns. The ids are looked up by the primary key
 * (`= ANY`), whatever the planner thinks of unnest's size.
 */
const FOREIGN_RECORD = `SELECT n.id FROM gpos_records r JOIN unnest($1::text[], $2::text[]) AS n(id, source) ON n.id = r.id
  WHERE r.id = ANY($1::text[]) AND r.source <> n.source LIMIT 1`;
/** The same, when every record names one source, $2. */
const FOREIGN_RECORD_ONE_SOURCE = `SELECT r.id FROM gpos_records r WHERE r.id = ANY($1::text[]) AND r.source <> $2::text LIMIT 1`;

/**
 * Adds the bytes of the rows of `event` (producer, bytes) to its producer's running totals: in all (bucket -1) and in
 * the present bucket.
 */
const ADD_USAGE = `INSERT INTO gpos_usage (partner, bucket, bytes)
  SELECT producer, b, sum(bytes) FROM event, unnest(ARRAY[-1, ${USAGE_BUCKET}]) AS b GROUP BY producer, b
  ON CONFLICT (partner, bucket) DO UPDATE SET bytes = gpos_usage.bytes + excluded.bytes`;

/**
 * Stores one bundle in one statement, under the writer lock: the ownership check, the bundle row, and — when the
 * bundle row was new — its event (the envelope only: readers take the bundle from its row, so its body is stored and
 * indexed once), the ownership of its record ids, the webhook deliveries it queues and its producer's running totals.
 * $2 is the records' one source when they share it (as they nearly always do), else the list of their sources.
 */
const putBundleSql = (oneSource: boolean) => `WITH foreign_record AS (${oneSource ? FOREIGN_RECORD_ONE_SOURCE : FOREIGN_RECORD}),
  inserted AS (
    INSERT INTO gpos_bundles (id, digest, partner, producer, body)
      SELECT $3, $4, $5, $6, $7::jsonb WHERE NOT EXISTS (SELECT 1 FROM foreign_record)
      ON CONFLICT (id) DO NOTHING RETURNING id
  ), event AS (
    INSERT INTO gpos_events (id, type, producer, bundle_id, body, bytes, created_at)
      SELECT $8, $9, $10, id, $11::jsonb, $12, ${ADDED_AT} FROM inserted RETURNING seq, producer, bytes
  ), records AS (
    INSERT INTO gpos_records (id, source)
      SELECT ${oneSource ? 'n.id, $2::text FROM unnest($1::text[]) AS n(id)' : 'n.id, n.source FROM unnest($1::text[], $2::text[]) AS n(id, source)'} WHERE EXISTS (SELECT 1 FROM inserted)
      ON CONFLICT (id) DO NOTHING
  ), deliveries AS (
    INSERT INTO gpos_deliveries (subscription, event_id, attempts, lease_owner, lease_until)
      SELECT s.id, $8, 0, $13::text, now() + make_interval(secs => $14::float8 / 1000)
        FROM gpos_subscriptions s, inserted WHERE s.event_types = '[]'::jsonb OR s.event_types ? $9
      RETURNING subscription
  ), usage AS (${ADD_USAGE})
SELECT (SELECT id FROM foreign_record) AS foreign, (SELECT seq FROM event) AS seq, (SELECT count(*)::int FROM deliveries) AS deliveries,
  CASE WHEN $13::text IS NOT NULL THEN (SELECT json_agg(s.*) FROM deliveries d JOIN gpos_subscriptions s ON s.id = d.subscription) END AS leased`;
const PUT_BUNDLE = { one: putBundleSql(true), many: putBundleSql(false) };

/**
 * New bundles stored together in one statement: their rows, their events (positions and times in the batch's order),
 * the ownership of their record ids, the deliveries they queue and their producers' running totals — unless any of
 * them is stored already or any of their record ids ($10, with sources $11: one source for all when $14) is another
 * source's, when nothing is written and no row answered. The bundles' bodies are parameters of their own ($15 on),
 * not an array: an array's text form escapes every quote of every body, and the database unescapes them again. One
 * row per event: its id, position, deliveries and (with a lease) the subscriptions leased.
 */
const putNewBundlesSql = (count: number) => `WITH input AS (
    SELECT i.*, b.body FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::bigint[]) WITH ORDINALITY
      AS i(bundle_id, digest, partner, producer, event_id, event_type, event_producer, event_body, bytes, n)
      JOIN (VALUES ${Array.from({ length: count }, (_, i) => `(${i + 1}, $${i + 15}::text)`).join(', ')}) AS b(n, body) ON b.n = i.n
  ), clash AS (
    SELECT EXISTS (SELECT 1 FROM gpos_bundles WHERE id = ANY($1::text[]))
      OR (CASE WHEN $14::boolean
        THEN EXISTS (SELECT 1 FROM gpos_records r WHERE r.id = ANY($10::text[]) AND r.source <> ($11::text[])[1])
        ELSE EXISTS (SELECT 1 FROM gpos_records r JOIN unnest($10::text[], $11::text[]) AS n(id, source) ON n.id = r.id WHERE r.id = ANY($10::text[]) AND r.source <> n.source)
      END) AS clash
  ), fresh AS (
    SELECT input.* FROM input, clash WHERE NOT clash.clash
  ), bundles AS (
    INSERT INTO gpos_bundles (id, digest, partner, producer, body) SELECT bundle_id, digest, partner, producer, body::jsonb FROM fresh
  ), event AS (
    INSERT INTO gpos_events (id, type, producer, bundle_id, body, bytes, created_at)
      SELECT event_id, event_type, event_producer, bundle_id, event_body::jsonb, bytes, ${ADDED_AT} + n * interval '1 microsecond' FROM fresh ORDER BY n
      RETURNING id, seq, producer, bytes
  ), records AS (
    INSERT INTO gpos_records (id, source) SELECT n.id, n.source FROM unnest($10::text[], $11::text[]) AS n(id, source), clash WHERE NOT clash.clash
      ON CONFLICT (id) DO NOTHING
  ), deliveries AS (
    INSERT INTO gpos_deliveries (subscription, event_id, attempts, lease_owner, lease_until)
      SELECT s.id, i.event_id, 0, $12::text, now() + make_interval(secs => $13::float8 / 1000)
        FROM fresh i JOIN gpos_subscriptions s ON s.event_types = '[]'::jsonb OR s.event_types ? i.event_type
      RETURNING subscription, event_id
  ), usage AS (${ADD_USAGE})
SELECT e.id, e.seq, (SELECT count(*)::int FROM deliveries d WHERE d.event_id = e.id) AS deliveries,
  CASE WHEN $12::text IS NOT NULL THEN (SELECT coalesce(json_agg(s.*), '[]'::json) FROM deliveries d JOIN gpos_subscriptions s ON s.id = d.subscription WHERE d.event_id = e.id) END AS leased
  FROM event e`;
/** The statement for each batch size met so far (at most MAX_BATCH). */
const PUT_NEW_BUNDLES = new Map<number, string>();

/**
 * A batch of bundles in one statement rather than one each (the statements, not their rows, are most of the cost on
 * PGlite): when none of them is stored already, none names a record id another source owns and no record id or
 * bundle id comes twice in the batch, all are stored at once; otherwise undefined (nothing written), and they are
 * stored one by one. All of them share one lease, as they share one transaction.
 */
async function putNewBundles(tx: SqlQueryable, inputs: readonly PutBundleInput[]): Promise<Exclude<PutResult, { outcome: 'taken' }>[] | undefined> {
  const columns = inputs.map((input) => recordColumns(input.bundle));
  const ids = columns.flatMap(([i]) => i);
  const sources = columns.flatMap(([, s]) => s);
  const bundleIds = inputs.map((i) => i.bundle.id);
  if (new Set(ids).size !== ids.length || new Set(bundleIds).size !== bundleIds.length) return undefined;
  const lease = inputs[0]!.lease;
  if (inputs.some((i) => i.lease?.owner !== lease?.owner || i.lease?.ms !== lease?.ms)) return undefined;
  const oneSource = sources.every((source) => source === sources[0]);
  const rows = inputs.map(({ bundle, digest, partner, event, body = JSON.stringify(bundle) }) => {
    const { data: _bundle, ...envelope } = event as ExchangeEvent & { data: { bundle?: unknown } };
    const eventBody = JSON.stringify({ ...envelope, data: {} });
    return { bundle, digest, partner, event, body, eventBody, bytes: Buffer.byteLength(eventBody) + Buffer.byteLength(body) + '"bundle":'.length };
  });
  let sql = PUT_NEW_BUNDLES.get(rows.length);
  if (sql === undefined) PUT_NEW_BUNDLES.set(rows.length, (sql = putNewBundlesSql(rows.length)));
  const { rows: stored } = await tx.query<{ id: string; seq: number | string; deliveries: number; leased: Row[] | null }>(sql, [
    bundleIds,
    rows.map((r) => r.digest),
    rows.map((r) => r.partner),
    rows.map((r) => r.bundle.producer),
    rows.map((r) => r.event.id),
    rows.map((r) => r.event.type),
    rows.map((r) => r.event.producer),
    rows.map((r) => r.eventBody),
    rows.map((r) => r.bytes),
    ids,
    sources,
    lease?.owner ?? null,
    lease?.ms ?? null,
    oneSource,
    ...rows.map((r) => r.body),
  ]);
  if (stored.length === 0) return undefined;
  const byEvent = new Map(stored.map((r) => [r.id, r]));
  return rows.map(({ event }) => {
    const row = byEvent.get(event.id)!;
    const result = { outcome: 'stored' as const, eventId: event.id, seq: Number(row.seq), deliveries: Number(row.deliveries) };
    return lease ? { ...result, leased: (row.leased ?? []).map(subscriptionOf) } : result;
  });
}

/** One bundle, under the writer lock: one statement when it is new (see putBundleSql), a second when it is not. */
async function putOneBundle(tx: SqlQueryable, { bundle, digest, partner, event, body = JSON.stringify(bundle), lease }: PutBundleInput): Promise<Exclude<PutResult, { outcome: 'taken' }>> {
  const [ids, sources] = recordColumns(bundle);
  const oneSource = sources.every((s) => s === sources[0]);
  const { data: _bundle, ...envelope } = event as ExchangeEvent & { data: { bundle?: unknown } };
  const eventBody = JSON.stringify({ ...envelope, data: {} });
  // the size of the event as it is served: its envelope with the bundle in it
  const bytes = Buffer.byteLength(eventBody) + Buffer.byteLength(body) + '"bundle":'.length;
  const { rows } = await tx.query<{ foreign: string | null; seq: number | string | null; deliveries: number; leased: Row[] | null }>(oneSource ? PUT_BUNDLE.one : PUT_BUNDLE.many, [
    ids,
    oneSource ? (sources[0] ?? '') : sources,
    bundle.id,
    digest,
    partner,
    bundle.producer,
    body,
    event.id,
    event.type,
    event.producer,
    eventBody,
    bytes,
    lease?.owner ?? null,
    lease?.ms ?? null,
  ]);
  const row = rows[0]!;
  if (row.foreign !== null) return { outcome: 'foreign_record', recordId: row.foreign };
  if (row.seq !== null) {
    const stored = { outcome: 'stored' as const, eventId: event.id, seq: Number(row.seq), deliveries: Number(row.deliveries) };
    return lease ? { ...stored, leased: (row.leased ?? []).map(subscriptionOf) } : stored;
  }
  const existing = await tx.query<{ digest: string; event_id: string; seq: number }>(
    `SELECT b.digest, e.id AS event_id, e.seq FROM gpos_bundles b JOIN gpos_events e ON e.bundle_id = b.id WHERE b.id = $1 ORDER BY e.seq LIMIT 1`,
    [bundle.id],
  );
  const found = existing.rows[0];
  return found && found.digest === digest ? { outcome: 'duplicate', eventId: found.event_id, seq: Number(found.seq) } : { outcome: 'conflict' };
}

/** An event row as stored, with a bundle event's bundle put back from its own row. */
const EVENT_COLUMNS = `e.seq, e.body, e.recipients, b.body AS bundle`;
const EVENT_FROM = `gpos_events e LEFT JOIN gpos_bundles b ON b.id = e.bundle_id`;

const storedEvent = (r: { seq: number | string; body: ExchangeEvent; recipients: string[] | null; bundle: unknown; added?: string }): StoredEvent => ({
  seq: Number(r.seq),
  ...(r.added === undefined ? {} : { added: r.added }),
  event: r.bundle == null ? r.body : ({ ...r.body, data: { ...(r.body.data as object), bundle: r.bundle } } as ExchangeEvent),
  ...(r.recipients ? { recipients: r.recipients } : {}),
});

/** Queues a webhook delivery of `event` for every subscription to its type, in the transaction that stores it. */
async function enqueueDeliveries(tx: SqlQueryable, event: ExchangeEvent): Promise<void> {
  await tx.query(
    `INSERT INTO gpos_deliveries (subscription, event_id, attempts) SELECT id, $1, 0 FROM gpos_subscriptions WHERE event_types = '[]'::jsonb OR event_types ? $2`,
    [event.id, event.type],
  );
}

const recordColumns = (bundle: Bundle): [string[], string[]] => {
  const records = bundle.records as unknown as { id: string; source: string }[];
  return [records.map((r) => r.id), records.map((r) => r.source)];
};

/** The first record of `bundle` whose id another source owns (under the writer lock, so no race), if any. */
async function foreignRecord(tx: SqlQueryable, bundle: Bundle): Promise<string | undefined> {
  const { rows } = await tx.query<{ id: string }>(FOREIGN_RECORD, recordColumns(bundle));
  return rows[0]?.id;
}

/** Records the source of every record id seen for the first time. */
async function claimRecords(tx: SqlQueryable, bundle: Bundle): Promise<void> {
  await tx.query(`INSERT INTO gpos_records (id, source) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (id) DO NOTHING`, recordColumns(bundle));
}

/**
 * Applies the migrations not yet applied, in order, each in a transaction. A transaction-scoped advisory lock
 * (per schema) makes concurrent starts of several processes over one database safe: one migrates, the others wait
 * and then find nothing left to do.
 */
export async function migrate(db: SqlDriver): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(7340913, hashtext(current_schema()))`);
    await tx.exec(`CREATE TABLE IF NOT EXISTS gpos_migrations (version integer PRIMARY KEY)`);
    const { rows } = await tx.query<{ v: number | null }>(`SELECT max(version) AS v FROM gpos_migrations`);
    for (let v = Number(rows[0]?.v ?? 0) + 1; v <= MIGRATIONS.length; v++) {
      await tx.exec(MIGRATIONS[v - 1]!);
      await tx.query(`INSERT INTO gpos_migrations (version) VALUES ($1)`, [v]);
    }
  });
}
