import { fieldIndex, type CodelistRow } from '@gpos/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { validate } from '../src/index.js';
import { useCodelists } from '../src/rules/codes.js';
import * as fixtures from './fixtures.js';

const row = (code: string, deprecated = ''): CodelistRow => ({ code, title: code, description: '', source: '', deprecated });
const list = (open: boolean, ...rows: CodelistRow[]) => ({ open, rows });
const codes = (value: unknown) => validate(value).problems.map((p) => p.code);

/** Lists the standard does not have (yet): a deprecated code, a known scheme, an open typology. */
const lists = {
  typology: list(true, row('investment.relationship'), row('investment.crypto', '1.1.0')),
  indicator_status: list(false, row('active'), row('reported'), row('suspected', '1.1.0')),
  org_id_scheme: list(true, row('th_gov')),
};

describe('codelist rules', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it('unknown_code: a code missing from an open codelist is a warning', () => {
    restore = useCodelists({ codelists: lists });
    expect(codes(fixtures.indicator())).toEqual([]);
    const record = { ...fixtures.indicator(), typology: ['investmnet.relationship'] };
    const result = validate(record);
    expect(result).toMatchObject({ valid: true, problems: [{ code: 'unknown_code', severity: 'warning', pointer: '/typology/0' }] });
    expect(validate(record, { strict: true }).valid).toBe(false);
  });

  it('unknown_code: an organisation reference is judged by its scheme', () => {
    restore = useCodelists({ codelists: lists });
    expect(validate({ ...fixtures.indicator(), source: 'XX-GOV:someone' }).problems).toEqual([expect.objectContaining({ code: 'unknown_code', pointer: '/source' })]);
  });

  it('unknown_code: lists that do not ship are not checked', () => {
    restore = useCodelists({ codelists: {} });
    expect(codes({ ...fixtures.indicator(), typology: ['anything.at_all'] })).toEqual([]);
  });

  it('deprecated_code: in open and closed lists', () => {
    restore = useCodelists({ codelists: lists });
    expect(codes({ ...fixtures.indicator(), typology: ['investment.crypto'] })).toEqual(['deprecated_code']);
    const result = validate({ ...fixtures.indicator(), status: 'suspected' });
    expect(result.problems).toEqual([expect.objectContaining({ code: 'deprecated_code', severity: 'warning', pointer: '/status' })]);
    expect(result.problems[0]!.message).toContain('1.1.0');
  });

  it('personal_data_below_tlp: the indicator_kind min_tlp column raises the minimum for observable values', () => {
    restore = useCodelists({ codelists: { indicator_kind: list(false, { ...row('phone_number'), min_tlp: 'amber' }, { ...row('domain'), min_tlp: 'clear' }) } });
    const phone = { ...fixtures.indicator(), tlp: 'green', observable: { kind: 'phone_number', raw: '081 234 5678', canonical: '+66812345678' } };
    expect(validate(phone).problems.map((p) => [p.code, p.pointer])).toEqual([
      ['personal_data_below_tlp', '/observable/raw'],
      ['personal_data_below_tlp', '/observable/canonical'],
    ]);
    expect(codes({ ...phone, tlp: 'amber' })).toEqual([]);
    expect(codes({ ...fixtures.indicator(), tlp: 'clear' })).toEqual([]);
  });

  it('deprecated_field: a field the schema marks deprecated', () => {
    const marked = { ...fieldIndex, indicator: [...(fieldIndex.indicator ?? []), { path: ['predictive'], deprecated: true }] };
    restore = useCodelists({ codelists: {}, fieldIndex: marked });
    expect(codes(fixtures.indicator())).toEqual([]);
    expect(validate({ ...fixtures.indicator(), predictive: true }).problems).toEqual([expect.objectContaining({ code: 'deprecated_field', pointer: '/predictive' })]);
  });
});
