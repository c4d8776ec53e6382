import { describe, expect, it } from 'vitest';
import { count } from '../src/shared/count.js';

describe('count', () => {
  it('writes whole numbers as toLocaleString("en-US") does', () => {
    const values = [0, 1, 12, 123, 999, 1000, 1001, 12345, 123456, 999999, 1000000, 1234567, 2 ** 31, Number.MAX_SAFE_INTEGER, -1, -1000, -1234567];
    for (let n = 1; n < 1e15; n = n * 7 + 3) values.push(n, n - 1, -n);
    for (const n of values) expect(count(n)).toBe(n.toLocaleString('en-US'));
  });

  it('leaves anything else to Intl', () => {
    for (const n of [1.5, 1234.5678, 2 ** 60, Infinity, NaN, -0]) expect(count(n)).toBe(n.toLocaleString('en-US'));
  });
});
