import { describe, expect, it } from 'vitest';
import { locate, unflatten, type SheetInput } from '../src/index.js';

const header = ['id', 'spec_version', 'created', 'modified', 'source', 'tlp', 'status', 'observable/kind', 'observable/raw', 'confidence'];
const row = (number: number, cells: unknown[]) => ({ number, cells: cells as SheetInput['rows'][number]['cells'] });

describe('problems are located by sheet, row and column', () => {
  it('reports a cell that is not a number', () => {
    const { problems } = unflatten([{ name: 'indicator', headerRow: 1, headings: header, rows: [row(2, ['indicator--1', '1.0.0', 'x', 'x', 'A:b', 'green', 'active', 'url', 'https://x.example', 'high'])] }]);
    expect(problems).toEqual([expect.objectContaining({ code: 'invalid_cell', at: { sheet: 'indicator', row: 2, column: 'confidence', columnNumber: 10 } })]);
    expect(problems[0]!.message).toMatch(/Confidence: expected a number, found "high"/);
  });

  it('reports duplicate and conflicting headings instead of merging them', () => {
    const { problems, records } = unflatten([{ name: 'indicator', headerRow: 1, headings: ['id', 'tlp', 'Tlp', 'status'], rows: [row(2, ['indicator--1', 'green', 'red', 'active'])] }]);
    expect(problems.map((p) => p.code)).toEqual(['duplicate_column']);
    expect(problems[0]!.at).toMatchObject({ column: 'Tlp', columnNumber: 3 });
    expect(records[0]).toMatchObject({ tlp: 'green' });
  });

  it('reports unknown columns and data without a heading', () => {
    const { problems } = unflatten([{ name: 'indicator', headerRow: 1, headings: ['id', 'colour', ''], rows: [row(2, ['indicator--1', 'blue', 'orphan value'])] }]);
    expect(problems.map((p) => [p.code, p.at.columnNumber])).toEqual([['unknown_column', 2], ['unknown_column', 3]]);
  });

  it('reports child rows whose parent is missing or not named', () => {
    const { problems } = unflatten([
      { name: 'case', headerRow: 1, headings: ['id', 'status'], rows: [row(2, ['case--1', 'received'])] },
      { name: 'case.payments', headerRow: 1, headings: ['case.id', 'payment_ref', 'amount/amount'], rows: [row(2, ['case--2', 'p1', '10.00']), row(3, ['', 'p2', '5.00'])] },
    ]);
    expect(problems.map((p) => [p.code, p.at.sheet, p.at.row])).toEqual([['orphan_row', 'case.payments', 2], ['missing_key', 'case.payments', 3]]);
    expect(problems[0]!.message).toContain('case case--2');
  });

  it('maps JSON Pointers back to cells, falling back to the nearest located ancestor', () => {
    const { sourceMap } = unflatten([
      { name: 'case', headerRow: 2, headings: ['id', 'status'], rows: [row(3, ['case--1', 'received'])] },
      { name: 'case.payments', headerRow: 2, headings: ['case.id', 'payment_ref', 'amount/amount', 'amount/currency'], rows: [row(3, ['case--1', 'p1', '10.00', 'THB'])] },
    ]);
    expect(locate(sourceMap, '/0/payments/0/amount/currency')).toEqual({ sheet: 'case.payments', row: 3, column: 'amount/currency', columnNumber: 4 });
    expect(locate(sourceMap, '/0/payments/0/method')).toEqual({ sheet: 'case.payments', row: 3, column: 'case.id', columnNumber: 1 });
    expect(locate(sourceMap, '/0/intake')).toMatchObject({ sheet: 'case', row: 3 });
  });

  it('accepts codelist titles as well as codes, and human headings as well as paths', () => {
    const { records, problems } = unflatten([{ name: 'indicator', headerRow: 1, headings: ['indicator id', 'Status *', 'Observable: Kind'], rows: [row(2, ['indicator--1', 'False positive', 'Phone number'])] }]);
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject({ id: 'indicator--1', status: 'false_positive', observable: { kind: 'phone_number' } });
  });

  it('never lets a heading reach the prototype', () => {
    const { problems } = unflatten([{ name: 'indicator', headerRow: 1, headings: ['id', '__proto__/polluted', 'constructor'], rows: [row(2, ['indicator--1', 'yes', 'x'])] }]);
    expect(problems.every((p) => p.code === 'unknown_column')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
