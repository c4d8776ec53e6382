import { invalid, keys, valid } from '../result.js';
import { refang } from '../refang.js';
import type { KindResult } from '../types.js';
import { classifyHost } from './host.js';

const SCHEMES = new Set(['http:', 'https:']);
const UNRESERVED_ESCAPE = /%([0-9A-Fa-f]{2})/g;

/** RFC 3986 §6.2.2: decode escapes of unreserved characters and upper-case the hex of the others. */
function normalizeEscapes(part: string): string {
  return part.replace(UNRESERVED_ESCAPE, (escape, hex: string) => {
    const char = String.fromCharCode(Number.parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

/**
 * A URL in the spirit of Google Safe Browsing's canonicalisation: refanged, tabs and line breaks removed,
 * parsed by the WHATWG URL Standard (lower-case A-label host, dot segments resolved, default port dropped),
 * fragment and user info dropped, unreserved escapes decoded, an empty query removed. Only http(s).
 */
export function normalizeUrl(input: string): KindResult {
  let text = refang(input.trim()).replace(/[\t\r\n]/g, '');
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) text = `http://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return invalid('invalid_url', 'it is not a URL');
  }
  if (!SCHEMES.has(url.protocol)) return invalid('unsupported_scheme', `the ${url.protocol.slice(0, -1)} scheme is not shared as a url; only http and https are`);
  const host = classifyHost(url.hostname);
  const isIp = 'code' in host && host.code === 'is_ip_address';
  if ('code' in host && !isIp) return invalid(host.code, `its host ${host.reason.replace(/^it /, '')}`);
  // each setter re-serialises the URL: only touch the parts that are there
  if (url.hash) url.hash = '';
  if (url.username) url.username = '';
  if (url.password) url.password = '';
  if (url.pathname.includes('%')) url.pathname = normalizeEscapes(url.pathname);
  if (url.search === '' && url.href.endsWith('?')) url.search = '';
  else if (url.search.includes('%')) url.search = normalizeEscapes(url.search);
  const canonical = url.href;
  const sanitized = `${url.origin}${url.pathname}`;
  const hostKeys = 'code' in host ? keys(['ip_address', url.hostname.replace(/^\[|\]$/g, '')]) : keys(['hostname', host.hostname], ['registrable_domain', host.registrable]);
  return valid(canonical, [...keys(['url', canonical], ['url_sanitized', sanitized]), ...hostKeys], !('code' in host) && host.isPrivateSuffix ? { is_private_suffix: true } : {});
}
