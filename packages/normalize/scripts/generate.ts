/**
 * Writes libphonenumber-js's full ("max") metadata as one small file per country calling code
 * (src/generated/phone/<code>.json) and their index (src/generated/phone/index.json). In Node the normaliser loads
 * only the file of the calling code a number carries (src/heavy/phone.ts), not the 157 KB of metadata for every
 * country. `npm run generate -w @gpos/normalize` after updating libphonenumber-js; test/phone-metadata.test.ts
 * fails until it is run.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MetadataPart as Metadata } from '../src/heavy/phone.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(import.meta.url);

const PHONE_DIR = 'src/generated/phone';

/** Every generated file, by path from the package root, with its text. */
export function generate(): Record<string, string> {
  const metadata = require('libphonenumber-js/metadata.max.json') as Metadata;
  const { version } = require('libphonenumber-js/package.json') as { version: string };
  const from = `libphonenumber-js ${version} (metadata.max.json)`;
  const files: Record<string, string> = {};
  const countryCodes: Record<string, string> = {};
  // the calling codes of countries, and the non-geographic ones (+800, +882…), which have a plan of their own
  const codes = [...new Set([...Object.keys(metadata.country_calling_codes), ...Object.keys(metadata.nonGeographic ?? {})])];
  for (const code of codes) {
    // a subset of the metadata that libphonenumber-js reads as it reads the whole: the calling code, its
    // countries (the first is the main one) and a non-geographic code's plan
    const countries = metadata.country_calling_codes[code] ?? [];
    const part: Record<string, unknown> = {
      generated: `from ${from} by packages/normalize/scripts/generate.ts — do not edit`,
      version: metadata.version,
      country_calling_codes: countries.length > 0 ? { [code]: countries } : {},
      countries: Object.fromEntries(countries.map((c) => [c, metadata.countries[c]])),
    };
    if (metadata.nonGeographic?.[code]) part.nonGeographic = { [code]: metadata.nonGeographic[code] };
    for (const country of countries) countryCodes[country] ??= code;
    files[`${PHONE_DIR}/${code}.json`] = `${JSON.stringify(part)}\n`;
  }
  const sorted = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
  files[`${PHONE_DIR}/index.json`] = `${JSON.stringify({
    generated: `from ${from} by packages/normalize/scripts/generate.ts — do not edit`,
    // every calling code with a file of its own, and each country's
    calling_codes: codes,
    countries: sorted(countryCodes),
  })}\n`;
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = generate();
  // files of calling codes libphonenumber-js no longer has go too
  rmSync(join(PACKAGE_ROOT, PHONE_DIR), { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(PACKAGE_ROOT, path)), { recursive: true });
    writeFileSync(join(PACKAGE_ROOT, path), text);
  }
  console.log(`wrote ${readdirSync(join(PACKAGE_ROOT, PHONE_DIR)).length} files to ${PHONE_DIR}`);
}
