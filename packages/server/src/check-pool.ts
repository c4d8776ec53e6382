import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type checkInWorker from './check-worker.js';

type CheckResult = ReturnType<typeof checkInWorker>;

/** Bundles with more records than this are validated on a worker thread; smaller ones cost less than the hand-over. */
export const INLINE_CHECK_RECORDS = 100;

/**
 * Validates bundles on worker threads (a Piscina pool, started on first use), so checking a large bundle does not
 * hold up every other request — `/healthz` included — for the seconds it takes.
 */
export class BundleChecker {
  private pool: Piscina | undefined;
  private inFlight = 0;

  constructor(private readonly threads = Math.max(1, Math.min(4, availableParallelism() - 1))) {}

  /** Bundles being checked on a worker thread now. */
  get checking(): number {
    return this.inFlight;
  }

  async check(bundle: unknown): Promise<CheckResult> {
    const records = (bundle as { records?: unknown }).records;
    if (!Array.isArray(records) || records.length <= INLINE_CHECK_RECORDS) {
      const { default: check } = await import('./check-worker.js');
      return check(bundle);
    }
    this.pool ??= startPool(this.threads);
    this.inFlight++;
    try {
      return (await this.pool.run(bundle)) as CheckResult;
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
