import { resolvePointer } from '../pointer.js';
import { markingsOf } from './personal-data.js';
import { found, type Rule } from './rule.js';

/** Fields that say what the record is and how it is marked: a marking of them would hide the record itself. */
const UNMARKABLE = new Set(['type', 'id', 'spec_version', 'created', 'modified', 'source', 'tlp', 'markings', 'revoked']);

export const unresolvedMarkingPointer: Rule = {
  code: 'unresolved_marking_pointer',
  severity: 'error',
  title: 'Markings point to a markable part of the record',
  summary:
    "Each marking's `pointer` must be a JSON Pointer to a value that exists in the same record, outside the fields that identify and mark the record (`type`, `id`, `spec_version`, `created`, `modified`, `source`, `tlp`, `markings`, `revoked`), and no two markings may name the same part.",
  rationale:
    'A marking that points to nothing protects nothing: the producer meant to restrict something, and a recipient cannot tell what. Marking the identifying fields would leave a record no recipient can de-duplicate, and two labels for one part leave its label to chance.',
  wrong: { victim: { age_band: 'age_70_79' }, markings: [{ pointer: '/victim/vulnerability', tlp: 'red' }] },
  right: { victim: { age_band: 'age_70_79' }, markings: [{ pointer: '/victim/age_band', tlp: 'red' }] },
  check(record) {
    const problems = [];
    const seen = new Set<string>();
    for (const marking of markingsOf(record)) {
      const at = `/markings/${marking.index}/pointer`;
      if (UNMARKABLE.has(marking.tokens[0]!)) {
        problems.push(found(this, at, `"${marking.pointer}" is one of the fields that identify and mark the record, which cannot be marked; raise the record's tlp instead.`));
      } else if (resolvePointer(record, marking.pointer) === undefined) {
        problems.push(found(this, at, `"${marking.pointer}" points to nothing in this record; point to the value the marking is for, or remove the marking.`));
      } else if (seen.has(marking.pointer)) {
        problems.push(found(this, at, `"${marking.pointer}" is marked more than once; keep one marking per part.`));
      }
      seen.add(marking.pointer);
    }
    return problems;
  },
};
