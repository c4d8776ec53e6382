import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { lookup as dnsLookupAsync } from 'node:dns/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { Problem } from './http.js';

/**
 * Which webhook targets the exchange may reach. A webhook URL is chosen by a partner, so without this the exchange
 * would POST, from inside the deployment's network, to whatever that partner names: a database on loopback, an
 * admin interface on a private address, a cloud's metadata service. Only public unicast addresses are reachable;
 * `allowLoopback` (tests and development) adds loopback, and only there plain http.
 */
export interface WebhookTargetPolicy {
  readonly allowLoopback: boolean;
  /** Only loopback: what a plain-http URL may reach. */
  readonly loopbackOnly?: boolean;
}

// names that reach a cloud metadata service without resolving to a link-local address everywhere
const METADATA_HOSTS = new Set(['metadata.google.internal', 'metadata', 'metadata.goog', 'instance-data', 'instance-data.ec2.internal']);

/** Why `address` may not be reached, or undefined when it may. ipaddr.js classifies: only `unicast` is public. */
export function refusedAddress(address: string, policy: WebhookTargetPolicy): string | undefined {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.process(address); // an IPv4-mapped IPv6 address is judged as the IPv4 address it carries
  } catch {
    return `${address} is not an IP address`;
  }
  const range = parsed.range();
  if (policy.loopbackOnly && range !== 'loopback') return `${address} is not a loopback address (plain http reaches loopback only)`;
  if (range === 'unicast') return undefined;
  if (range === 'loopback' && policy.allowLoopback) return undefined;
  return `${address} is a ${range} address`;
}

const refusal = (detail: string) => new Problem('webhook_target_refused', detail);

/**
 * Checks a webhook URL when it is subscribed: https (plain http only to loopback when loopback is allowed), no
 * credentials, and a host whose every address is public. Resolves with the normalised URL; 400 otherwise.
 */
export async function checkWebhookUrl(value: unknown, policy: WebhookTargetPolicy): Promise<URL> {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw new Problem('invalid_subscription', '`url` must be an absolute URL.');
  }
  if (url.username || url.password) throw refusal('Webhook URLs may not carry credentials.');
  const host = hostOf(url);
  if (METADATA_HOSTS.has(host.toLowerCase().replace(/\.$/, ''))) throw refusal(`${host} is a cloud metadata service.`);
  const addresses = await resolve(host);
  for (const a of addresses) {
    const why = refusedAddress(a, policy);
    if (why) throw refusal(`${url.hostname} resolves to ${why}; webhooks reach public addresses only.`);
  }
  const loopback = addresses.every((a) => ipaddr.process(a).range() === 'loopback');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback && policy.allowLoopback)) {
    throw refusal('Webhook URLs must use https.');
  }
  return url;
}

/** The host of a URL as the resolver wants it: IPv6 literals without their brackets. */
const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

async function resolve(host: string): Promise<string[]> {
  if (isIP(host)) return [host];
  try {
    return (await dnsLookupAsync(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    throw refusal(`${host} does not resolve.`);
  }
}

/**
 * A `lookup` for node:http(s) that refuses every address the policy refuses, so the address checked is the one
 * connected to — a name that resolved to a public address at subscription time and to a private one now (DNS
 * rebinding) is refused at delivery.
 */
export function guardedLookup(policy: WebhookTargetPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as LookupAddress[];
      const why = list.map((a) => refusedAddress(a.address, policy)).find(Boolean);
      if (why || list.length === 0) return callback(Object.assign(new Error(`refused: ${why ?? `${hostname} has no address`}`), { code: 'EWEBHOOKTARGET' }), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** Refuses a URL whose host is an IP literal the policy refuses (node connects to literals without a lookup). */
export function refusedLiteral(url: URL, policy: WebhookTargetPolicy): string | undefined {
  const host = hostOf(url);
  return isIP(host) ? refusedAddress(host, policy) : undefined;
}

/**
 * POSTs a webhook with node:http(s) rather than fetch, to own the connection: every address is checked as it is
 * connected, redirects are not followed (a 3xx is a failed attempt), and plain http reaches loopback only.
 * Resolves with the status; rejects on a refused target, a network error or `signal`.
 */
export function postWebhook(url: URL, headers: Record<string, string>, body: string, signal: AbortSignal, allowLoopback: boolean): Promise<number> {
  const policy: WebhookTargetPolicy = { allowLoopback, loopbackOnly: url.protocol === 'http:' };
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && allowLoopback)) return Promise.reject(new Error('refused: webhook URLs must use https'));
  const literal = refusedLiteral(url, policy);
  if (literal) return Promise.reject(new Error(`refused: ${literal}`));
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  if (signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    // the signal is watched here rather than handed to http.request, which builds (and throws away) an error with a
    // stack trace for every request that ends before its stream does — each of ours, closed on the status line
    const abort = () => request.destroy(abortError(signal));
    const settle = () => signal.removeEventListener('abort', abort);
    const request = send(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }, lookup: guardedLookup(policy), agent: false }, (response) => {
      settle();
      // the answer's body is not used: close at once rather than read whatever a receiver sends
      response.destroy();
      resolve(response.statusCode ?? 0);
    });
    signal.addEventListener('abort', abort, { once: true });
    request.on('error', (error) => {
      settle();
      reject(error);
    });
    request.end(body);
  });
}

const abortError = (signal: AbortSignal) => (signal.reason instanceof Error ? signal.reason : new Error('The webhook attempt was aborted.'));
