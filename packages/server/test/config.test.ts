import { describe, expect, it } from 'vitest';
import { parsePartners } from '../src/index.js';

describe('parsePartners', () => {
  it('accepts a partner list and names the first wrong entry', () => {
    const ok = { org: 'TH-GOV:aoc1441', token: 'x'.repeat(16), clearance: 'amber', keys: [] };
    expect(parsePartners([ok])).toHaveLength(1);
    expect(() => parsePartners({})).toThrow(/array/);
    expect(() => parsePartners([{ ...ok, org: 'aoc' }])).toThrow(/partners\[0\]\.org/);
    expect(() => parsePartners([ok, { ...ok, org: 'TH-BANK:004' }])).toThrow(/partners\[1\]\.token is used/);
    expect(() => parsePartners([{ ...ok, clearance: 'AMBER' }])).toThrow(/clearance/);
    expect(() => parsePartners([{ ...ok, token: 'short' }])).toThrow(/token/);
    expect(parsePartners([{ ...ok, speaks_for: ['TH-GOV:aoc1441-north'] }])[0]!.speaksFor).toEqual(['TH-GOV:aoc1441', 'TH-GOV:aoc1441-north']);
    expect(() => parsePartners([{ ...ok, speaks_for: 'TH-GOV:x' }])).toThrow(/speaks_for/);
  });
});
