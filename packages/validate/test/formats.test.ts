import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ajvFormat as reference, formats } from '../src/formats.js';

// the standalone validators use src/formats.ts; the runtime compile and every other implementation use
// ajv-formats, so the two must give the same verdict on every string, not only on well-formed ones

const digit = fc.constantFrom(...'0123456789');
const twoDigits = fc.tuple(digit, digit).map(([a, b]) => a + b);
const year = fc.tuple(digit, digit, digit, digit).map((d) => d.join(''));
/** Strings shaped like the standard's timestamps, with every field free to be out of range. */
const timestampLike = fc
  .record({
    year,
    month: twoDigits,
    day: twoDigits,
    t: fc.constantFrom('T', 't', ' ', 'X'),
    hour: twoDigits,
    minute: twoDigits,
    second: twoDigits,
    fraction: fc.constantFrom('', '.', '.5', '.123456789', '.12345678901234567890', '.1a'),
    zone: fc.constantFrom('Z', 'z', '', '+07:00', '-00:30', '+2400', 'ZZ'),
  })
  .map((p) => `${p.year}-${p.month}-${p.day}${p.t}${p.hour}:${p.minute}:${p.second}${p.fraction}${p.zone}`);
const dateLike = fc.record({ year, month: twoDigits, day: twoDigits }).map((p) => `${p.year}-${p.month}-${p.day}`);

describe('format checks of the standalone validators', () => {
  it.each([
    ['2026-03-14T09:26:53Z', true],
    ['2026-03-14T09:26:53.123456789Z', true],
    ['2024-02-29T23:59:59Z', true],
    ['2023-02-29T00:00:00Z', false],
    ['2026-13-01T00:00:00Z', false],
    ['2026-03-14T24:00:00Z', false],
    ['2026-03-14T09:60:00Z', false],
    ['2016-12-31T23:59:60Z', true],
    ['2026-03-14T09:26:53.Z', false],
    ['2026-03-14T09:26:53+07:00', true],
  ])('date-time %s is %s', (text, valid) => {
    expect(formats['date-time'](text)).toBe(valid);
    expect(reference('date-time')(text)).toBe(valid);
  });

  it('agree with ajv-formats on timestamp-shaped strings', () => {
    fc.assert(fc.property(timestampLike, (text) => formats['date-time'](text) === reference('date-time')(text)), { numRuns: 20_000 });
  });

  it('agree with ajv-formats on date-shaped strings', () => {
    fc.assert(fc.property(dateLike, (text) => formats.date(text) === reference('date')(text)), { numRuns: 20_000 });
  });

  it('agree with ajv-formats on any string', () => {
    for (const name of ['date', 'date-time', 'uri'] as const) {
      fc.assert(fc.property(fc.string({ maxLength: 40 }), (text) => formats[name](text) === reference(name)(text)), { numRuns: 5_000 });
    }
  });
});
