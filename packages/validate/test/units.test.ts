import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareDates } from '../src/dates.js';
import { decimalPlaces, formatDecimal, parseDecimal } from '../src/decimal.js';
import { rules } from '../src/index.js';
import { fieldName, resolvePointer } from '../src/pointer.js';
import { findCardNumber, findPersonalData, ibanChecksum, luhn } from '../src/rules/text-detectors.js';
import { closest } from '../src/suggest.js';
import type { GposRecord } from '@gpos/types';
import * as fixtures from './fixtures.js';

describe('helpers', () => {
  it('compares dates and timestamps, a date covering its whole day', () => {
    expect(compareDates('2026-03-14T09:00:00Z', '2026-03-14T10:00:00Z')).toBe(-1);
    expect(compareDates('2026-03-14', '2026-03-14T23:59:59Z')).toBe(0);
    expect(compareDates('2026-03-14T09:00:00.000000002Z', '2026-03-14T09:00:00.000000001Z')).toBe(1);
    expect(compareDates('2026-03-15', '2026-03-14')).toBe(1);
  });

  it('handles decimals exactly', () => {
    expect(parseDecimal('0.1')! + parseDecimal('0.2')!).toBe(parseDecimal('0.3'));
    expect(formatDecimal(parseDecimal('1250.50')!)).toBe('1250.5');
    expect(parseDecimal('1e3')).toBeUndefined();
    expect(decimalPlaces('12.345')).toBe(3);
  });

  it('checks Luhn and IBAN checksums with published test numbers', () => {
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
    expect(ibanChecksum('GB82WEST12345698765432')).toBe(true);
    expect(ibanChecksum('GB82WEST12345698765433')).toBe(false);
    expect(findCardNumber('card 3782 822463 10005 used')).toBe('378282•••••0005');
    expect(findCardNumber('ref 4111111111111111X')).toBeUndefined();
  });

  it('spots personal identifiers in free text without false alarms on dates and amounts', () => {
    expect(findPersonalData('mail me at a.b@example.org')).toBe('an e-mail address');
    expect(findPersonalData('call +66 81 234 5678')).toBe('a phone number');
    expect(findPersonalData('IBAN GB82 WEST 1234 5698 7654 32')).toBe('an IBAN');
    expect(findPersonalData('Seen on 2026-03-14, 1,250,000.00 THB lost, case 2026/0345')).toBeUndefined();
  });

  it('names fields and resolves pointers', () => {
    expect(fieldName('/actions/0/at')).toBe('actions[0].at');
    expect(fieldName('')).toBe('the record');
    expect(resolvePointer({ a: [{ 'b/c': 1 }] }, '/a/0/b~1c')).toBe(1);
    expect(resolvePointer({}, '/constructor')).toBeUndefined();
  });

  it('suggests close names only', () => {
    expect(closest('cannonical', ['raw', 'canonical'])).toBe('canonical');
    expect(closest('Status', ['status'])).toBe('status');
    expect(closest('severity', ['status', 'tlp'])).toBeUndefined();
  });
});

describe('spec_version rules', () => {
  const context = (specVersion: string) => ({ container: 'record' as const, index: 0, ids: new Map(), versions: new Map(), specVersion });
  const record = { ...fixtures.organization(), spec_version: '1.0.0' } as unknown as GposRecord;

  it('spec_version_older is advice about a bundle of an older minor version, never about a patch or a lone record', () => {
    const older = rules.find((r) => r.code === 'spec_version_older')!;
    const bundle = { ...fixtures.bundle([]), spec_version: '1.0.0' };
    expect(older.checkBundle!(bundle, context('1.2.0'))).toEqual([expect.objectContaining({ severity: 'info', pointer: '/spec_version' })]);
    expect(older.checkBundle!(bundle, context('1.0.3'))).toEqual([]);
    expect(older.checkBundle!(bundle, context('1.0.0'))).toEqual([]);
    expect(older.check(record, context('1.2.0'))).toEqual([]);
  });

  it('spec_version_newer flags data newer than the validator', () => {
    const newer = rules.find((r) => r.code === 'spec_version_newer')!;
    expect(newer.check(record, context('0.9.0'))).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(newer.check(record, context('1.0.0'))).toEqual([]);
  });
});

describe('documentation', () => {
  it('the package README lists every rule code', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const rule of rules) expect(readme, rule.code).toContain(`\`${rule.code}\``);
  });
});
