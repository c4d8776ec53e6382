import { found, type Rule } from './rule.js';

/** The key that identifies one version of a record. */
export const versionKey = (id: string, modified: string) => `${id}\u0000${modified}`;

export const duplicateRecord: Rule = {
  code: 'duplicate_record',
  severity: 'error',
  title: 'One copy of each version',
  summary: 'The same record version (same `id` and same `modified`) may appear only once in a file or bundle.',
  rationale:
    '`(id, modified)` is the de-duplication key on ingest. Two entries with the same key are either an accidental copy or, worse, two different contents claiming to be the same version, and the recipient cannot tell which one is right.',
  wrong: [
    { id: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e', modified: '2026-03-14T09:26:53Z' },
    { id: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e', modified: '2026-03-14T09:26:53Z' },
  ],
  right: [
    { id: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e', modified: '2026-03-14T09:26:53Z' },
    { id: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e', modified: '2026-03-20T10:00:00Z' },
  ],
  check(record, context) {
    // a lone record has nothing to repeat (and a feed's lines are checked one by one): no key to build and look up
    if (context.container === 'record') return [];
    const positions = context.versions.get(versionKey(record.id, record.modified));
    if (!positions || positions.length < 2 || positions[0] === context.index) return [];
    return [found(this, '/id', `This record repeats record ${positions[0]} (same id and modified); remove the copy, or give a new version a later "modified".`)];
  },
};
