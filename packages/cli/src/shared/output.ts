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

/** A streamed output file that appears under its name only when committed; writes wait for the disk (bounded memory). */
export { fileSink as atomicSink, stdoutSink, type Sink as LineSink } from './records/sink.js';
