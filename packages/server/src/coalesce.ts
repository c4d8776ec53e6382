/**
 * Requests for one key that are run together: one run at a time per key, and the requests made while a run is in
 * flight wait for it to end and then go together in the next run — which therefore starts after each of them was
 * made, so each sees at least what it would have seen running alone. A run answers each of its requests in order;
 * when it fails, each of its requests fails with it.
 */
export class Coalescer<T, R> {
  private readonly queued = new Map<string, { item: T; resolve(result: R): void; reject(error: unknown): void }[]>();
  private readonly running = new Set<string>();

  constructor(private readonly run: (items: readonly T[]) => Promise<readonly R[]>) {}

  request(key: string, item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const queue = this.queued.get(key);
      if (queue) queue.push({ item, resolve, reject });
      else this.queued.set(key, [{ item, resolve, reject }]);
      if (!this.running.has(key)) void this.drain(key);
    });
  }

  private async drain(key: string): Promise<void> {
    this.running.add(key);
    try {
      await Promise.resolve(); // the requests of this turn of the event loop join the first run
      // the last look at the queue and the end of the drain happen in one turn (no await between): none is left behind
      for (let batch = this.take(key); batch; batch = this.take(key)) {
        try {
          const results = await this.run(batch.map((b) => b.item));
          batch.forEach((b, i) => b.resolve(results[i]!));
        } catch (error) {
          for (const b of batch) b.reject(error);
        }
      }
    } finally {
      this.running.delete(key);
    }
  }

  private take(key: string) {
    const batch = this.queued.get(key);
    this.queued.delete(key);
    return batch;
  }
}
