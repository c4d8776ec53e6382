import { invalid, keys, valid } from '../result.js';
import { refang } from '../refang.js';
import type { KindResult } from '../types.js';
import { parseHost } from './host.js';

const LOCAL_PART = /^[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]{1,64}$/u;

/**
 * An e-mail address in lower case (mail providers treat the local part case-insensitively in practice), with
 * its domain as a lower-case A-label. Quoted local parts and IP-literal domains are refused.
 */
export function normalizeEmail(input: string): KindResult {
  const text = refang(input.trim()).replace(/^mailto:/i, '');
  const at = text.lastIndexOf('@');
  if (at <= 0 || at !== text.indexOf('@')) return invalid('invalid_email', 'it needs exactly one @ between a local part and a domain');
  const local = text.slice(0, at).normalize('NFC').toLowerCase();
  if (!LOCAL_PART.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return invalid('invalid_email', 'its local part has characters or dots an address cannot have');
  }
  const host = parseHost(text.slice(at + 1));
  if ('code' in host) return invalid('invalid_email', `its domain ${host.reason.replace(/^it /, '')}`);
  const canonical = `${local}@${host.hostname}`;
  return valid(canonical, keys(['email', canonical], ['email_domain', host.hostname]));
}
