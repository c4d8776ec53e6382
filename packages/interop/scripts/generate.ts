/**
 * Generates the GPOS typology MISP taxonomy, `schemas/interop/misp/gpos-typology/machinetag.json`, from the typology
 * codelist (through `mispTypologyTaxonomy()`), so the file is a build output of the standard like the types. The
 * docs site publishes it at MISP_TYPOLOGY_TAXONOMY_URL. `generate()` is pure (path → content); running the file
 * writes it. A test fails when the committed file drifts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mispTypologyTaxonomy } from '../src/misp-taxonomy.js';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The taxonomy file, relative to the repository root, where MISP's taxonomy layout puts it (`<namespace>/machinetag.json`). */
export const TAXONOMY_PATH = 'schemas/interop/misp/gpos-typology/machinetag.json';

export function generate(): Record<string, string> {
  return { [TAXONOMY_PATH]: `${JSON.stringify(mispTypologyTaxonomy(), null, 2)}\n` };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, text] of Object.entries(generate())) {
    mkdirSync(dirname(join(REPO_ROOT, path)), { recursive: true });
    writeFileSync(join(REPO_ROOT, path), text);
    console.log(`interop: wrote ${path}`);
  }
}
