import { describe, expect, it } from 'vitest';
import { isRecordId, recordId } from '../src/index.js';

describe('recordId', () => {
  it('makes <type>--<UUIDv7> ids that sort by time', () => {
    const a = recordId('indicator');
    const b = recordId('indicator');
    expect(a).toMatch(/^indicator--[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a < b).toBe(true);
    expect(recordId('bundle')).toMatch(/^bundle--/);
  });
  it('recognises record ids, by type when asked', () => {
    const id = recordId('case');
    expect(isRecordId(id)).toBe(true);
    expect(isRecordId(id, 'case')).toBe(true);
    expect(isRecordId(id, 'indicator')).toBe(false);
    expect(isRecordId('case--not-a-uuid')).toBe(false);
    expect(isRecordId('observable--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e')).toBe(false);
    expect(isRecordId(42)).toBe(false);
  });
});
