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
  commitment: [
    ['related_commitments', '*', 'ref'],
    ['metrics', '*', 'periods', '*', 'statistic_refs', '*'],
  ],
  organization: [],
  operation: [],
  relationship: [['source_ref'], ['target_ref']],
  sighting: [['indicator_ref']],
  statistic: [['dimensions', 'operation_ref']],
};

/** Observable ids are derived from values, not records: nothing in a bundle has to carry them. */
const isObservableId = (value: string) => value.startsWith('observable--');

export const unresolvedReference: Rule = {
  code: 'unresolved_reference',
  severity: 'error',
  title: 'References resolve',
  summary:
    'Ids of other records (indicator_refs, destination_indicator_ref, related_*, duplicate_of, derived_from, a relationship\'s source_ref and target_ref, a sighting\'s indicator_ref, statistic_refs) must name a record in the same bundle. In a delta bundle a missing target is a warning, and nothing when the bundle names it in `references`; in a plain file of records it is a warning; a lone record is not checked.',
  rationale:
    'A complete bundle is the unit of exchange: the recipient may hold nothing but it, so a reference that does not resolve inside it is a dangling pointer (an error). A delta bundle carries only what changed since the last one, so the records it refers to are usually already with the recipient: listing them in `references` (type, id, modified) says which version is meant and silences the check, and an unlisted one is only a warning. A file of records is often one slice of a larger data set whose other records live elsewhere, so there the missing target is only a warning; a single record cannot be checked at all.',
  wrong: { type: 'bundle', records: [{ type: 'case', indicator_refs: ['indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e'] }] },
  right: {
    type: 'bundle',
    records: [{ type: 'case', indicator_refs: ['indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e'] }, { type: 'indicator', id: 'indicator--0192f0c4-7a1e-7c3b-9d2e-5f6a7b8c9d0e' }],
  },
  check(record, context) {
    if (context.container === 'record') return [];
    const delta = context.container === 'bundle' && context.bundle?.scope === 'delta';
    const severity = context.container === 'bundle' && !delta ? 'error' : 'warning';
    const where = context.container === 'bundle' ? 'this bundle' : 'this file';
    const advice = delta
      ? 'if the recipient already holds it, name it in the bundle\'s "references" (type, id, modified); otherwise include it'
      : 'include the record it refers to, or remove the reference';
    const problems = [];
    for (const path of [...REFERENCES['*']!, ...(REFERENCES[record.type] ?? [])]) {
      for (const { pointer, value } of valuesAt(record, path)) {
        if (typeof value !== 'string' || context.ids.has(value) || isObservableId(value)) continue;
        if (delta && context.stubs?.has(value)) continue;
        problems.push(found(this, pointer, `${value} is not in ${where}; ${advice}.`, severity));
      }
    }
    return problems;
  },
};
