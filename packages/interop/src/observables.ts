import type { Observable } from '@gpos/types';
import { GPOS_EXTENSION_ID, GPOS_OBSERVABLE_TYPE } from './extension.js';
import { scoId } from './ids.js';
import { equalityPattern, type PatternComparison } from './pattern.js';

export type StixSco = { type: string; spec_version: '2.1'; id: string } & Record<string, unknown>;

/** An observable as STIX: its SCO and the pattern that matches it. */
export interface StixObservable {
  readonly sco: StixSco;
  readonly pattern: string;
}

const sco = (type: string, contributing: Record<string, unknown>, extra: Record<string, unknown> = {}): StixSco => ({
  type,
  spec_version: '2.1',
  id: scoId(type, contributing),
  ...contributing,
  ...extra,
});

/**
 * The STIX SCO and pattern of a GPOS observable. Kinds STIX has an SCO for use it (url, domain-name, ipv4/ipv6-addr,
 * email-addr, user-account, file); the others become a `gpos-observable`, whose id is the GPOS observable id's UUID,
 * so two partners' exports of the same value meet on the same STIX id as they do in GPOS.
 */
export function observableToStix(observable: Observable): StixObservable {
  const value = observable.canonical;
  const attrs: object = observable.attributes ?? {};
  if (value !== undefined) {
    switch (observable.kind) {
      case 'url':
        return { sco: sco('url', { value }), pattern: equalityPattern('url', [['value', value]]) };
      case 'domain':
      case 'hostname':
        return { sco: sco('domain-name', { value }), pattern: equalityPattern('domain-name', [['value', value]]) };
      case 'ip_address': {
        const type = value.includes(':') ? 'ipv6-addr' : 'ipv4-addr';
        return { sco: sco(type, { value }), pattern: equalityPattern(type, [['value', value]]) };
      }
      case 'email_address':
        return { sco: sco('email-addr', { value }), pattern: equalityPattern('email-addr', [['value', value]]) };
      case 'file':
        return { sco: sco('file', { hashes: { 'SHA-256': value } }), pattern: equalityPattern('file', [["hashes.'SHA-256'", value]]) };
      case 'social_media_account':
      case 'messaging_account': {
        // canonical `platform:@handle` or `platform:user-id` (see @gpos/normalize)
        const colon = value.indexOf(':');
        const platform = value.slice(0, colon);
        const id = value.slice(colon + 1);
        if (colon > 0 && id.startsWith('@')) {
          const login = id.slice(1);
          return { sco: sco('user-account', { account_type: platform, account_login: login }), pattern: equalityPattern('user-account', [['account_type', platform], ['account_login', login]]) };
        }
        if (colon > 0) return { sco: sco('user-account', { account_type: platform, user_id: id }), pattern: equalityPattern('user-account', [['account_type', platform], ['user_id', id]]) };
        break;
      }
      default:
        break;
    }
  }
  return gposObservable(observable, attrs);
}

function gposObservable(observable: Observable, attrs: object): StixObservable {
  const uuid = observable.id?.slice('observable--'.length);
  const body: Record<string, unknown> = { kind: observable.kind };
  if (observable.canonical !== undefined) body.value = observable.canonical;
  if (observable.pseudonym) body.pseudonym = { ...observable.pseudonym };
  if (Object.keys(attrs).length > 0) body.attributes = { ...attrs };
  const id = uuid ? `${GPOS_OBSERVABLE_TYPE}--${uuid}` : scoId(GPOS_OBSERVABLE_TYPE, body);
  const comparisons: Array<[string, string]> = [['kind', observable.kind]];
  if (observable.canonical !== undefined) comparisons.push(['value', observable.canonical]);
  else if (observable.pseudonym) comparisons.push(['pseudonym.key_id', observable.pseudonym.key_id], ['pseudonym.value', observable.pseudonym.value]);
  return {
    sco: { type: GPOS_OBSERVABLE_TYPE, spec_version: '2.1', id, ...body, extensions: { [GPOS_EXTENSION_ID]: { extension_type: 'new-sco' } } },
    pattern: equalityPattern(GPOS_OBSERVABLE_TYPE, comparisons),
  };
}

/** What an importer can read from one observation's equality comparisons: a GPOS kind and a value to normalise. */
export interface ObservedValue {
  readonly kind: Observable['kind'];
  readonly raw: string;
  readonly platform?: string;
}

/**
 * The GPOS kind and raw value one STIX observation names, when its comparisons are all `=` on one object type GPOS
 * has a kind for. Anything else (other operators, other properties) is not a GPOS observable: undefined.
 */
export function observedValue(comparisons: readonly PatternComparison[]): ObservedValue | undefined {
  if (comparisons.length === 0 || comparisons.some((c) => c.operator !== '=' || c.negated || typeof c.value !== 'string')) return undefined;
  const type = comparisons[0]!.objectType;
  if (comparisons.some((c) => c.objectType !== type)) return undefined;
  const props = new Map(comparisons.map((c) => [c.path, c.value as string]));
  const only = (...names: string[]) => props.size === names.length && names.every((n) => props.has(n));
  switch (type) {
    case 'url':
      return only('value') ? { kind: 'url', raw: props.get('value')! } : undefined;
    case 'domain-name':
      return only('value') ? { kind: 'domain', raw: props.get('value')! } : undefined;
    case 'ipv4-addr':
    case 'ipv6-addr':
      return only('value') ? { kind: 'ip_address', raw: props.get('value')! } : undefined;
    case 'email-addr':
      return only('value') ? { kind: 'email_address', raw: props.get('value')! } : undefined;
    case 'file':
      return only("hashes.'SHA-256'") ? { kind: 'file', raw: props.get("hashes.'SHA-256'")! } : only("hashes.'SHA256'") ? { kind: 'file', raw: props.get("hashes.'SHA256'")! } : undefined;
    case 'user-account': {
      const platform = props.get('account_type');
      if (!platform) return undefined;
      if (only('account_type', 'account_login')) return { kind: 'social_media_account', raw: `${platform}:@${props.get('account_login')!}`, platform };
      if (only('account_type', 'user_id')) return { kind: 'social_media_account', raw: `${platform}:${props.get('user_id')!}`, platform };
      return undefined;
    }
    case GPOS_OBSERVABLE_TYPE: {
      const kind = props.get('kind');
      return kind !== undefined && only('kind', 'value') ? { kind: kind as Observable['kind'], raw: props.get('value')! } : undefined;
    }
    default:
      return undefined;
  }
}
