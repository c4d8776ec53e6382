/** True when the string is a date only (YYYY-MM-DD), not a timestamp. */
const isDateOnly = (s: string) => s.length === 10;

const WHOLE_SECOND_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

/**
 * Compares two RFC 3339 values of the standard (UTC timestamps or dates). A date covers its whole day, so
 * a date and a timestamp on the same day are equal. Returns undefined when either does not parse.
 */
export function compareDates(a: string, b: string): number | undefined {
  // whole-second UTC timestamps, the usual case, order as text (rules see schema-valid records, whose
  // timestamps are real calendar times)
  if (WHOLE_SECOND_UTC.test(a) && WHOLE_SECOND_UTC.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  if (isDateOnly(a) || isDateOnly(b)) {
    const x = a.slice(0, 10);
    const y = b.slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(x) || !/^\d{4}-\d{2}-\d{2}$/.test(y)) return undefined;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Date.parse(a);
  const y = Date.parse(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return undefined;
  if (x !== y) return x < y ? -1 : 1;
  // same millisecond: compare the remaining fractional digits
  const fx = /\.(\d+)Z$/.exec(a)?.[1]?.padEnd(9, '0') ?? '000000000';
  const fy = /\.(\d+)Z$/.exec(b)?.[1]?.padEnd(9, '0') ?? '000000000';
  return fx < fy ? -1 : fx > fy ? 1 : 0;
}
