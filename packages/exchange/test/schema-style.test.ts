import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXCHANGE_DIR } from './schemas.js';

/** Keywords outside the subset every consumer of the standard understands (see the design: schemas/ principles). */
const FORBIDDEN = ['prefixItems', 'unevaluatedProperties', 'unevaluatedItems', 'if', 'then', 'else', 'dependentSchemas', 'dependentRequired'];

describe.each(['events.json', 'api.json'])('%s', (file) => {
  const schema = JSON.parse(readFileSync(join(EXCHANGE_DIR, file), 'utf8')) as Record<string, unknown>;

  it('is JSON Schema 2020-12 with an absolute $id under the exchange base', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://schemas.gpos.network/exchange/${file}`);
    expect(schema.description).toBeTypeOf('string');
  });

  it('describes every property, closes every object and keeps to the portable keyword subset', () => {
    const defects: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}/${i}`));
      if (node === null || typeof node !== 'object') return;
      const obj = node as Record<string, unknown>;
      for (const k of FORBIDDEN) if (k in obj) defects.push(`${path}: uses ${k}`);
      if (obj.type === 'object' && obj.properties && obj.additionalProperties !== false) defects.push(`${path}: object is not closed`);
      if (obj.properties && typeof obj.properties === 'object') {
        for (const [name, prop] of Object.entries(obj.properties as Record<string, Record<string, unknown>>)) {
          if (typeof prop.description !== 'string' || prop.description.length < 10) defects.push(`${path}/properties/${name}: no description`);
        }
      }
      for (const [k, v] of Object.entries(obj)) if (k !== 'examples') walk(v, `${path}/${k}`);
    };
    walk(schema, '');
    expect(defects).toEqual([]);
  });
});
