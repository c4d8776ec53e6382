import { valuesAt } from '../walk.js';
import { found, type Rule } from './rule.js';

/** Fields holding ids of other records, per family. */
const REFERENCES: Readonly<Record<string, ReadonlyArray<readonly string[]>>> = {
  '*': [['provenance', 'derived_from', '*']],
  indicator: [['related_indicators', '*']],
  case: [
    ['contact_channels', '*', 'indicator_refs', '*'],
    ['payments', '*', 'destination_indicator_ref'],
    ['transfers', '*', 'from', 'indicator_ref'],
    ['transfers', '*', 'to', 'indicator_ref'],
    ['indicator_refs', '*'],
    ['related_cases', '*'],
    ['duplicate_of'],
  ],
  commitment: [['related_commitments', '*', 'ref']],
  organization: [],
};

export const unresolvedReference: Rule = {
  code: 'unresolved_reference',
  severity: 'error',
  title: 'References resolve',
  summary:
    'Ids of other records (indicator_refs, destination_indicator_ref, related_*, duplicate_of, derived_from) must name a record in the same bundle; in a plain file of records a missing target is a warning; a lone record is not checked.',
  rationale:
    'A bundle is the unit of exchange: the recipient may hold nothing but it, so a reference that does not resolve inside it is a dangling pointer (an error). A file of records is often one slice of a larger data set whose other records live elsewhere, so there the missing target is only a warning; a single record cannot be checked at all.',
  wrong: { type: 'bundle', records: [{ type: 'case', indicator_refs: ['indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e'] }] },
  right: {
    type: 'bundle',
    records: [{ type: 'case', indicator_refs: ['indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e'] }, { type: 'indicator', id: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e' }],
  },
  check(record, context) {
    if (context.container === 'record') return [];
    const severity = context.container === 'bundle' ? 'error' : 'warning';
    const where = context.container === 'bundle' ? 'this bundle' : 'this file';
    const problems = [];
    for (const path of [...REFERENCES['*']!, ...(REFERENCES[record.type] ?? [])]) {
      for (const { pointer, value } of valuesAt(record, path)) {
        if (typeof value !== 'string' || context.ids.has(value)) continue;
        problems.push(found(this, pointer, `${value} is not in ${where}; include the record it refers to, or remove the reference.`, severity));
      }
    }
    return problems;
  },
};
