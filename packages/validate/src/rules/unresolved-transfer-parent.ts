import { get, valuesAt } from '../walk.js';
import { found, type Rule } from './rule.js';

export const unresolvedTransferParent: Rule = {
  code: 'unresolved_transfer_parent',
  severity: 'error',
  title: 'Transfer hops form chains',
  summary: "A transfer's `parent` must be the `id` of another transfer of the same case, and following parents must never lead back to the same hop.",
  rationale:
    'Tracing money means walking from the victim\'s payment to the last wallet. A parent that names no hop (a typo, or a hop dropped from a later version) breaks the chain where investigators need it, and a loop has no first hop at all.',
  wrong: { transfers: [{ id: 'h1', at: '2026-02-03T08:01:00Z', sent: { amount: '950000.00', currency: 'THB' } }, { id: 'h2', parent: 'h9', at: '2026-02-03T08:05:00Z', sent: { amount: '940000.00', currency: 'THB' } }] },
  right: { transfers: [{ id: 'h1', at: '2026-02-03T08:01:00Z', sent: { amount: '950000.00', currency: 'THB' } }, { id: 'h2', parent: 'h1', at: '2026-02-03T08:05:00Z', sent: { amount: '940000.00', currency: 'THB' } }] },
  families: ['case'],
  check(record) {
    if (record.type !== 'case') return [];
    const hops = valuesAt(record, ['transfers', '*']);
    if (hops.length === 0) return [];
    const parents = new Map<string, unknown>();
    for (const { value } of hops) {
      const id = get(value, 'id');
      if (typeof id === 'string' && !parents.has(id)) parents.set(id, get(value, 'parent'));
    }
    const problems = [];
    for (const { pointer, value } of hops) {
      const parent = get(value, 'parent');
      if (typeof parent !== 'string') continue;
      if (!parents.has(parent)) {
        problems.push(found(this, `${pointer}/parent`, `No transfer of this case has the id "${parent}"; give the id of the hop this money came from, or leave parent out for a first hop.`));
        continue;
      }
      // walk up: a chain has at most as many steps as there are hops, so a longer walk is a loop
      const start = get(value, 'id');
      let at: unknown = parent;
      for (let steps = 0; typeof at === 'string' && steps <= parents.size; steps++) {
        if (at === start) {
          problems.push(found(this, `${pointer}/parent`, `Following parents from "${String(start)}" leads back to it; a hop cannot forward money it received itself.`));
          break;
        }
        at = parents.get(at);
      }
    }
    return problems;
  },
};
