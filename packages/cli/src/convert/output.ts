import { createWriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';

/** Writes next to the target and renames into place, so a failed conversion never leaves half a file behind. */
export async function writeAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${target}.${process.pid}.partial`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export interface LineSink {
  write(text: string): Promise<void>;
  /** Keeps what was written (renames it into place). */
  commit(): Promise<void>;
  /** Drops what was written. */
  abort(): Promise<void>;
}

/** A streamed output file that appears under its name only when committed; writes wait for the disk (bounded memory). */
export function atomicSink(target: string): LineSink {
  const temporary = `${target}.${process.pid}.partial`;
  const stream = createWriteStream(temporary);
  let failure: Error | undefined;
  stream.on('error', (error) => (failure = error));
  const end = () => new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return {
    async write(text) {
      if (failure) throw failure;
      if (!stream.write(text)) await new Promise<void>((resolve, reject) => {
        stream.once('drain', resolve);
        stream.once('error', reject);
      });
    },
    async commit() {
      await end();
      if (failure) throw failure;
      await rename(temporary, target);
    },
    async abort() {
      await end().catch(() => undefined);
      await rm(temporary, { force: true });
    },
  };
}

/** Standard output as a sink: nothing to take back, so an aborted run says so on stderr (the caller's job). */
export function stdoutSink(write: (text: string) => void): LineSink {
  return { write: async (text) => write(text), commit: async () => undefined, abort: async () => undefined };
}
