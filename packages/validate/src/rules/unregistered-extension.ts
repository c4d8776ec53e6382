import { PRIVATE_EXTENSION_NAMESPACE } from '@gpos/schema/constants';
import { EXTENSION_REGISTRY } from '../extensions/registry.js';
import { escapeToken } from '../pointer.js';
import { get, isObject } from '../walk.js';
import { found, type Rule } from './rule.js';

export const unregisteredExtension: Rule = {
  code: 'unregistered_extension',
  severity: 'warning',
  title: "A partner's own extension is not checked",
  summary:
    "An extension namespace that follows the naming convention for a partner's own extensions (a reversed domain name, such as `th.go.aoc1441.hotline`) but is neither registered nor given to the validator: its data is carried, unchecked.",
  rationale:
    "Partners need to carry fields of their own before the standard registers them, and a reversed domain name they control keeps two partners from choosing the same namespace. But no recipient can check or interpret such data unless the partner publishes its schema: give the schema to the validator (gpos validate --extensions DIR) or register the extension.",
  wrong: { type: 'indicator', extensions: { 'com.example.fraud_scores': { score: 7 } } },
  right: { type: 'indicator', extensions: { gse: { abuse_type: 'scam' } } },
  check(record, context) {
    const extensions = get(record, 'extensions');
    if (!isObject(extensions)) return [];
    const problems = [];
    for (const namespace of Object.keys(extensions)) {
      if (EXTENSION_REGISTRY.has(namespace) || context.extensions?.has(namespace) || !PRIVATE_EXTENSION_NAMESPACE.test(namespace)) continue;
      problems.push(found(this, `/extensions/${escapeToken(namespace)}`, `"${namespace}" is a partner's own extension namespace with no schema here, so its data was not checked; give its schema to the validator (gpos validate --extensions DIR) or register it with the standard.`));
    }
    return problems;
  },
};
