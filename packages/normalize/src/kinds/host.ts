import { publicSuffixes } from '#heavy';
import { invalid, valid } from '../result.js';
import { refang } from '../refang.js';
import type { KindResult, MatchKey } from '../types.js';

const HOST_CHARS = /^[^\s/?#@:\\[\]<>"'`%]+$/;
// HOST_CHARS without ( or {: refang needs a bracket or a colon, so such text has nothing to refang either
const PLAIN_HOST = /^[^\s/?#@:\\[\]<>"'`%({]+$/;
const LONG_LABEL = /[^.]{64}/;
/*
 * A name of ASCII letters, digits and hyphens in non-empty labels, the last starting with a letter: the WHATWG URL
 * parser only lower-cases it (UTS #46 maps A-Z to a-z and keeps the rest; a last label starting with a letter is
 * no IPv4 number; ASCII has no bidi or joiner to check), so it is lower-cased here without building a URL. A
 * label starting with xn-- is Punycode the parser decodes and checks: those go through it.
 */
const ASCII_HOST = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z][A-Za-z0-9-]*$/;
const PUNYCODE = /(?:^|\.)xn--/i;
/*
 * ASCII_HOST with some dots defanged as `[.]`, the usual way indicators are shared (`scam-shop[.]example`). Undoing
 * `[.]` leaves a name of letters, digits, hyphens and dots, in which refang finds nothing more to undo (each of its
 * other passes needs a bracket or a colon), and which matches ASCII_HOST: the result is the one of the long way.
 */
const DEFANGED_ASCII_HOST = /^[A-Za-z0-9-]+(?:(?:\.|\[\.\])[A-Za-z0-9-]+)*(?:\.|\[\.\])[A-Za-z][A-Za-z0-9-]*$/;
// the WHATWG URL parser has already extracted and validated the host name: tldts need not do it again
const TLDTS_OPTIONS = { allowPrivateDomains: true, extractHostname: false, validateHostname: false, mixedInputs: false } as const;

export interface HostParts {
  hostname: string;
  /** eTLD+1 with the private section of the Public Suffix List, or null when the host is a public suffix. */
  registrable: string | null;
  isPrivateSuffix: boolean;
}

/**
 * A host name as a lower-case A-label (UTS #46 via the WHATWG URL parser), without a trailing dot, with its
 * registrable domain. IP addresses, single labels and malformed names are refused.
 */
export function parseHost(input: string): HostParts | { code: string; reason: string } {
  let text = input.trim();
  const plain = PLAIN_HOST.test(text); // the usual case: one regex instead of refang's and HOST_CHARS
  if (!plain && DEFANGED_ASCII_HOST.test(text)) {
    const dotted = text.replaceAll('[.]', '.');
    if (!PUNYCODE.test(dotted)) return classifyHost(dotted.toLowerCase());
  }
  if (!plain) text = refang(text);
  if (text.endsWith('.')) text = text.slice(0, -1); // the DNS root: the canonical name is written without it
  if (!text || (!plain && !HOST_CHARS.test(text))) return { code: 'invalid_host', reason: 'it is not a host name' };
  if (text.endsWith('.')) return { code: 'invalid_host', reason: 'a label is empty (two dots in a row, or a leading dot)' };
  if (ASCII_HOST.test(text) && !PUNYCODE.test(text)) return classifyHost(text.toLowerCase());
  let hostname: string;
  try {
    hostname = new URL(`http://${text}`).hostname;
  } catch {
    return { code: 'invalid_host', reason: 'it is not a valid host name (IDNA)' };
  }
  return classifyHost(hostname);
}

/** Checks a host name the WHATWG URL parser has already serialised, and finds its registrable domain. */
export function classifyHost(hostname: string): HostParts | { code: string; reason: string } {
  const info = publicSuffixes()(hostname, TLDTS_OPTIONS);
  if (info.isIp) return { code: 'is_ip_address', reason: 'it is an IP address; use the ip_address kind' };
  // one trailing dot is the DNS root ("bad.example." in a URL); any other empty label ("a..example",
  // ".example") is not a name, though the URL parser keeps it
  const dot = hostname.indexOf('.');
  if (dot < 0 || dot === hostname.length - 1) return { code: 'not_fully_qualified', reason: 'a host name needs at least two labels' };
  if (dot === 0 || hostname.includes('..')) return { code: 'invalid_host', reason: 'a label is empty (two dots in a row, or a leading dot)' };
  // a label of 64+ characters needs a name that long: skip the regex scan for the usual short names
  if (hostname.length > 253 || (hostname.length > 63 && LONG_LABEL.test(hostname))) {
    return { code: 'invalid_host', reason: 'a label is longer than 63 characters or the name longer than 253' };
  }
  return { hostname, registrable: info.domain, isPrivateSuffix: info.isPrivate === true && info.domain !== null };
}

const privateFlag = (parts: HostParts) => (parts.isPrivateSuffix ? { is_private_suffix: true } : {});

export function normalizeHostname(input: string): KindResult {
  const parts = parseHost(input);
  if ('code' in parts) return invalid(parts.code, parts.reason);
  const hostname: MatchKey = { type: 'hostname', value: parts.hostname };
  const matchKeys = parts.registrable ? [hostname, { type: 'registrable_domain', value: parts.registrable }] : [hostname];
  return valid(parts.hostname, matchKeys, privateFlag(parts));
}

/** A domain is the registrable domain (eTLD+1); a longer host name is reduced to it. */
export function normalizeDomain(input: string): KindResult {
  const parts = parseHost(input);
  if ('code' in parts) return invalid(parts.code, parts.reason);
  if (!parts.registrable) {
    return invalid('public_suffix', `${parts.hostname} is a public suffix shared by many registrants; report the tenant's host name instead`);
  }
  return valid(parts.registrable, [{ type: 'registrable_domain', value: parts.registrable }], privateFlag(parts));
}
