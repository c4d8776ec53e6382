import { invalid, keys, valid } from '../result.js';
import { refang } from '../refang.js';
import type { KindResult } from '../types.js';

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * IPv4 in dotted decimal; IPv6 in the RFC 5952 text form (lower case, longest zero run compressed) as the
 * WHATWG URL parser serialises it. Octets with leading zeros are refused: tools disagree on whether they are octal.
 */
export function normalizeIp(input: string): KindResult {
  const text = refang(input.trim()).replace(/^\[|\]$/g, '');
  const v4 = IPV4.exec(text);
  if (v4) {
    const octets = v4.slice(1);
    if (octets.some((o) => o.length > 1 && o.startsWith('0'))) return invalid('ambiguous_ip', 'an octet has leading zeros, which some tools read as octal; write it in plain decimal');
    if (octets.some((o) => Number(o) > 255)) return invalid('invalid_ip', 'an octet is above 255');
    const canonical = octets.map(Number).join('.');
    return valid(canonical, keys(['ip_address', canonical], ['ip_prefix', `${octets.slice(0, 3).map(Number).join('.')}.0/24`]));
  }
  if (!text.includes(':') || text.includes('%') || !/^[0-9A-Fa-f:.]+$/.test(text)) return invalid('invalid_ip', 'it is not an IPv4 or IPv6 address');
  try {
    const canonical = new URL(`http://[${text}]`).hostname.slice(1, -1);
    return valid(canonical, keys(['ip_address', canonical]));
  } catch {
    return invalid('invalid_ip', 'it is not a valid IPv6 address');
  }
}
