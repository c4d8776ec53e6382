import examples from 'libphonenumber-js/examples.mobile.json' with { type: 'json' };
import { getCountries, getCountryCallingCode, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import max from 'libphonenumber-js/metadata.max.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { phoneParser } from '../src/heavy/phone.js';
import { generate } from '../scripts/generate.js';

/** What the normaliser reads of a parse (and a little more), or why there is none. */
function outcome(parse: () => PhoneNumber | undefined) {
  let phone: PhoneNumber | undefined;
  try {
    phone = parse();
  } catch (error) {
    return { threw: String(error) };
  }
  if (!phone) return undefined;
  return { number: phone.number, country: phone.country, callingCode: phone.countryCallingCode, national: phone.nationalNumber, valid: phone.isValid(), possible: phone.isPossible(), type: phone.getType() };
}

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

const countries = getCountries();

/** A broad sample: every country's example number written each way, cut short, with digits changed, and random numbers. */
function sample(): Array<{ text: string; region?: CountryCode }> {
  const out: Array<{ text: string; region?: CountryCode }> = [];
  const next = random(20260308);
  const digits = (n: number) => Array.from({ length: n }, () => next(10)).join('');
  for (const country of countries) {
    const national = (examples as Record<string, string>)[country];
    const code = getCountryCallingCode(country);
    const other = countries[next(countries.length)]!;
    if (national) {
      const full = `${code}${national}`;
      out.push({ text: `+${full}` }, { text: `+${code} ${national}`, region: other }, { text: national, region: country }, { text: national, region: other }, { text: national });
      out.push({ text: `00 ${full}`, region: 'FR' }, { text: `011 ${full}`, region: 'US' }, { text: `00${full}`, region: country }, { text: `0${national}`, region: country });
      out.push({ text: `${full}`, region: country }, { text: `(${code}) ${national}`, region: country }, { text: `tel:+${full}` });
      // shorter and longer, and each digit changed: other types, other countries of a shared code, invalid numbers
      for (let k = 3; k < full.length + 3; k++) out.push({ text: `+${(full + digits(3)).slice(0, k)}` });
      for (let i = 0; i < national.length; i++) out.push({ text: `+${code}${national.slice(0, i)}${next(10)}${national.slice(i + 1)}` }, { text: `${national.slice(0, i)}${next(10)}${national.slice(i + 1)}`, region: country });
    }
    for (let i = 0; i < 8; i++) out.push({ text: `+${code}${digits(5 + next(9))}` }, { text: digits(6 + next(8)), region: country });
  }
  for (let i = 0; i < 3000; i++) out.push({ text: `+${digits(6 + next(10))}` });
  for (const text of ['+', '+0', '+999 123 456 789', '+800 1234 5678', '+882 1234 5678 90', '+979 123 456 789', '00', '+1', '123', '+44 (0) 20 7946 0958']) out.push({ text }, { text, region: 'GB' });
  return out;
}

describe('phone metadata loaded by calling code (src/heavy/phone.ts)', () => {
  it('gives the results of the full metadata (libphonenumber-js/max) on numbers of every country', () => {
    const numbers = sample();
    expect(numbers.length).toBeGreaterThan(15_000);
    let valid = 0;
    const types = new Set<string>();
    for (const { text, region } of numbers) {
      const options = region ? { defaultCountry: region } : undefined;
      // a fresh parser for each number: only the metadata this number loads, none left by another
      const expected = outcome(() => parsePhoneNumberFromString(text, options as never));
      expect(outcome(() => phoneParser()(text, options)), `${text} (${region ?? 'no region'})`).toEqual(expected);
      if (expected && 'valid' in expected && expected.valid) {
        valid++;
        types.add(expected.type ?? 'none');
      }
    }
    // the sample reaches valid numbers of many types, not only failures
    expect(valid).toBeGreaterThan(2_000);
    expect(types.size).toBeGreaterThan(5);
  });

  it('gives the same results when the metadata of earlier numbers is still loaded', () => {
    const parse = phoneParser();
    for (const { text, region } of sample().slice(0, 4000)) {
      const options = region ? { defaultCountry: region } : undefined;
      expect(outcome(() => parse(text, options)), `${text} (${region ?? 'no region'})`).toEqual(outcome(() => parsePhoneNumberFromString(text, options as never)));
    }
  });
});

describe('generated modules', () => {
  it('match libphonenumber-js (run `npm run generate -w @gpos/normalize` if this fails)', async () => {
    for (const [path, text] of Object.entries(generate())) {
      await expect(text).toMatchFileSnapshot(`../${path}`);
    }
  });

  it('hold every calling code, each once, with the whole of its countries\' metadata', () => {
    const files = Object.entries(generate()).filter(([path]) => !path.endsWith('/index.json'));
    const countriesIn = files.flatMap(([, text]) => Object.keys((JSON.parse(text) as { countries: object }).countries));
    expect(countriesIn.sort()).toEqual(Object.keys(max.countries).sort());
    for (const [, text] of files) {
      for (const [country, data] of Object.entries((JSON.parse(text) as { countries: Record<string, unknown> }).countries)) expect(data).toEqual((max.countries as Record<string, unknown>)[country]);
    }
  });
});
