import type { IndexedField } from '@gpos/schema';
import { tlpRank } from '@gpos/schema/constants';
import { fieldName, pointerOf } from '../pointer.js';
import { valuesAt } from '../walk.js';
import { fieldsWhere } from './codes.js';
import { coveringMarking, isTlp, markingsOf, minimumOf, setPerCode, tlpLabel as label } from './personal-data.js';
import { found, type Rule } from './rule.js';

const isPersonal = (f: IndexedField) => Boolean(f.personal) && f.personal!.category !== 'narrative';

export const markingBelowMinimum: Rule = {
  code: 'marking_below_minimum',
  severity: 'error',
  title: 'Markings never lower data below its minimum',
  summary:
    "A marking may lower part of a record below the record's tlp only where a codelist entry sets that value's own minimum (a `vulnerability` code, a victim `role`), and never below it; no marking may label personal data lower than its minimum.",
  rationale:
    "Field-level markings let a producer share an elderly victim's vulnerability with banks at TLP:AMBER while the rest of the case stays stricter, or keep one sensitive part stricter than the record. Lowering anything else would undo the producer's own label, and lowering personal data below its minimum is the breach the minimum exists to prevent.",
  wrong: { type: 'case', tlp: 'amber+strict', victim: { vulnerability: ['trafficking_victim'] }, markings: [{ pointer: '/victim/vulnerability/0', tlp: 'amber' }] },
  right: { type: 'case', tlp: 'amber+strict', victim: { vulnerability: ['elderly'] }, markings: [{ pointer: '/victim/vulnerability/0', tlp: 'amber' }] },
  check(record) {
    if (!isTlp(record.tlp)) return [];
    const markings = markingsOf(record);
    if (markings.length === 0) return [];
    const problems = [];
    // the pointers of values whose own codelist entry sets their minimum, and of the arrays that hold them
    const perCode = new Set<string>();
    const fields = fieldsWhere(record.type, isPersonal);
    for (const field of fields) {
      for (const { pointer, value } of valuesAt(record, field.path)) {
        const marking = coveringMarking(markings, pointer);
        if (setPerCode(field)) {
          perCode.add(pointer);
          if (field.path.at(-1) === '*') perCode.add(pointer.slice(0, pointer.lastIndexOf('/')));
        }
        if (!marking) continue;
        const min = minimumOf(field, record, value);
        if (tlpRank(marking.tlp) < tlpRank(min)) {
          problems.push(found(this, `/markings/${marking.index}/tlp`, `${fieldName(pointer)}${typeof value === 'string' ? ` ("${value}")` : ''} is personal data that needs at least ${label(min)}, but this marking labels it ${label(marking.tlp)}; raise the marking or remove the value.`));
        }
      }
    }
    for (const marking of markings) {
      const inherited = coveringMarking(markings, pointerOf(marking.tokens.slice(0, -1)))?.tlp ?? record.tlp;
      if (tlpRank(marking.tlp) >= tlpRank(inherited) || perCode.has(marking.pointer)) continue;
      problems.push(found(this, `/markings/${marking.index}/tlp`, `This marking lowers ${fieldName(marking.pointer)} from ${label(inherited)} to ${label(marking.tlp)}, but only a value whose codelist entry sets its own minimum (a vulnerability code, a victim role) may be marked below the record; raise the marking or the record's tlp.`));
    }
    return problems;
  },
};
