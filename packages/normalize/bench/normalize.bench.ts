/**
 * Normalisations per second per kind, as a ratio to the library call each normaliser is built on, measured in
 * the same run (so the figures compare across machines). Not a test: run with `npm run bench`.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bech32 } from '@scure/base';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { parse } from 'tldts';
import { normalize } from '../src/index.js';

interface Case {
  kind: string;
  inputs: string[];
  options?: Parameters<typeof normalize>[2];
  /** The underlying library call alone, on the same inputs. */
  baseline: { name: string; run: (input: string) => unknown };
}

const n = (count: number, f: (i: number) => string) => Array.from({ length: count }, (_, i) => f(i));
// tldts as the normalisers call it: the URL parser has already extracted and validated the host name
const TLDTS = { allowPrivateDomains: true, extractHostname: false, validateHostname: false, mixedInputs: false } as const;
const CASES: Case[] = [
  { kind: 'phone_number', inputs: n(2000, (i) => `08${String(10000000 + i * 37).slice(0, 8)}`), options: { defaultRegion: 'TH' }, baseline: { name: 'libphonenumber parse + isValid', run: (s) => parsePhoneNumberFromString(s, 'TH')?.isValid() } },
  { kind: 'url', inputs: n(2000, (i) => `https://Login-${i}.Bad-Bank.example/verify/${i}?id=${i}#x`), baseline: { name: 'new URL + tldts parse', run: (s) => parse(new URL(s).hostname, TLDTS).domain } },
  { kind: 'hostname', inputs: n(2000, (i) => `Login-${i}.Bad-Bank.example`), baseline: { name: 'new URL + tldts parse', run: (s) => parse(new URL(`http://${s}`).hostname, TLDTS).domain } },
  { kind: 'domain', inputs: n(2000, (i) => `shop-${i}.co.th`), baseline: { name: 'new URL + tldts parse', run: (s) => parse(new URL(`http://${s}`).hostname, TLDTS).domain } },
  { kind: 'iban', inputs: n(2000, () => 'GB82 WEST 1234 5698 7654 32'), baseline: { name: 'ibantools format + isValidIBAN', run: (s) => isValidIBAN(electronicFormatIBAN(s) ?? '') } },
  { kind: 'crypto_address', inputs: n(2000, (i) => `0x${(i * 2654435761).toString(16).padStart(40, '0').slice(-40)}`), baseline: { name: 'keccak-256 of the address', run: (s) => keccak_256(new TextEncoder().encode(s.slice(2).toLowerCase())) } },
  { kind: 'crypto_address', inputs: n(2000, () => 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'), baseline: { name: 'bech32.decode', run: (s) => bech32.decode(s as `${string}1${string}`) } },
];

/** Milliseconds for one pass over the inputs. */
function pass(run: (input: string) => unknown, inputs: string[]): number {
  const start = performance.now();
  for (const input of inputs) run(input);
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

// Baseline and normalize() take turns pass by pass, and the ratio is the median of the paired passes: load
// from other processes then weighs on both sides alike instead of on whichever ran in a busy moment.
const rows = CASES.map((c) => {
  const ours = (s: string) => normalize(c.kind, s, c.options);
  for (let i = 0; i < 5; i++) {
    pass(c.baseline.run, c.inputs); // warm up
    pass(ours, c.inputs);
  }
  const libMs: number[] = [];
  const oursMs: number[] = [];
  for (const start = performance.now(); performance.now() - start < 800; ) {
    libMs.push(pass(c.baseline.run, c.inputs));
    oursMs.push(pass(ours, c.inputs));
  }
  const perSecond = (ms: number) => (c.inputs.length / ms) * 1000;
  return { kind: c.kind, baseline: c.baseline.name, lib: perSecond(median(libMs)), ours: perSecond(median(oursMs)), ratio: median(oursMs.map((ms, i) => ms / libMs[i]!)) };
});
const fmt = (x: number) => Math.round(x).toLocaleString('en');
console.log('| kind | baseline | baseline ops/s | normalize() ops/s | cost × baseline |');
console.log('|---|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.kind} | ${r.baseline} | ${fmt(r.lib)} | ${fmt(r.ours)} | ${r.ratio.toFixed(2)}× |`);
console.log(`\nNode ${process.version}; cost × baseline is the time of normalize() over the time of the library call alone, median of paired passes in the same run.`);
