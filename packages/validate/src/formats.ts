import { fullFormats } from 'ajv-formats/dist/formats.js';

/**
 * The format checks the precompiled validators call. They give exactly the verdicts of ajv-formats' "full"
 * mode (the reference compile uses ajv-formats itself, and a property test compares the two), but answer the
 * shapes the standard requires — `2026-03-14T09:26:53Z`, `2026-03-14` — from character codes: ajv-formats
 * splits, runs three regular expressions and converts captures, which was half the schema check of an
 * indicator. Anything else goes to ajv-formats unchanged.
 */

type FormatCheck = (text: string) => boolean;

/** ajv-formats' own check of a format, whichever shape (function, RegExp or definition) it exports it in. */
export const ajvFormat = (name: 'date' | 'date-time' | 'uri'): FormatCheck => {
  const format = fullFormats[name];
  if (typeof format === 'function') return format as FormatCheck;
  if (format instanceof RegExp) return (text) => format.test(text);
  return (format as { validate: FormatCheck }).validate;
};
const referenceDate = ajvFormat('date');
const referenceDateTime = ajvFormat('date-time');

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by the digits at [start, start + length), or -1 when any is not an ASCII digit. */
function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** Whether `YYYY-MM-DD` at the start of `text` is a real calendar day; undefined when it is not that shape. */
function calendarDay(text: string): boolean | undefined {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]!);
}

/** RFC 3339 full-date. */
export function date(text: string): boolean {
  return (text.length === 10 ? calendarDay(text) : undefined) ?? referenceDate(text);
}

/** RFC 3339 date-time with a time zone; the UTC `...THH:MM:SS[.fff]Z` form is answered here. */
export function dateTime(text: string): boolean {
  const n = text.length;
  if (n < 20 || text.charCodeAt(10) !== 84 || text.charCodeAt(n - 1) !== 90 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) {
    return referenceDateTime(text);
  }
  const day = calendarDay(text);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  // a fraction must be "." and at least one digit; a leap second (…:60) is left to the reference
  const fraction = n === 20 || (n > 21 && text.charCodeAt(19) === 46 && digits(text, 20, n - 21) >= 0);
  if (day === undefined || hour < 0 || minute < 0 || second < 0 || second > 59 || !fraction) return referenceDateTime(text);
  return day && hour <= 23 && minute <= 59;
}

/**
 * The formats by the names the schemas use. Ajv's standalone code reads them from here (see
 * scripts/generate.ts); `uri` is ajv-formats' own check.
 */
export const formats: Readonly<Record<'date' | 'date-time' | 'uri', FormatCheck>> = {
  date,
  'date-time': dateTime,
  uri: ajvFormat('uri'),
};
