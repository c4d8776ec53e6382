import { invalid, keys, valid } from '../result.js';
import type { KindResult, NormalizeOptions } from '../types.js';
import { normalizeEmail } from './email.js';
import { isCode, splitCode } from './scope.js';

/**
 * `provider:account_id`, e.g. `truemoney:0812345678`: an account id is only unique at its provider. Ids that
 * are phone-number-like lose their separators; e-mail ids are lower-cased; others are kept as written.
 */
export function normalizeEwallet(input: string, options: NormalizeOptions): KindResult {
  return accountAtProvider(input, options.provider, 'ewallet_account', 'provider', 'an e-wallet account');
}

/**
 * `vasp:account_id`, e.g. `binance:354812907`: a customer account (UID) at a virtual-asset service provider,
 * named as in its `VASP:` organisation reference. Ids are read as e-wallet ids are.
 */
export function normalizeVaspAccount(input: string, options: NormalizeOptions): KindResult {
  return accountAtProvider(input, options.provider, 'vasp_account', 'vasp', 'an exchange account');
}

function accountAtProvider(input: string, given: string | undefined, kind: string, attribute: string, what: string): KindResult {
  const split = splitCode(input.trim());
  const provider = split.code ?? given;
  if (!isCode(provider)) return invalid('missing_context', `${what} needs its provider: write provider:account_id or pass provider`);
  let id = (split.code ? split.rest : input).trim();
  if (/^\+?[\d\s().-]+$/.test(id)) id = id.replace(/[\s().-]/g, '');
  else if (id.includes('@')) {
    const email = normalizeEmail(id);
    if (!email.ok) return email;
    id = email.canonical;
  }
  if (!/^[\p{L}\p{N}@._+-]{1,200}$/u.test(id)) return invalid('invalid_account_id', 'the account id has spaces or characters an account id cannot have');
  const canonical = `${provider}:${id}`;
  return valid(canonical, keys([kind, canonical]), { [attribute]: provider, account_id: id });
}
