import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { verifyBundle, type KeySource, type VerifyResult } from '@gpos/sdk';
import check, { type CheckResult } from './check-worker.js';

/**
 * On a single core, bundles with more records than this are checked on a worker thread and smaller ones on the event
 * loop, where they cost less than the hand-over. With more cores every bundle is checked on a worker thread: checking
 * (signature, validation, digest) is most of a publish's work, and the event loop has the database and HTTP to do.
 */
export const INLINE_CHECK_RECORDS = 100;

/**
 * Verifies, validates and digests bundles on worker threads (a Piscina pool, started on first use), so checking them —
 * seconds for a large bundle — does not hold up every other request, `/healthz` included.
 */
export class BundleChecker {
  private pool: Piscina | undefined;
  private inFlight = 0;
  private readonly inlineRecords: number;

  constructor(
    private readonly threads = Math.max(1, Math.min(4, availableParallelism())),
    inlineRecords = availableParallelism() > 1 ? -1 : INLINE_CHECK_RECORDS,
  ) {
    this.inlineRecords = inlineRecords;
  }

  /** Bundles being checked on a worker thread now. */
  get checking(): number {
    return this.inFlight;
  }

  /**
   * The bundle's signature checked against `keys`, then (when it holds) the bundle validated. `json` is the bundle as
   * JSON text (JSON.stringify of it), when the caller has it: a worker thread is sent that text rather than the object.
   */
  async check(bundle: unknown, keys: KeySource, json = JSON.stringify(bundle)): Promise<CheckResult & { verified: VerifyResult }> {
    const records = (bundle as { records?: unknown }).records;
    if (!Array.isArray(records) || records.length <= this.inlineRecords) return (await check({ bundle, keys })) as CheckResult & { verified: VerifyResult };
    this.pool ??= startPool(this.threads);
    this.inFlight++;
    try {
      // keys travel to the worker when they are data; a key-fetching function stays here, and verifies here
      if (typeof keys === 'function') {
        const verified = await verifyBundle(bundle, { keys });
        if (!verified.ok) return { verified, valid: false, errors: 0, problems: [] };
        return { ...((await this.pool.run({ json })) as CheckResult), verified };
      }
      return (await this.pool.run({ json, keys })) as CheckResult & { verified: VerifyResult };
    } finally {
      this.inFlight--;
    }
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
    this.pool = undefined;
  }
}

function startPool(threads: number): Piscina {
  // from source (tests, `npm run dev`) the worker loads the TypeScript through tsx; published, it is dist/check-worker.js
  const source = import.meta.url.endsWith('.ts');
  const filename = new URL(source ? './check-worker.source.mjs' : './check-worker.js', import.meta.url).href;
  return new Piscina({ filename, minThreads: 0, maxThreads: threads, idleTimeout: 30_000, ...(source ? { execArgv: ['--conditions=@gpos/source'] } : {}) });
}
