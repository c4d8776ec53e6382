import { createReadStream, createWriteStream, mkdtempSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The output could not be written (a missing folder, a full disk): status 2, never blamed on an input. */
export class SinkError extends Error {
  constructor(readonly target: string, override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** Where a transforming command writes: an output file that appears only when committed, or standard output. */
export interface Sink {
  write(text: string): Promise<void>;
  /** Keeps what was written (renames the file into place). */
  commit(): Promise<void>;
  /** Drops what was written. */
  abort(): Promise<void>;
}

/**
 * A file written next to its target and renamed into place on commit, so the target is never half-written (and may
 * be one of the inputs). Writes wait for the disk when its buffer is full, so memory stays bounded; each wait
 * removes its listeners again, however many waits a long feed needs.
 */
export function fileSink(target: string): Sink {
  const temporary = `${target}.${process.pid}.partial`;
  const stream = createWriteStream(temporary);
  let failure: Error | undefined;
  stream.on('error', (error) => (failure = error));
  const drained = () =>
    new Promise<void>((resolve, reject) => {
      const onDrain = () => {
        stream.off('error', onError);
        resolve();
      };
      const onError = (error: Error) => {
        stream.off('drain', onDrain);
        reject(error);
      };
      stream.once('drain', onDrain);
      stream.once('error', onError);
    });
  const end = () =>
    stream.destroyed ? Promise.resolve() : new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  const fail = (error: unknown) => new SinkError(target, error);
  return {
    async write(text) {
      if (failure) throw fail(failure);
      try {
        if (!stream.write(text)) await drained();
      } catch (error) {
        throw fail(error);
      }
    },
    async commit() {
      try {
        await end();
        if (failure) throw failure;
        await rename(temporary, target);
      } catch (error) {
        throw fail(error);
      }
    },
    async abort() {
      await end().catch(() => undefined);
      await rm(temporary, { force: true }).catch(() => undefined);
    },
  };
}

/** Standard output: nothing to take back, so an aborted run says so on stderr (the caller's job). */
export function stdoutSink(write: (text: string) => void): Sink {
  return { write: async (text) => write(text), commit: async () => undefined, abort: async () => undefined };
}

/**
 * Standard output that receives nothing until the run succeeds: the text is spooled to a temporary file (bounded
 * memory, whatever its size) and copied to stdout on commit, so a failed run writes nothing there either.
 */
export function spooledStdoutSink(write: (text: string) => void): Sink {
  const dir = mkdtempSync(join(tmpdir(), 'gpos-out-'));
  const spool = fileSink(join(dir, 'out'));
  const cleanup = () => rm(dir, { recursive: true, force: true }).catch(() => undefined);
  return {
    write: (text) => spool.write(text),
    async commit() {
      try {
        await spool.commit();
        for await (const chunk of createReadStream(join(dir, 'out'), { encoding: 'utf8', highWaterMark: 1024 * 1024 })) write(chunk as string);
      } finally {
        await cleanup();
      }
    },
    async abort() {
      await spool.abort();
      await cleanup();
    },
  };
}
