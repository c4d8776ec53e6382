import { invalid, valid } from '../result.js';
import { refang } from '../refang.js';
import type { KindResult, MatchKey } from '../types.js';
import { classifyHost } from './host.js';

const UNRESERVED_ESCAPE = /%([0-9A-Fa-f]{2})/g;
// a scheme, ignoring tabs and line breaks: the URL parser drops them itself, so the text need not be rewritten
const SCHEME = /^[a-z][a-z0-9+.\t\n\r-]*:/i;

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
  let text = refang(input.trim());
  if (!SCHEME.test(text)) text = `http://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return invalid('invalid_url', 'it is not a URL');
  }
  const { protocol, hostname } = url;
  if (protocol !== 'https:' && protocol !== 'http:') return invalid('unsupported_scheme', `the ${protocol.slice(0, -1)} scheme is not shared as a url; only http and https are`);
  const host = classifyHost(hostname);
  if ('code' in host && host.code !== 'is_ip_address') return invalid(host.code, `its host ${host.reason.replace(/^it /, '')}`);
  // each getter slices the href and each setter re-parses the URL: read once, and set only the rare escaped parts
  let { pathname, search } = url;
  if (pathname.includes('%')) {
    url.pathname = normalizeEscapes(pathname);
    pathname = url.pathname;
  }
  if (search.includes('%')) {
    url.search = normalizeEscapes(search);
    search = url.search;
  }
  // serialised without user info and fragment; `search` is '' for an empty query, which drops a bare '?'
  const sanitized = `${protocol}//${url.host}${pathname}`;
  const canonical = `${sanitized}${search}`;
  const urlKey: MatchKey = { type: 'url', value: canonical };
  const sanitizedKey: MatchKey = { type: 'url_sanitized', value: sanitized };
  if ('code' in host) return valid(canonical, [urlKey, sanitizedKey, { type: 'ip_address', value: hostname.replace(/^\[|\]$/g, '') }]);
  const hostKey: MatchKey = { type: 'hostname', value: host.hostname };
  const keys = host.registrable ? [urlKey, sanitizedKey, hostKey, { type: 'registrable_domain', value: host.registrable }] : [urlKey, sanitizedKey, hostKey];
  return valid(canonical, keys, host.isPrivateSuffix ? { is_private_suffix: true } : {});
}
