import { describe, expect, it } from 'vitest';
import { SPEC_VERSION } from '@gpos/schema/constants';
import type { GposRecord } from '@gpos/types';
import { rules, validate, type RuleContext } from '../src/index.js';
import { loneIndex } from '../src/engine.js';
import { versionKey } from '../src/rules/duplicate-record.js';
import { isObject } from '../src/walk.js';
import { isSchemaLevel, loadCorpus } from './corpus.js';
import * as fixtures from './fixtures.js';

/** Every record of the corpus and the fixtures, bundles' and arrays' records included. */
function records(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const add = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (isObject(value)) {
      if (value.type === 'bundle' && Array.isArray(value.records)) value.records.forEach(add);
      else if (typeof value.type === 'string') out.push(value);
    }
  };
  for (const test of loadCorpus()) add(test.data);
  add([fixtures.indicator(), fixtures.victimCase(), fixtures.commitment(), fixtures.organization()]);
  return out;
}

const context: RuleContext = { container: 'record', index: 0, ids: new Map(), versions: new Map(), specVersion: SPEC_VERSION };

describe('rules that declare their record families', () => {
  const all = records();
  const declaring = rules.filter((rule) => rule.families !== undefined);

  it('are the rules that look at some families only', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(declaring.length).toBeGreaterThan(15);
  });

  it('find nothing in a record of another family, even one holding what they reject', () => {
    for (const rule of declaring) {
      const wrong = isObject(rule.wrong) ? rule.wrong : {};
      for (const record of all) {
        if (rule.families!.includes(record.type as never)) continue;
        expect(rule.check(record as unknown as GposRecord, context), `${rule.code} on a ${String(record.type)}`).toEqual([]);
        const grafted = { ...record, ...wrong, type: record.type };
        expect(rule.check(grafted as unknown as GposRecord, context), `${rule.code} on a ${String(record.type)} holding its wrong example`).toEqual([]);
      }
    }
  });

  it('are skipped by the engine only where they find nothing: validate() reports what running every rule reports', () => {
    for (const record of all) {
      const { problems } = validate(record);
      // the rules run on schema-valid records only, and on a minimal retraction only those reading its envelope
      if (record.revoked === true || problems.some((p) => isSchemaLevel(p.code))) continue;
      const every = rules.flatMap((rule) => rule.check(record as unknown as GposRecord, context).map((p) => p.code));
      const engine = problems.map((p) => p.code).filter((code) => rules.some((rule) => rule.code === code));
      // a lone record: the rules that look across a file or bundle find nothing in the engine's context either
      expect(engine.sort()).toEqual(every.sort());
    }
  });
});

describe('the index of a lone record', () => {
  it('holds the record’s id and version, as the index of a file of one record does', () => {
    for (const record of records()) {
      const { ids, versions } = loneIndex(record);
      const id = typeof record.id === 'string' ? record.id : undefined;
      const expectedIds = id === undefined ? [] : [[id, typeof record.type === 'string' ? record.type : '']];
      const expectedVersions = id !== undefined && typeof record.modified === 'string' ? [[versionKey(id, record.modified), [0]]] : [];
      expect([...ids]).toEqual(expectedIds);
      expect([...versions.entries()]).toEqual(expectedVersions);
      expect(ids.size).toBe(expectedIds.length);
      expect([...versions.keys()]).toEqual(expectedVersions.map(([key]) => key));
      expect([...ids.values()]).toEqual(expectedIds.map(([, type]) => type));
      if (id !== undefined) {
        expect(ids.has(id)).toBe(true);
        expect(ids.get(id)).toBe(expectedIds[0]![1]);
      }
      expect(ids.has('indicator--00000000-0000-0000-0000-000000000000')).toBe(false);
      const seen: unknown[] = [];
      versions.forEach((value, key, map) => seen.push([key, value, map === versions]));
      expect(seen).toEqual(expectedVersions.map(([key, value]) => [key, value, true]));
    }
  });
});
