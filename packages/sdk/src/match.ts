import type { Indicator, MatchKey, Observable } from '@gpos/types';
import type { Keyring } from './keyring.js';
import { hmacMatchKey, pseudonymMatches } from './pseudonymise.js';

/**
 * Match key types that name something wider than one observable: two URLs on one site share a registrable
 * domain, two addresses at one provider share an e-mail domain. A shared coarse key makes observables
 * related, never the same.
 */
export const COARSE_MATCH_KEYS: ReadonlySet<string> = new Set(['registrable_domain', 'hostname', 'url_sanitized', 'email_domain', 'ip_prefix']);

/** Why two observables were found the same or related. */
export interface MatchEvidence {
  readonly by: 'observable_id' | 'canonical' | 'match_key' | 'pseudonym';
  /** The match key type, for `match_key` (for keyed keys, `hmac_sha256:<of>`). */
  readonly key?: string;
}

export interface ObservableMatch {
  /** True when the two refer to the same observable. */
  readonly same: boolean;
  /** True when they only share a coarse key (the same site, provider or network). */
  readonly related: boolean;
  readonly evidence: readonly MatchEvidence[];
}

type Either = Indicator | Observable;
const observableOf = (x: Either): Observable => ('observable' in x && x.observable ? x.observable : (x as Observable));
const keyName = (k: MatchKey) => (k.type === 'hmac_sha256' ? `hmac_sha256:${k.of ?? ''}` : k.type);
const keyText = (k: MatchKey) => (k.type === 'hmac_sha256' ? `${k.of ?? ''}\u0000${k.key_id ?? ''}\u0000${k.value}` : `${k.type}\u0000${k.value}`);
const isCoarse = (k: MatchKey) => COARSE_MATCH_KEYS.has(k.type === 'hmac_sha256' ? (k.of ?? '') : k.type);

/**
 * Whether two indicators (or observables) refer to the same observable, using only what they carry: the same
 * observable id; the same kind and canonical value; the same pseudonym (algorithm, key id and value); or a shared
 * exact match key (clear, or `hmac_sha256` of the same key type under the same key id). Sharing only a coarse
 * key ({@link COARSE_MATCH_KEYS}) makes them `related`. No keyring is needed: keyed values are compared as they are.
 *
 * @example compareObservables(theirs, ours).same
 */
export function compareObservables(a: Either, b: Either): ObservableMatch {
  const x = observableOf(a);
  const y = observableOf(b);
  const evidence: MatchEvidence[] = [];
  let related = false;
  if (x.id && x.id === y.id) evidence.push({ by: 'observable_id' });
  if (x.kind === y.kind && x.canonical !== undefined && x.canonical === y.canonical) evidence.push({ by: 'canonical' });
  if (x.kind === y.kind && x.pseudonym && y.pseudonym && x.pseudonym.alg === y.pseudonym.alg && x.pseudonym.key_id === y.pseudonym.key_id && x.pseudonym.value === y.pseudonym.value) {
    evidence.push({ by: 'pseudonym' });
  }
  const theirs = new Map((y.match_keys ?? []).map((k) => [keyText(k), k]));
  for (const key of x.match_keys ?? []) {
    if (!theirs.has(keyText(key))) continue;
    if (isCoarse(key)) related = true;
    else evidence.push({ by: 'match_key', key: keyName(key) });
  }
  return { same: evidence.length > 0, related: evidence.length === 0 && related, evidence };
}

/**
 * {@link compareObservables}, and also across forms with the community keys: a pseudonymised observable
 * matches a clear one when the pseudonym is the HMAC of the clear one's canonical value (under the key the
 * pseudonym names), and a keyed match key matches a clear key of the same type.
 */
export async function compareObservablesWithKeyring(a: Either, b: Either, keyring: Keyring): Promise<ObservableMatch> {
  const plain = compareObservables(a, b);
  const evidence = [...plain.evidence];
  const x = observableOf(a);
  const y = observableOf(b);
  for (const [p, c] of [[x, y], [y, x]] as const) {
    if (p.kind === c.kind && p.pseudonym && c.canonical !== undefined && (await pseudonymMatches(keyring, p.pseudonym, c.kind, c.canonical))) {
      evidence.push({ by: 'pseudonym' });
    }
    for (const keyed of p.match_keys ?? []) {
      if (keyed.type !== 'hmac_sha256' || !keyed.of || !keyed.key_id || !keyring.has(keyed.key_id) || COARSE_MATCH_KEYS.has(keyed.of)) continue;
      for (const clear of c.match_keys ?? []) {
        if (clear.type !== keyed.of) continue;
        if ((await hmacMatchKey(keyring, clear, keyed.key_id)).value === keyed.value) evidence.push({ by: 'match_key', key: keyName(keyed) });
      }
    }
  }
  const same = evidence.length > 0;
  return { same, related: !same && plain.related, evidence };
}

/** The tokens under which an observable is "the same" as another: equal tokens mean the same observable. */
function identityTokens(o: Observable): string[] {
  const tokens: string[] = [];
  if (o.id) tokens.push(`id\u0000${o.id}`);
  if (o.canonical !== undefined) tokens.push(`canonical\u0000${o.kind}\u0000${o.canonical}`);
  if (o.pseudonym) tokens.push(`pseudonym\u0000${o.kind}\u0000${o.pseudonym.alg}\u0000${o.pseudonym.key_id}\u0000${o.pseudonym.value}`);
  for (const key of o.match_keys ?? []) if (!isCoarse(key)) tokens.push(`key\u0000${keyText(key)}`);
  return tokens;
}

/**
 * Groups indicators (or observables) that refer to the same observable, by the same evidence as
 * {@link compareObservables} and transitively, in linear time. Input order is kept inside and between groups.
 */
export function groupBySameObservable<T extends Either>(items: readonly T[]): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const owner = new Map<string, number>();
  items.forEach((item, i) => {
    for (const token of identityTokens(observableOf(item))) {
      const j = owner.get(token);
      if (j === undefined) owner.set(token, i);
      else {
        const [a, b] = [find(i), find(j)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(item);
    else groups.set(root, [item]);
  });
  return [...groups.values()];
}
