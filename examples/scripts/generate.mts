/**
 * Writes every file in examples/ from fixed seeds (run from the repository root). Deterministic: running it twice writes the same bytes.
 *
 *   npx tsx --conditions=@gpos/source examples/scripts/generate.mts
 *
 * All people, accounts, numbers, wallets, sites and figures are fictitious. Phone numbers use 555-01xx style
 * subscriber ranges, web hosts the reserved `.example` top-level domain, wallets come from seeded random bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ORGS, orgRecord, type OrgSeed } from './organizations.mts';
import { thAocBundle } from './th-aoc1441.mts';
import { pigButcheringBundle } from './pig-butchering.mts';
import { traffickingCase } from './trafficking.mts';
import { traffickingRepatriationCase } from './trafficking-repatriation.mts';
import { elderlyBankAlertCase } from './elderly-bank-alert.mts';
import { muleChainBundle } from './mule-chain.mts';
import { takedownAppealIndicator, thAeReferralReturnCase, usdtIssuerFreezeCase } from './money-outcomes.mts';
import { gseFeed, platformFeed, telecomFeed } from './feeds.mts';
import { commitments, sharedCommitment } from './commitments.mts';
import { bankSpoofedSighting, dailyDeltaBundle, publishedStatisticsBundle, scamCompoundBundle } from './networks.mts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const ndjson = (values: unknown[]) => values.map((v) => JSON.stringify(v)).join('\n') + '\n';

function write(file: string, text: string) {
  const path = join(ROOT, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Keys whose string values are organisation references. */
const ORG_KEYS = new Set([
  'source', 'producer', 'actor', 'requested_by', 'to', 'from', 'by', 'reporting_org', 'org', 'assessor', 'asserted_by',
  'issuer', 'identifier', 'parent', 'custodian', 'destination_institution', 'identified_by', 'assisted_by', 'provided_by',
  'institution', 'returned_by', 'fiu', 'reporting_entity',
  'observed_by', 'estimated_by', 'investigated_by', 'disrupted_by',
]);

function orgRefs(value: unknown, into: Set<string>) {
  if (Array.isArray(value)) for (const v of value) orgRefs(v, into);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'gse') continue; // a GSE signal's `source` is the GSE member's own name, not an organisation reference
      // `parent` is also a transfer hop's parent id; organisation references always have a scheme prefix
      if (ORG_KEYS.has(key) && typeof v === 'string') {
        if (/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*:/.test(v)) into.add(v);
      }
      else if (ORG_KEYS.has(key) && Array.isArray(v) && v.every((o) => typeof o === 'string')) for (const o of v) into.add(o as string);
      else if (key === 'other_identifiers' && Array.isArray(v)) for (const o of v) into.add(o as string);
      else orgRefs(v, into);
    }
  }
}

const files: Array<[string, unknown, 'json' | 'ndjson']> = [
  ['bundles/th-aoc1441-mule-accounts.json', thAocBundle(), 'json'],
  ['bundles/pig-butchering-crypto.json', pigButcheringBundle(), 'json'],
  ['records/trafficking-victim-case.json', traffickingCase(), 'json'],
  ['records/trafficking-repatriation-case.json', traffickingRepatriationCase(), 'json'],
  ['records/elderly-victim-bank-alert.json', elderlyBankAlertCase(), 'json'],
  ['bundles/th-mule-chain-to-tron.json', muleChainBundle(), 'json'],
  ['records/usdt-issuer-freeze-case.json', usdtIssuerFreezeCase(), 'json'],
  ['records/th-ae-referral-freeze-return-case.json', thAeReferralReturnCase(), 'json'],
  ['records/takedown-refused-then-appealed.json', takedownAppealIndicator(), 'json'],
  ['feeds/platform-indicators.ndjson', platformFeed(), 'ndjson'],
  ['feeds/telecom-sms-senders.ndjson', telecomFeed(), 'ndjson'],
  ['feeds/gse-signals.ndjson', gseFeed(), 'ndjson'],
  ...commitments().map(([name, record]) => [`commitments/${name}.json`, record, 'json'] as [string, unknown, 'json']),
  ['bundles/scam-compound-network.json', scamCompoundBundle(), 'json'],
  ['bundles/th-aoc1441-published-statistics.json', publishedStatisticsBundle(), 'json'],
  ['bundles/th-aoc1441-daily-delta.json', dailyDeltaBundle(), 'json'],
  ['records/bank-spoofed-hotline-sighting.json', bankSpoofedSighting(), 'json'],
  ...[sharedCommitment()].map(([name, record]) => [`commitments/${name}.json`, record, 'json'] as [string, unknown, 'json']),
];

const referenced = new Set<string>();
for (const [, value] of files) orgRefs(value, referenced);
// organisation records name their parents too; close over them
let grew = true;
while (grew) {
  grew = false;
  for (const ref of [...referenced]) {
    const seed = ORGS[ref];
    if (!seed) throw new Error(`no organisation seed for ${ref}`);
    if (seed.parent && !referenced.has(seed.parent)) {
      referenced.add(seed.parent);
      grew = true;
    }
  }
}
const organizations = [...referenced].sort().map((ref) => orgRecord(ref, ORGS[ref] as OrgSeed));

for (const [file, value, format] of files) write(file, format === 'json' ? json(value) : ndjson(value as unknown[]));
write('organizations.json', json(organizations));
console.log(`wrote ${files.length + 1} files, ${organizations.length} organisations`);
