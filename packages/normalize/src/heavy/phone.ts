/**
 * libphonenumber-js in Node, with its full ("max") metadata loaded one country calling code at a time. The whole
 * metadata is 157 KB of JSON for 245 countries, and libphonenumber-js's own entry points require some 70 modules:
 * together they cost more than the rest of a one-record `gpos validate`. Node requires the one function used here
 * as `#libphonenumber` (./libphonenumber.ts, one file once built), and the metadata is split by
 * scripts/generate.ts, one file per calling code (src/generated/phone/<code>.json, copied to dist/generated/).
 *
 * What libphonenumber-js reads of the metadata for one number is the plan of the number's calling code and,
 * when a default country is given, that country's: a number written with `+` carries its calling code, so only
 * that code's file (and the default country's) is loaded. Anything else — a national number whose digits start
 * with the default country's international call prefix (`00 44 …` from France), a calling code that does not
 * exist, no default country — loads every file, which is the full metadata. Files loaded stay loaded, merged into
 * one metadata object, so a parse always sees at least what it needs; test/phone-metadata.test.ts holds the
 * results to those of `libphonenumber-js/max` on examples of every type from every country.
 */
import { createRequire } from 'node:module';
import type { CountryCode, MetadataJson, PhoneNumber } from 'libphonenumber-js/core';

const load = createRequire(import.meta.url);

/** libphonenumber-js's metadata JSON, or what one file holds of it (country data as arrays, the IDD prefix second). */
export interface MetadataPart {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown[]>;
  nonGeographic?: Record<string, unknown[]>;
}

/** The index of the files: every calling code, and each country's. */
interface MetadataIndex {
  calling_codes: string[];
  countries: Record<string, string>;
}

/** What the normaliser calls: libphonenumber-js's `parsePhoneNumberFromString` and the index, required on first use. */
let library: { parse: (text: string, options: { defaultCountry?: CountryCode } | undefined, metadata: MetadataJson) => PhoneNumber | undefined; index: MetadataIndex; codes: Set<string> } | undefined;

function libphonenumber(): NonNullable<typeof library> {
  if (library) return library;
  const index = load('../generated/phone/index.json') as MetadataIndex;
  // called as libphonenumber-js/max calls it: the caller's arguments, then the metadata
  const { parsePhoneNumberFromString: parse } = load('#libphonenumber') as { parsePhoneNumberFromString: NonNullable<typeof library>['parse'] };
  return (library = { parse, index, codes: new Set(index.calling_codes) });
}

/** The calling code `digits` start with (calling codes are prefix-free: at most one matches). */
function callingCodeOf(digits: string, codes: Set<string>): string | undefined {
  for (let length = 1; length <= 3; length++) if (codes.has(digits.slice(0, length))) return digits.slice(0, length);
  return undefined;
}

/** How the normaliser calls libphonenumber-js's `parsePhoneNumberFromString`. */
export type PhoneParse = (text: string, options?: { defaultCountry?: CountryCode }) => PhoneNumber | undefined;

/**
 * A `parsePhoneNumberFromString` with metadata of its own, empty until a number needs some. The normaliser uses
 * one for the life of the process (`parsePhone`); the tests take a fresh one for each number.
 */
export function phoneParser(): PhoneParse {
  const metadata: MetadataPart = { version: 4, country_calling_codes: {}, countries: {}, nonGeographic: {} };
  const loaded = new Set<string>();
  let complete = false;

  const loadCode = (code: string): void => {
    if (loaded.has(code)) return;
    const part = load(`../generated/phone/${code}.json`) as MetadataPart;
    Object.assign(metadata.country_calling_codes, part.country_calling_codes);
    Object.assign(metadata.countries, part.countries);
    if (part.nonGeographic) Object.assign(metadata.nonGeographic!, part.nonGeographic);
    loaded.add(code);
  };

  /** Loads the metadata a parse of `text` (digits, spaces, `+()./-`) with this default country reads. */
  const prepare = (text: string, defaultCountry: string | undefined, { index, codes }: NonNullable<typeof library>): void => {
    if (complete) return;
    const countryCode = defaultCountry === undefined ? undefined : index.countries[defaultCountry];
    if (countryCode) loadCode(countryCode);
    const digits = text.replace(/\D/g, '');
    if (text.startsWith('+')) {
      const code = callingCodeOf(digits, codes);
      if (code) return loadCode(code);
    } else if (countryCode) {
      // a national number, unless it starts with the country's international call prefix
      const idd = metadata.countries[defaultCountry!]?.[1];
      if (typeof idd === 'string' && digits.search(new RegExp(idd)) !== 0) return;
    }
    for (const code of index.calling_codes) loadCode(code);
    complete = true;
  };

  return (text, options) => {
    const lib = libphonenumber();
    prepare(text, options?.defaultCountry, lib);
    return lib.parse(text, options, metadata as unknown as MetadataJson);
  };
}

/** libphonenumber-js's `parsePhoneNumberFromString`, as with the full metadata. */
export const parsePhone: PhoneParse = phoneParser();
