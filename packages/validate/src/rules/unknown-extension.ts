import { EXTENSION_REGISTRY } from '../extensions/registry.js';
import { escapeToken } from '../pointer.js';
import { get, isObject } from '../walk.js';
import { found, type Rule } from './rule.js';

export const unknownExtension: Rule = {
  code: 'unknown_extension',
  severity: 'error',
  title: 'Registered extensions only',
  summary: 'Every key of `extensions` must be a registered extension namespace, and its data must satisfy that namespace\'s schema.',
  rationale:
    'Extensions are how partners carry data the standard does not (yet) define without breaking closed objects. Registering them keeps their meaning public and their data validated; an unregistered namespace is data no recipient can interpret (STIX and CloudEvents learned this the hard way). No namespace is registered in version 1.0.',
  wrong: { extensions: { 'acme.internal': { score: 7 } } },
  right: {},
  check(record) {
    const extensions = get(record, 'extensions');
    if (!isObject(extensions)) return [];
    const problems = [];
    for (const namespace of Object.keys(extensions)) {
      const pointer = `/extensions/${escapeToken(namespace)}`;
      const validator = EXTENSION_REGISTRY.get(namespace);
      if (!validator) {
        problems.push(found(this, pointer, `"${namespace}" is not a registered extension namespace; remove it, or register the extension with the standard before sending it.`));
        continue;
      }
      for (const issue of validator(extensions[namespace])) problems.push(found(this, `${pointer}${issue.pointer}`, issue.message));
    }
    return problems;
  },
};
