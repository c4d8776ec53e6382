import { count } from '../../../shared/count.js';

/** A one-line progress bar on stderr, redrawn at most ten times a second; cleared when done. */
export function progressBar(stream: NodeJS.WriteStream): { update(done: number, total: number, records: number): void; clear(): void } {
  const started = Date.now();
  let last = 0;
  let drawn = false;
  return {
    update(done, total, records) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 24;
      const ratio = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(ratio * width);
      const seconds = Math.max(0.001, (now - started) / 1000);
      const mbs = done / 1048576 / seconds;
      const line = `validating [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}%  ${count(records)} records  ${mbs.toFixed(1)} MB/s`;
      stream.write(`\r${line}\u001b[K`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\u001b[K');
      drawn = false;
    },
  };
}
