import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { relationshipTypeCodelist } from '@gpos/schema';
import type { BundleRecord } from '@gpos/types';
import { describe, expect, it } from 'vitest';
import { MISP_TEMPLATES, toMisp, type MispAttribute, type MispEventDocument, type MispObject } from '../src/index.js';
import { mispRelationshipOf } from '../src/misp.js';
import { exampleFiles, HAVE_MISP_REFERENCES, MISP_DIR, mispCategoryTypes, mispTemplate, validConformanceCases } from './fixtures.js';

if (!HAVE_MISP_REFERENCES) {
  // the MISP templates and core format are third-party and not in the repository: say so loudly rather than pass quietly
  console.warn(`SKIPPED: the MISP object templates and core format are not at ${MISP_DIR} (misp-objects/, misp-core-format/raw.md); set GPOS_MISP_DIR to run the MISP format checks.`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UNSIGNED = /^\d+$/;

/** Every way an object breaks its misp-objects template or the core format's category-type table. */
function objectProblems(object: MispObject, categories: Map<string, Set<string>>): string[] {
  const problems: string[] = [];
  const template = mispTemplate(object.name);
  if (!template) return [`no template "${object.name}" in misp-objects`];
  if (object.template_uuid !== template.uuid) problems.push(`template_uuid ${object.template_uuid} is not ${template.uuid}`);
  if (object.template_version !== String(template.version)) problems.push(`template_version ${object.template_version} is not ${template.version}`);
  if (object['meta-category'] !== template['meta-category']) problems.push(`meta-category ${object['meta-category']} is not ${template['meta-category']}`);
  if (object.description !== template.description) problems.push('description is not the template\'s');
  const count = new Map<string, number>();
  for (const a of object.Attribute) {
    const relation = a.object_relation ?? '';
    count.set(relation, (count.get(relation) ?? 0) + 1);
    const spec = template.attributes[relation];
    if (!spec) {
      problems.push(`${relation}: not an attribute of ${object.name}`);
      continue;
    }
    if (a.type !== spec['misp-attribute']) problems.push(`${relation}: type ${a.type} is not ${spec['misp-attribute']}`);
    if (spec.values_list && !spec.values_list.includes(a.value)) problems.push(`${relation}: "${a.value}" is not in its values_list`);
    if (spec.categories && !spec.categories.includes(a.category)) problems.push(`${relation}: category ${a.category} is not one of ${spec.categories.join(', ')}`);
    if (!categories.get(a.category)?.has(a.type)) problems.push(`${relation}: category ${a.category} does not allow type ${a.type}`);
  }
  for (const [relation, n] of count) if (n > 1 && !template.attributes[relation]?.multiple) problems.push(`${relation}: ${n} values but not multiple`);
  for (const relation of template.required ?? []) if (!count.has(relation)) problems.push(`required ${relation} is missing`);
  if (template.requiredOneOf && !template.requiredOneOf.some((r) => count.has(r))) problems.push(`none of requiredOneOf (${template.requiredOneOf.join(', ')})`);
  return problems;
}

/** Every MUST of the MISP core format (raw.md) the event breaks: required fields and their JSON types. */
function eventProblems(doc: MispEventDocument, categories: Map<string, Set<string>>): string[] {
  const problems: string[] = [];
  const e = doc.Event as unknown as Record<string, unknown>;
  const need = (where: string, o: Record<string, unknown>, key: string, check: (v: unknown) => boolean, what: string) => {
    if (!(key in o)) problems.push(`${where}: ${key} is missing`);
    else if (!check(o[key])) problems.push(`${where}: ${key} is not ${what} (${JSON.stringify(o[key])})`);
  };
  const isString = (v: unknown) => typeof v === 'string';
  const isUuid = (v: unknown) => typeof v === 'string' && UUID.test(v);
  const isUnsigned = (v: unknown) => typeof v === 'string' && UNSIGNED.test(v);
  const isBool = (v: unknown) => typeof v === 'boolean';
  const oneOf = (...values: string[]) => (v: unknown) => typeof v === 'string' && values.includes(v);
  need('Event', e, 'uuid', isUuid, 'a UUID string');
  need('Event', e, 'published', isBool, 'a boolean');
  need('Event', e, 'info', (v) => typeof v === 'string' && v.length > 0 && v.length <= 256 && !v.includes('\n'), 'one line of at most 256 characters');
  need('Event', e, 'date', (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v), 'a YYYY-MM-DD date');
  need('Event', e, 'timestamp', isUnsigned, 'Unix seconds as a string');
  need('Event', e, 'publish_timestamp', isUnsigned, 'Unix seconds as a string');
  need('Event', e, 'org_id', isUnsigned, 'an unsigned integer string');
  need('Event', e, 'orgc_id', isUnsigned, 'an unsigned integer string');
  need('Event', e, 'distribution', oneOf('0', '1', '2', '3', '4'), 'a distribution level 0-4');
  need('Event', e, 'threat_level_id', oneOf('1', '2', '3', '4'), 'a threat level 1-4');
  need('Event', e, 'analysis', oneOf('0', '1', '2'), 'an analysis level 0-2');
  for (const org of ['Orgc', 'Org']) {
    const o = e[org] as Record<string, unknown>;
    need(org, o, 'uuid', isUuid, 'a UUID string');
    need(org, o, 'name', isString, 'a string');
    need(org, o, 'id', isUnsigned, 'an unsigned integer string');
  }
  const attributes = [...doc.Event.Attribute, ...doc.Event.Object.flatMap((o) => o.Attribute)];
  need('Event', e, 'attribute_count', (v) => v === String(attributes.length), `the number of attributes (${attributes.length})`);
  for (const tag of [...(doc.Event.Tag ?? []), ...attributes.flatMap((a) => a.Tag ?? [])]) need('Tag', tag, 'name', (v) => typeof v === 'string' && v !== '', 'a name');
  const uuids = new Set<string>();
  const attributeCheck = (a: MispAttribute, where: string) => {
    const o = a as unknown as Record<string, unknown>;
    need(where, o, 'uuid', isUuid, 'a UUID string');
    need(where, o, 'type', isString, 'a string');
    need(where, o, 'category', (v) => typeof v === 'string' && categories.get(v)?.has(a.type) === true, `a category allowing ${a.type}`);
    need(where, o, 'value', (v) => typeof v === 'string' && v !== '', 'a string');
    need(where, o, 'to_ids', isBool, 'a boolean');
    need(where, o, 'event_id', isUnsigned, 'an unsigned integer string');
    need(where, o, 'distribution', oneOf('0', '1', '2', '3', '4', '5'), 'a distribution level 0-5');
    need(where, o, 'timestamp', isUnsigned, 'Unix seconds as a string');
    need(where, o, 'deleted', isBool, 'a boolean');
    need(where, o, 'sharing_group_id', (v) => v === '0', '"0" (no sharing group)');
    for (const s of a.Sighting ?? []) {
      const so = s as unknown as Record<string, unknown>;
      need(`${where} Sighting`, so, 'type', oneOf('0', '1', '2', '3'), 'a sighting type 0-3');
      need(`${where} Sighting`, so, 'uuid', isUuid, 'a UUID string');
      need(`${where} Sighting`, so, 'date_sighting', isUnsigned, 'Unix seconds as a string');
      if (s.attribute_uuid !== a.uuid) problems.push(`${where} Sighting: attribute_uuid is not its attribute's`);
    }
    if (uuids.has(a.uuid)) problems.push(`${where}: uuid ${a.uuid} used twice`);
    uuids.add(a.uuid);
  };
  for (const a of doc.Event.Attribute) attributeCheck(a, `Attribute ${a.uuid}`);
  for (const object of doc.Event.Object) {
    const o = object as unknown as Record<string, unknown>;
    const where = `Object ${object.uuid} (${object.name})`;
    for (const key of ['name', 'meta-category', 'description', 'template_uuid', 'template_version']) need(where, o, key, isString, 'a string');
    need(where, o, 'uuid', isUuid, 'a UUID string');
    need(where, o, 'timestamp', isUnsigned, 'Unix seconds as a string');
    need(where, o, 'distribution', oneOf('0', '1', '2', '3', '4', '5'), 'a distribution level');
    need(where, o, 'deleted', isBool, 'a boolean');
    if (uuids.has(object.uuid)) problems.push(`${where}: uuid used twice`);
    uuids.add(object.uuid);
    for (const a of object.Attribute) attributeCheck(a, `${where} ${a.object_relation ?? ''}`);
    problems.push(...objectProblems(object, categories).map((p) => `${where}: ${p}`));
  }
  for (const object of doc.Event.Object) {
    for (const ref of object.ObjectReference ?? []) {
      const r = ref as unknown as Record<string, unknown>;
      const where = `ObjectReference ${ref.uuid}`;
      need(where, r, 'uuid', isUuid, 'a UUID string');
      need(where, r, 'relationship_type', (v) => typeof v === 'string' && v !== '', 'a string');
      need(where, r, 'timestamp', isUnsigned, 'Unix seconds as a string');
      need(where, r, 'deleted', isBool, 'a boolean');
      if (ref.object_uuid !== object.uuid) problems.push(`${where}: object_uuid is not its object's`);
      if (!uuids.has(ref.referenced_uuid)) problems.push(`${where}: referenced_uuid ${ref.referenced_uuid} is not in the event`);
    }
  }
  return problems;
}

describe.skipIf(!HAVE_MISP_REFERENCES)(`every MISP event the exporter writes follows the MISP core format and every object its misp-objects template (${MISP_DIR})`, () => {
  const categories = HAVE_MISP_REFERENCES ? mispCategoryTypes() : new Map<string, Set<string>>();
  const cases: Array<[string, BundleRecord[]]> = [
    ...exampleFiles().map((e) => [`examples/${e.file}`, e.records] as [string, BundleRecord[]]),
    ...validConformanceCases().map((c) => [`conformance/${c.file}: ${c.description}`, c.records] as [string, BundleRecord[]]),
  ];

  it('names only relationship types of MISP\'s relationship registry (misp-objects/relationships.json), investigates apart', () => {
    const registry = new Set((JSON.parse(readFileSync(join(MISP_DIR, 'misp-objects', 'relationships.json'), 'utf8')) as { values: Array<{ name: string }> }).values.map((v) => v.name));
    // MISP accepts any relationship type; the registry has nothing for an authority investigating an operation
    const outside = new Set(['investigates']);
    for (const row of relationshipTypeCodelist.rows) {
      const mapped = mispRelationshipOf(row.code);
      expect(mapped, `${row.code}: neither it nor its inverse has an xw_misp_relationship value`).toBeDefined();
      if (!outside.has(mapped!.type)) expect(registry.has(mapped!.type), `${row.code} → "${mapped!.type}" is not in MISP's relationship registry`).toBe(true);
    }
  });

  it('reads the core format\'s category-type table and finds inputs', () => {
    expect(categories.get('Financial fraud')).toContain('iban');
    expect(categories.size).toBeGreaterThan(15);
    expect(cases.length).toBeGreaterThan(100);
  });

  it('uses, for each template it writes, the identity and attribute types the template publishes', () => {
    for (const [name, t] of Object.entries(MISP_TEMPLATES)) {
      const template = mispTemplate(name);
      expect(template, name).toBeDefined();
      expect([t.uuid, t.version, t.metaCategory, t.description]).toEqual([template!.uuid, template!.version, template!['meta-category'], template!.description]);
      for (const [relation, type] of Object.entries(t.attributes)) expect(template!.attributes[relation]?.['misp-attribute'], `${name}.${relation}`).toBe(type);
    }
  });

  it.each(cases)('%s', (_name, records) => {
    const { events } = toMisp(records);
    for (const doc of events) expect(eventProblems(doc, categories)).toEqual([]);
  });

  it('writes objects of many templates across the examples', () => {
    const names = new Set(exampleFiles().flatMap((e) => toMisp(e.records).events.flatMap((d) => d.Event.Object.map((o) => o.name))));
    expect([...names].sort()).toEqual(expect.arrayContaining(['bank-account', 'coin-address', 'cryptocurrency-transaction', 'domain-ip', 'phone-number', 'short-message-service', 'url', 'user-account', 'android-app', 'organization', 'victim', 'transaction']));
  });

  it('the checks can fail: a broken object and a broken event are caught', () => {
    const { events } = toMisp(exampleFiles().flatMap((e) => e.records));
    const doc = structuredClone(events.find((d) => d.Event.Object.some((o) => o.name === 'phone-number'))!);
    const phone = doc.Event.Object.find((o) => o.name === 'phone-number')!;
    phone.Attribute = phone.Attribute.filter((a) => a.object_relation !== 'phone-number');
    phone.Attribute.push({ ...phone.Attribute[0]!, object_relation: 'country-code', type: 'phone-number', uuid: '00000000-0000-4000-8000-000000000000' });
    (doc.Event as unknown as Record<string, unknown>).published = 'no';
    const problems = eventProblems(doc, categories);
    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining('required phone-number is missing'), expect.stringContaining('country-code: 2 values but not multiple'), expect.stringContaining('type phone-number is not text'), expect.stringContaining('published is not a boolean')]));
  });
});
