import { describe, expect, it } from 'vitest';
import { transferable } from '../src/commands/validate/runner/pool.js';

describe('handing a batch to a worker', () => {
  it('transfers the buffer a batch of lines owns whole, and nothing else', () => {
    const own = new Uint8Array(16);
    expect(transferable({ kind: 'ndjson', bytes: own, firstLine: 1 })).toEqual([own.buffer]);
    // a view on part of a larger buffer (Node's pooled buffers, a subarray) is copied, never taken away
    const shared = new Uint8Array(32);
    expect(transferable({ kind: 'ndjson', bytes: shared.subarray(0, 16), firstLine: 1 })).toEqual([]);
    expect(transferable({ kind: 'ndjson', bytes: shared.subarray(16), firstLine: 1 })).toEqual([]);
    expect(transferable({ kind: 'ndjson', bytes: Buffer.from('{"a":1}\n'), firstLine: 1 })).toEqual([]);
    // whole .json files are read by the worker, or copied with their task
    expect(transferable({ kind: 'json-bytes', bytes: own })).toEqual([]);
    expect(transferable({ kind: 'json', paths: ['a.json'] })).toEqual([]);
  });
});
