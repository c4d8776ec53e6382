import { PRIVATE_EXTENSION_NAMESPACE } from '@gpos/schema/constants';
import { EXTENSION_RECORDS, EXTENSION_REGISTRY } from '../extensions/registry.js';
import { escapeToken } from '../pointer.js';
import { get, isObject } from '../walk.js';
import { found, type Rule } from './rule.js';

export const unknownExtension: Rule = {
  code: 'unknown_extension',
  severity: 'error',
  title: 'Registered extensions only',
  summary:
    "Every key of `extensions` must be an extension namespace registered with the standard (and used on a record family it is registered for), one whose schema the validator was given, or a partner's own reverse-DNS namespace (rule unregistered_extension); registered and given namespaces' data must satisfy their schema.",
  rationale:
    'Extensions are how partners carry data the standard does not (yet) define without breaking closed objects. Registering them keeps their meaning public and their data validated; an unregistered namespace is data no recipient can interpret (STIX and CloudEvents learned this the hard way). Names without a dot are reserved for the registry, so they can never clash with a partner\'s own.',
  wrong: { type: 'indicator', extensions: { acme: { score: 7 } } },
  right: { type: 'indicator', extensions: { gse: { abuse_type: 'scam', predictive: false } } },
  check(record, context) {
    const extensions = get(record, 'extensions');
    if (!isObject(extensions)) return [];
    const problems = [];
    for (const namespace of Object.keys(extensions)) {
      const pointer = `/extensions/${escapeToken(namespace)}`;
      const local = context.extensions?.get(namespace);
      const registered = EXTENSION_REGISTRY.get(namespace);
      const validator = local ?? registered;
      if (!validator) {
        if (PRIVATE_EXTENSION_NAMESPACE.test(namespace)) continue; // a partner's own: unregistered_extension says so
        problems.push(found(this, pointer, `"${namespace}" is not a registered extension namespace; use a registered one (${[...EXTENSION_REGISTRY.keys()].join(', ')}), your own reversed domain name (for example "com.example.${namespace}"), or register the extension with the standard.`));
        continue;
      }
      const records = registered && !local ? EXTENSION_RECORDS.get(namespace) : undefined;
      if (records && !records.includes(record.type)) {
        problems.push(found(this, pointer, `The extension "${namespace}" is registered for ${records.join(' and ')} records, not ${record.type}; move its data to the record it describes.`));
        continue;
      }
      for (const issue of validator(extensions[namespace])) problems.push(found(this, `${pointer}${issue.pointer}`, `${namespace}: ${issue.message}`));
    }
    return problems;
  },
};
