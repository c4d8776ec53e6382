import { describe, expect, it } from 'vitest';
import { parsePartners, serverSettings } from '../src/index.js';

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
    expect(parsePartners([{ ...ok, oprf: true }])[0]!.oprf).toBe(true);
    expect(parsePartners([ok])[0]!.oprf).toBeUndefined();
    expect(() => parsePartners([{ ...ok, oprf: 'yes' }])).toThrow(/partners\[0\]\.oprf/);
  });
});

describe('OPRF settings', () => {
  const secret = Buffer.alloc(32, 7).toString('base64url');
  const files: Record<string, string> = {
    'keys.json': JSON.stringify({ keys: [{ key_id: 'ex-2026-01', secret }, { key_id: 'ex-2026-07', secret: Buffer.alloc(32, 8).toString('base64url') }], current: 'ex-2026-07' }),
    'short.json': JSON.stringify({ keys: [{ key_id: 'ex-2026-01', secret: 'AAAA' }] }),
    'bad.json': '{"keys": [',
  };
  const read = (path: string) => {
    if (!(path in files)) throw new Error(`ENOENT ${path}`);
    return files[path]!;
  };

  it('reads the key file, the quota and the batch limit, from flags or the environment', () => {
    const { options } = serverSettings({ 'oprf-key': 'keys.json', 'oprf-quota': '5000/86400' }, { GPOS_OPRF_MAX_BATCH: '500' }, read);
    expect(options.oprf?.keys.current).toBe('ex-2026-07');
    expect(options.oprf?.keys.ids()).toEqual(['ex-2026-01', 'ex-2026-07']);
    expect(options.oprf?.quota).toEqual({ evaluations: 5000, windowMs: 86_400_000 });
    expect(options.oprf?.maxBatch).toBe(500);
  });

  it('names the flag and never the secret when the key file is wrong', () => {
    expect(() => serverSettings({ 'oprf-key': 'bad.json' }, {}, read)).toThrow(/--oprf-key: bad.json/);
    expect(() => serverSettings({ 'oprf-key': 'short.json' }, {}, read)).toThrow(/at least 32/);
    expect(() => serverSettings({ 'oprf-quota': '10/60' }, {}, read)).toThrow(/need --oprf-key/);
    expect(() => serverSettings({ 'oprf-key': 'keys.json', 'oprf-quota': 'lots' }, {}, read)).toThrow(/--oprf-quota/);
    try {
      serverSettings({ 'oprf-key': 'short.json' }, {}, read);
    } catch (error) {
      expect(String(error)).not.toContain('AAAA');
    }
  });
});
