import { invalid, keys, valid } from '../result.js';
import type { KindResult, NormalizeOptions } from '../types.js';
import { normalizeEmail } from './email.js';
import { parsePhone } from './phone.js';
import { isCode, splitCode } from './scope.js';

/** The country of each national proxy scheme, for numbers written without a country code. */
const SCHEME_REGION: Record<string, string> = {
  promptpay: 'TH', paynow: 'SG', duitnow: 'MY', upi: 'IN', payid: 'AU', fps_hk: 'HK', pix: 'BR', instapay: 'PH', bakong: 'KH', qris: 'ID', zelle: 'US',
};

const PROXY_TYPE = /^[A-Z]{4}$/;

/** The value of a proxy in the form its type implies, and the type when the caller did not give one. */
function proxyValue(value: string, type: string | undefined, region: string | undefined): { type: string; value: string } | { code: string; reason: string } {
  if (type === 'MBNO' || type === 'TELE' || (!type && /^[+(]?[\d\s().-]{6,}$/.test(value) && !/^\d{13}$/.test(value) && !/^\d{15}$/.test(value))) {
    const phone = parsePhone(value, region);
    return 'code' in phone ? phone : { type: type ?? 'MBNO', value: phone.number };
  }
  if (type === 'EMAL' || (!type && value.includes('@') && /\.[^@]+$/.test(value))) {
    const email = normalizeEmail(value);
    return email.ok ? { type: 'EMAL', value: email.canonical } : email;
  }
  const compact = value.replace(/[\s-]/g, '');
  if (type) return /^[\p{L}\p{N}@._+-]{1,100}$/u.test(compact) ? { type, value: compact } : { code: 'invalid_proxy', reason: 'the proxy value has characters a proxy cannot have' };
  if (/^\d{13}$/.test(compact)) return { type: 'NIDN', value: compact };
  if (/^\d{15}$/.test(compact)) return { type: 'EWAL', value: compact };
  return { code: 'missing_context', reason: 'the proxy type cannot be told from the value: pass proxyType (MBNO, EMAL, NIDN, EWAL…)' };
}

/**
 * `scheme:TYPE:value`, e.g. `promptpay:MBNO:+66812345678`: a proxy only routes money within its scheme, and
 * the ISO 20022 proxy type says how to read the value (phone numbers in E.164, e-mails in lower case).
 */
export function normalizePaymentProxy(input: string, options: NormalizeOptions): KindResult {
  const split = splitCode(input.trim());
  let scheme = split.code ?? options.scheme;
  let type = options.proxyType?.toUpperCase();
  let rest = split.code ? split.rest : input.trim();
  if (split.code) {
    const typed = /^([A-Z]{4}):(.*)$/s.exec(rest);
    if (typed) [type, rest] = [typed[1], typed[2]!];
  }
  if (!isCode(scheme)) return invalid('missing_context', 'a payment proxy needs its scheme: write scheme:TYPE:value or pass scheme (promptpay, paynow, upi…)');
  if (type !== undefined && !PROXY_TYPE.test(type)) return invalid('invalid_proxy', 'the proxy type is a four-letter ISO 20022 code such as MBNO');
  const parsed = proxyValue(rest.trim(), type, SCHEME_REGION[scheme] ?? options.defaultRegion);
  if ('code' in parsed) return invalid(parsed.code, parsed.reason);
  scheme = scheme.toLowerCase();
  const canonical = `${scheme}:${parsed.type}:${parsed.value}`;
  return valid(canonical, keys(['payment_proxy', canonical]), { scheme, proxy_type: parsed.type });
}
