import { fstatSync, writeSync } from 'node:fs';

/**
 * Standard output or error for the `gpos` binary. Node's `process.stdout` and `process.stderr` are objects built
 * on first use — a stream, and for a pipe a socket with Node's networking code — which cost a one-record
 * `gpos validate` about a twentieth of bare Node's start-up. A pipe, a socket or a file cannot be a terminal, so
 * text for one is written straight to the descriptor, synchronously, as Node's own stream writes pipes and files
 * on Linux. A character device may be a terminal and any descriptor may be non-blocking (shared with a parent
 * that made it so): those go through Node's stream, which knows the terminal and waits for a full pipe.
 */
export interface Output {
  write(text: string): void;
  readonly isTty: boolean;
}

/**
 * `stream` builds Node's stream (called once, when first needed); `onBrokenPipe` is what a closed pipe does
 * (without it, the text goes to Node's stream, which reports the error as it always has).
 */
export function output(fd: 1 | 2, stream: () => NodeJS.WriteStream, onBrokenPipe?: () => void): Output {
  let node: NodeJS.WriteStream | undefined;
  const nodeStream = () => (node ??= stream());
  let direct: boolean;
  try {
    direct = !fstatSync(fd).isCharacterDevice();
  } catch {
    direct = false; // closed or odd: Node's stream reports it as it always has
  }
  return {
    get isTty() {
      return !direct && nodeStream().isTTY === true;
    },
    write(text) {
      if (!direct) {
        nodeStream().write(text);
        return;
      }
      const bytes = Buffer.from(text, 'utf8');
      let offset = 0;
      while (offset < bytes.length) {
        try {
          offset += writeSync(fd, bytes, offset);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EPIPE' && onBrokenPipe) return onBrokenPipe();
          // a non-blocking descriptor that is full (EAGAIN), or anything else: Node's stream from here on
          direct = false;
          nodeStream().write(bytes.subarray(offset));
          return;
        }
      }
    },
  };
}
