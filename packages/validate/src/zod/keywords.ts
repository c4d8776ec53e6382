import { z } from 'zod';
import { assertZod4 } from './require-zod-4.js';

assertZod4();

// Hand-written helpers for the JSON Schema keywords where zod's built-ins disagree with Ajv (the reference
// validator). The generated schemas (./generated.ts) use them so that a zod verdict and a `validate()`
// schema-level verdict are the same for every value, not only for the conformance corpus.

/** Length in Unicode code points, as JSON Schema (and Ajv's `ucs2length`) counts; `String#length` counts UTF-16 units. */
function codePoints(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    // a high surrogate followed by a low one is one code point
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** `minLength`: zod's `.min()` counts UTF-16 units, so an emoji would count twice. */
export const minChars = (minimum: number) =>
  z.check<string>((ctx) => {
    // every code point is one or two units, so a string of 2n units holds at least n code points
    if (ctx.value.length >= minimum * 2 || codePoints(ctx.value) >= minimum) return;
    ctx.issues.push({ code: 'too_small', origin: 'string', minimum, inclusive: true, input: ctx.value, message: `Too small: expected string to have >=${minimum} characters` });
  });

/** `maxLength`: zod's `.max()` counts UTF-16 units, so a 100-character text with emoji would be refused. */
export const maxChars = (maximum: number) =>
  z.check<string>((ctx) => {
    if (ctx.value.length <= maximum || codePoints(ctx.value) <= maximum) return;
    ctx.issues.push({ code: 'too_big', origin: 'string', maximum, inclusive: true, input: ctx.value, message: `Too big: expected string to have <=${maximum} characters` });
  });

/** JSON Schema `integer`: any finite whole number. `z.int()` also demands a safe integer, so it is used only where the bounds make the two agree. */
export const integer = z.check<number>((ctx) => {
  if (Number.isInteger(ctx.value)) return;
  ctx.issues.push({ code: 'invalid_type', expected: 'int', input: ctx.value, message: 'Invalid input: expected int, received number' });
});

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => deepEqual(item, other[i]));
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** `uniqueItems`: no two items are equal as JSON values (objects compare by content, whatever their key order). */
export const uniqueItems = z.check<unknown[]>((ctx) => {
  const items = ctx.value;
  const scalars = new Set<unknown>();
  const objects: unknown[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const duplicate = item !== null && typeof item === 'object' ? objects.some((seen) => deepEqual(seen, item)) : scalars.has(item);
    if (duplicate) {
      ctx.issues.push({ code: 'custom', path: [i], input: items, message: `Duplicate item: item ${i} equals an earlier one` });
      return;
    }
    if (item !== null && typeof item === 'object') objects.push(item);
    else scalars.add(item);
  }
});

/** `minProperties`. */
export const minProperties = (minimum: number) =>
  z.check<object>((ctx) => {
    if (Object.keys(ctx.value).length >= minimum) return;
    ctx.issues.push({ code: 'too_small', origin: 'object', minimum, inclusive: true, input: ctx.value, message: `Too small: expected object to have >=${minimum} properties` });
  });

/**
 * A schema with only `"type": "object"`: any JSON object, typed `{}` as json-schema-to-typescript types it.
 * Why not `z.looseObject({})`: its type is `{ [k: string]: unknown }`, which would make the inferred record types
 * differ from `@gpos/types`.
 */
export const anyObject = z.custom<{}>((value) => value !== null && typeof value === 'object' && !Array.isArray(value), {
  message: 'Invalid input: expected object',
});

// --- formats, as ajv-formats checks them in its default "full" mode -------------------------------------------

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;

function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]!);
}

function isTime(value: string): boolean {
  const match = TIME.exec(value);
  if (!match) return false;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = Number(match[3]);
  const sign = match[5] === '-' ? -1 : 1;
  const offsetHours = Number(match[6] ?? 0);
  const offsetMinutes = Number(match[7] ?? 0);
  if (!match[4] || offsetHours > 23 || offsetMinutes > 59) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  // a leap second: 23:59:60 in UTC
  const utcMinute = minute - offsetMinutes * sign;
  const utcHour = hour - offsetHours * sign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}

/**
 * `format: "date-time"` (RFC 3339). Why not `z.iso.datetime()`: it refuses the leap second `23:59:60Z`, which
 * RFC 3339 and Ajv accept.
 */
export const dateTimeFormat = z.check<string>((ctx) => {
  const parts = ctx.value.split(/t|\s/i);
  if (parts.length === 2 && isDate(parts[0]!) && isTime(parts[1]!)) return;
  ctx.issues.push({ code: 'invalid_format', format: 'datetime', input: ctx.value, message: 'Invalid ISO datetime' });
});

// RFC 3986 URI, as ajv-formats writes it (http://jmrware.com/articles/2009/uri_regexp/URI_regex.html)
const URI =
  /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;

/**
 * `format: "uri"` (RFC 3986). Why not `z.url()`: it parses with the WHATWG URL parser, which accepts (and
 * silently repairs) what RFC 3986 refuses, such as spaces and unescaped non-ASCII characters.
 */
export const uriFormat = z.check<string>((ctx) => {
  if (/\/|:/.test(ctx.value) && URI.test(ctx.value)) return;
  ctx.issues.push({ code: 'invalid_format', format: 'url', input: ctx.value, message: 'Invalid URL' });
});
