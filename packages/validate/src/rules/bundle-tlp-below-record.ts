import { TLP_ORDER, tlpRank, type TlpCode } from '@gpos/schema/constants';
import { found, type Rule } from './rule.js';

const isTlp = (v: unknown): v is TlpCode => typeof v === 'string' && (TLP_ORDER as readonly string[]).includes(v);

export const bundleTlpBelowRecord: Rule = {
  code: 'bundle_tlp_below_record',
  severity: 'error',
  title: 'A bundle is marked at least as strictly as its records',
  summary: "A bundle's `tlp` must be at least as restrictive as the `tlp` of every record it carries.",
  rationale:
    'Recipients and relays route whole bundles by the bundle marking. A TLP:GREEN bundle holding a TLP:RED record would be forwarded to the community and leak the record.',
  wrong: { type: 'bundle', tlp: 'green', records: [{ type: 'case', tlp: 'red' }] },
  right: { type: 'bundle', tlp: 'red', records: [{ type: 'case', tlp: 'red' }] },
  check(record, context) {
    const outer = context.bundle?.tlp;
    if (!isTlp(outer) || !isTlp(record.tlp) || tlpRank(outer) >= tlpRank(record.tlp)) return [];
    return [found(this, '/tlp', `This record is TLP:${record.tlp.toUpperCase()} but the bundle is only TLP:${outer.toUpperCase()}; raise the bundle's tlp or send the record separately.`)];
  },
};
