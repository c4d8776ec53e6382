import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../scripts/sources.js';
import { runtimeAjv } from './helpers.js';

const EXAMPLES = join(REPO_ROOT, 'examples');
const BASE = 'https://schemas.gpos.network/v1/';
/** The minimal form a revoked record may take instead of its family's schema (bundle.json's `x-gpos-dispatch.retraction`). */
const RETRACTION = `${BASE}common.json#/$defs/retraction`;

/** The JSON values in an example file: one per line for NDJSON. */
function valuesOf(file: string): unknown[] {
  const text = readFileSync(join(EXAMPLES, file), 'utf8');
  if (/\.(ndjson|jsonl)$/.test(file)) return text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as unknown);
  return [JSON.parse(text) as unknown];
}

/** Records as the standard dispatches them: a bundle by its own schema, then each record by its `type`. */
function targets(value: unknown): Array<{ schema: string; data: unknown; where: string }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => targets(v).map((t) => ({ ...t, where: `/${i}${t.where}` })));
  const type = (value as { type?: string }).type;
  if (type === 'bundle') {
    const records = (value as { records: unknown[] }).records;
    return [{ schema: `${BASE}bundle.json`, data: value, where: '' }, ...records.flatMap((r, i) => targets(r).map((t) => ({ ...t, where: `/records/${i}${t.where}` })))];
  }
  return [{ schema: `${BASE}${type}.json`, data: value, where: '' }];
}

const files = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(json|ndjson|jsonl)$/.test(f));

describe('examples/', () => {
  it('holds example files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s validates against the schemas', (file) => {
    const ajv = runtimeAjv();
    const failures: string[] = [];
    for (const value of valuesOf(file)) {
      for (const { schema, data, where } of targets(value)) {
        const validate = ajv.getSchema(schema);
        const retraction = (data as { revoked?: unknown }).revoked === true && schema !== `${BASE}bundle.json` ? ajv.getSchema(RETRACTION) : undefined;
        if (!validate) failures.push(`${where}: no schema ${schema}`);
        else if (!validate(data) && !retraction?.(data)) failures.push(`${where}: ${ajv.errorsText(validate.errors)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
