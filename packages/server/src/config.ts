import { isTlp } from '@gpos/sdk';
import type { Partner } from './server.js';

/** An organisation reference: a scheme, a colon and an identifier (`TH-GOV:aoc1441`). */
export const ORG_REF = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*:[^\s]+$/;

/**
 * Partners from configuration: a JSON array of `{ org, token, clearance, keys, speaks_for?, oprf? }`, `keys` being the
 * partner's public JWKs (its JWKS `keys`) `speaks_for` the other organisations it may publish as, and `oprf: true` grants it OPRF evaluations. Throws a TypeError naming the first entry that is wrong.
 */
export function parsePartners(value: unknown): Partner[] {
  if (!Array.isArray(value)) throw new TypeError('partners: expected a JSON array');
  const tokens = new Set<string>();
  return value.map((entry: unknown, i) => {
    const p = entry as Partial<Record<keyof Partner, unknown>>;
    if (typeof p.org !== 'string' || !ORG_REF.test(p.org)) throw new TypeError(`partners[${i}].org must be an organisation reference such as TH-GOV:aoc1441`);
    if (typeof p.token !== 'string' || p.token.length < 16) throw new TypeError(`partners[${i}].token must be a string of at least 16 characters`);
    if (tokens.has(p.token)) throw new TypeError(`partners[${i}].token is used by another partner`);
    tokens.add(p.token);
    if (!isTlp(p.clearance)) throw new TypeError(`partners[${i}].clearance must be a TLP label (clear, green, amber, amber+strict, red)`);
    if (!Array.isArray(p.keys)) throw new TypeError(`partners[${i}].keys must be an array of public JWKs`);
    const speaksFor = (entry as { speaks_for?: unknown }).speaks_for;
    if (speaksFor !== undefined && !(Array.isArray(speaksFor) && speaksFor.every((o) => typeof o === 'string' && ORG_REF.test(o)))) {
      throw new TypeError(`partners[${i}].speaks_for must be an array of organisation references`);
    }
    const oprf = (entry as { oprf?: unknown }).oprf;
    if (oprf !== undefined && typeof oprf !== 'boolean') throw new TypeError(`partners[${i}].oprf must be true or false`);
    return { org: p.org, token: p.token, clearance: p.clearance, keys: p.keys, ...(speaksFor ? { speaksFor: [p.org, ...speaksFor] } : {}), ...(oprf ? { oprf } : {}) } as Partner;
  });
}
