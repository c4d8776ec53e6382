import type { FastifyReply } from 'fastify';
import { TLP_ORDER, tlpRank } from '@gpos/schema';
import { stixIdFor } from '@gpos/interop';
import type { Tlp } from '@gpos/types';
import { type Problem, problem } from './errors.js';
import type { Partner } from './options.js';

/** What TAXII 2.1 (OASIS, 2021) needs of HTTP: its media types, content negotiation, error envelope and credentials. */

/** The media type of every TAXII 2.1 resource this server answers with, errors included (TAXII 2.1 §1.6.8). */
export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
/** The media type of the STIX content a collection holds. */
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';

/** Where TAXII lives: discovery at `/taxii2/`, the one API root below it. */
export const TAXII_DISCOVERY_PATH = '/taxii2/';
export const TAXII_API_ROOT_PATH = '/taxii2/gpos/';

export const isTaxiiPath = (path: string) => path === '/taxii2' || path.startsWith('/taxii2/');

/** A TAXII collection: the records a partner may see at one TLP audience, redacted for it, as STIX. */
export interface TaxiiCollection {
  readonly audience: Tlp;
  readonly id: string;
  readonly alias: string;
}

/** One collection per TLP audience; the ids are fixed (UUIDv5 under the GPOS STIX namespace), so clients can keep them. */
export const TAXII_COLLECTIONS: readonly TaxiiCollection[] = TLP_ORDER.map((audience) => ({
  audience,
  id: stixIdFor('collection', `taxii-collection:tlp:${audience}`).split('--')[1]!,
  alias: `tlp-${audience.replace('+', '-')}`,
}));

/** The collections `partner` is cleared for, in TLP order: the others are neither listed nor served. */
export const collectionsFor = (partner: Partner) => TAXII_COLLECTIONS.filter((c) => tlpRank(c.audience) <= tlpRank(partner.clearance));

/** The collection resource (TAXII 2.1 §5.2.1): read-only. */
export function collectionResource(c: TaxiiCollection): Record<string, unknown> {
  const label = `TLP:${c.audience.toUpperCase()}`;
  return {
    id: c.id,
    // the title is the TLP label alone: OpenCTI's TAXII 2 connector names a collection by its title (`gpos.TLP:AMBER`)
    title: label,
    description: `Every record you may see at ${label}, redacted for that audience exactly as the GPOS feed redacts it (GET /v1/feed?audience=${c.audience}), as STIX 2.1 objects in the order the exchange added them.`,
    alias: c.alias,
    can_read: true,
    can_write: false,
    media_types: [STIX_MEDIA_TYPE],
  };
}

/**
 * Content negotiation (TAXII 2.1 §1.6.8.1): the TAXII 2.1 media type, with or without its version, or a wildcard
 * (curl's default `*∕*`); none at all is taken as the TAXII type. Plain `application/json` is accepted too, and answered
 * in the TAXII type (a JSON type by its `+json` suffix): strict 406s on it broke real clients (OpenCTI, older
 * taxii2-client releases), and a TAXII body is JSON either way. Anything else — another TAXII version, STIX alone,
 * HTML — is 406 `not_acceptable`.
 */
export function assertAcceptable(accept: string | undefined): void {
  if (accept === undefined || accept.trim() === '') return;
  for (const range of accept.split(',')) {
    const [type = '', ...params] = range.split(';').map((p) => p.trim().toLowerCase());
    const values = new Map(params.map((p) => [p.slice(0, p.indexOf('=')).trim(), p.slice(p.indexOf('=') + 1).trim().replace(/^"(.*)"$/, '$1')] as const));
    if (values.has('q') && Number(values.get('q')) === 0) continue;
    if (type === '*/*' || type === 'application/*' || type === 'application/json') return;
    if (type === 'application/taxii+json' && (!values.has('version') || values.get('version') === '2.1')) return;
  }
  throw problem('not_acceptable', `This server answers ${TAXII_MEDIA_TYPE}; the request accepts only ${JSON.stringify(accept.slice(0, 200))}.`);
}

/**
 * The `Authorization` header as the exchange's authenticator reads it (`Bearer <partner key or JWT>`), from what
 * TAXII clients send: a bearer token, taxii2-client's `TokenAuth` (`Token <key>`), or HTTP Basic with the partner key
 * (or a JWT) as the password — the user name is not used, since organisation ids hold a colon, which Basic cannot carry.
 * Anything else is passed on unchanged, to be refused as the GPOS API refuses it.
 */
export function taxiiAuthorization(header: string | undefined): string | undefined {
  const match = /^(Token|Basic)\s+(\S+)$/i.exec(header ?? '');
  if (!match) return header;
  if (match[1]!.toLowerCase() === 'token') return `Bearer ${match[2]}`;
  const decoded = Buffer.from(match[2]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? header : `Bearer ${decoded.slice(colon + 1)}`;
}

/**
 * A TAXII error message (TAXII 2.1 §3.6.1) for a problem of the server's one error table: `error_code` is the
 * problem's stable code, `http_status` the status as a string (as TAXII types it), `external_details` the problem
 * type's page, and any extra members in `details`.
 */
export function sendTaxiiError(reply: FastifyReply, p: Problem, problemBase: string): FastifyReply {
  const body = {
    title: p.title,
    ...(p.detail ? { description: p.detail } : {}),
    error_code: p.code,
    http_status: String(p.status),
    external_details: problemBase + p.code,
    ...(Object.keys(p.extra).length > 0 ? { details: p.extra } : {}),
  };
  // a Buffer, not a string: Fastify would rewrite the media type of a string (`version="2.1"; charset=utf-8`), which
  // taxii2-client compares token by token with what it asked for
  reply.code(p.status).header('content-type', TAXII_MEDIA_TYPE);
  if (typeof p.extra.retry_after === 'number') reply.header('retry-after', String(p.extra.retry_after));
  return reply.send(Buffer.from(JSON.stringify(body)));
}
