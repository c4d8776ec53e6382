import { describe, expect, it } from 'vitest';
import type { IndexedField } from '@gpos/schema';
import { SPEC_VERSION } from '@gpos/schema/constants';
import type { GposRecord } from '@gpos/types';
import { rules, type Rule, type RuleContext } from '../src/index.js';
import { fieldsWhere, presentFieldsWhere, useCodelists } from '../src/rules/codes.js';
import { eachAt, eachObject, eachString, enterRecord, isObject, leaveRecord, valuesAt } from '../src/walk.js';
import { fieldsOf } from '../src/rules/codes.js';
import { escapeToken } from '../src/pointer.js';
import { loadCorpus } from './corpus.js';
import * as fixtures from './fixtures.js';

/** What a whole-record walk sees: each value (by identity), its pointer and, for strings, the key above it. */
function visits(record: unknown): { objects: Array<[unknown, string]>; strings: Array<[string, string, string | undefined]> } {
  const objects: Array<[unknown, string]> = [];
  const strings: Array<[string, string, string | undefined]> = [];
  eachObject(record, (object, pointer) => objects.push([object, pointer()]));
  eachString(record, (text, pointer, key) => strings.push([text, pointer(), key]));
  return { objects, strings };
}

/** Every record the corpus and the fixtures hold, bundles' and arrays' records included. */
function records(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const add = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (isObject(value)) {
      out.push(value);
      if (value.type === 'bundle' && Array.isArray(value.records)) value.records.forEach(add);
    }
  };
  for (const test of loadCorpus()) add(test.data);
  add([fixtures.indicator(), fixtures.victimCase(), fixtures.commitment(), fixtures.organization()]);
  return out;
}

const awkward: Record<string, unknown> = {
  ...fixtures.indicator(),
  extensions: { 'org.example/a~b': { 'x/y': ['4111 1111 1111 1111', { note: 'n', deeper: [['s', { 'k~': 'v' }]] }], 'empty': {} } },
  description: { en: 'text', th: 'ข้อความ' },
};

describe('a whole-record walk inside the engine’s record scope', () => {
  it('visits the same objects and strings, in the same order, with the same pointers and keys as a walk of its own', () => {
    const all = [...records(), awkward];
    expect(all.length).toBeGreaterThan(100);
    for (const record of all) {
      const alone = visits(record);
      const outer = enterRecord(record);
      try {
        // twice: the first builds the shared list, the second reads it
        expect(visits(record)).toEqual(alone);
        expect(visits(record)).toEqual(alone);
        // a walk of a part of the record, or from a base pointer, is not the record's own walk
        const observable = record.observable;
        if (isObject(observable)) {
          const part: string[] = [];
          eachString(observable, (_t, pointer) => part.push(pointer()), '/observable');
          expect(part.every((p) => p.startsWith('/observable/'))).toBe(true);
        }
      } finally {
        leaveRecord(outer);
      }
    }
  });

  it('keeps pointers to awkward keys escaped', () => {
    const outer = enterRecord(awkward);
    try {
      const pointers: string[] = [];
      eachString(awkward, (text, pointer) => (text === 'v' ? pointers.push(pointer()) : undefined));
      expect(pointers).toEqual(['/extensions/org.example~1a~0b/x~1y/1/deeper/0/1/k~0']);
    } finally {
      leaveRecord(outer);
    }
  });

  it('gives every rule the same answer as a walk of its own would', () => {
    const context: RuleContext = { container: 'array', index: 0, ids: new Map(), versions: new Map(), specVersion: SPEC_VERSION };
    // rules expect schema-valid records; on others they may throw, and must do so alike
    const answer = (rule: Rule, record: unknown) => {
      try {
        return { problems: rule.check(record as GposRecord, context) };
      } catch (error) {
        return { threw: String(error) };
      }
    };
    let found = 0;
    for (const record of [...records(), awkward]) {
      const alone = rules.map((rule) => answer(rule, record));
      const outer = enterRecord(record);
      try {
        expect(rules.map((rule) => answer(rule, record))).toEqual(alone);
      } finally {
        leaveRecord(outer);
      }
      found += alone.reduce((n, a) => n + (a.problems?.length ?? 0), 0);
    }
    expect(found).toBeGreaterThan(50);
    const card = answer(rules.find((r) => r.code === 'full_card_number')!, awkward);
    expect(card.problems?.map((p) => p.pointer)).toEqual(['/extensions/org.example~1a~0b/x~1y/0']);
  });
});

describe('presentFieldsWhere', () => {
  const keeps: Array<(field: IndexedField) => boolean> = [(f) => Boolean(f.codelist), (f) => Boolean(f.personal), () => true];

  it('is fieldsWhere without the fields whose top-level property the record lacks, in the same order', () => {
    for (const record of records()) {
      if (typeof record.type !== 'string') continue;
      for (const keep of keeps) {
        const expected = fieldsWhere(record.type, keep).filter((f) => valuesAt(record, f.path.slice(0, 1)).length > 0);
        expect(presentFieldsWhere(record, record.type, keep)).toEqual(expected);
      }
    }
  });

  it('falls back to every field when fields sharing a first step are not next to each other', () => {
    const restore = useCodelists({ fieldIndex: { indicator: [{ path: ['a'] }, { path: ['b'] }, { path: ['a', 'x'] }] as unknown as IndexedField[] } });
    try {
      const keep = () => true;
      expect(presentFieldsWhere({ type: 'indicator', b: 1 }, 'indicator', keep)).toEqual(fieldsWhere('indicator', keep));
    } finally {
      restore();
    }
  });
});

describe('the values at a field path', () => {
  /** What a plain recursive walk of the path finds, each pointer built on the way down. */
  function walkPath(node: unknown, path: readonly string[], pointer = ''): Array<[string, unknown]> {
    if (path.length === 0) return [[pointer, node]];
    const [name, ...rest] = path as [string, ...string[]];
    if (name === '*') return Array.isArray(node) ? node.flatMap((item, i) => walkPath(item, rest, `${pointer}/${i}`)) : [];
    if (!isObject(node)) return [];
    if (name === '{}') return Object.keys(node).flatMap((key) => walkPath(node[key], rest, `${pointer}/${escapeToken(key)}`));
    return Object.prototype.hasOwnProperty.call(node, name) && node[name] !== undefined ? walkPath(node[name], rest, `${pointer}/${escapeToken(name)}`) : [];
  }

  it('are what a plain walk of the path finds, in the same order, with the same pointers', () => {
    const odd = { type: 'indicator', 'a/b': { 'c~d': [1, { e: 'x' }] }, m: { 'k/1': { v: 1 }, 'k~2': { v: 2 }, k3: { w: 3 } }, list: [[1, 2], [], [3]], u: undefined };
    const paths: string[][] = [['a/b', 'c~d', '*'], ['a/b', 'c~d', '*', 'e'], ['m', '{}', 'v'], ['m', '{}'], ['list', '*', '*'], ['u'], ['missing', '*'], ['type'], [], ['list', '{}'], ['m', '*']];
    const cases: Array<[unknown, string[]]> = paths.map((path) => [odd, path]);
    for (const record of [...records(), awkward]) {
      if (typeof record.type !== 'string') continue;
      for (const field of fieldsOf(record.type)) cases.push([record, [...field.path]]);
    }
    expect(cases.length).toBeGreaterThan(1000);
    for (const [record, path] of cases) {
      const expected = walkPath(record, path);
      expect(valuesAt(record, path).map(({ pointer, value }) => [pointer, value])).toEqual(expected);
      const seen: Array<[string, unknown]> = [];
      eachAt(record, path, (value, pointer) => seen.push([pointer(), value]));
      expect(seen).toEqual(expected);
    }
  });
});
