import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { lookup as dnsLookupAll } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { AppError } from '../common/errors/app-error';

/** 400 `WEBHOOK_URL_FORBIDDEN`: a target the service refuses to call (a delivery records it as its error). */
export class WebhookUrlForbiddenError extends AppError {
  constructor(reason: string) {
    super('WEBHOOK_URL_FORBIDDEN', `The webhook URL is not allowed: ${reason}`);
  }
}

/**
 * Whether an address is one a webhook may reach: global unicast only. `ipaddr.js` (already in the tree through
 * Fastify's proxy-addr, and kept) names the special ranges of both families (private, loopback, link-local,
 * unique-local, unspecified, carrier-grade NAT, multicast, 6to4/Teredo tunnels, documentation…); `process` turns an
 * IPv4-mapped IPv6 address (`::ffff:127.0.0.1`) into its IPv4 one first, so a mapped loopback is loopback.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) {
    return false;
  }
  return ipaddr.process(address).range() === 'unicast';
}

/** The URL's host as an address or a name: `[::1]` → `::1`. */
function hostOf(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

export interface TargetRules {
  /** `NODE_ENV=production`: only `https:`. */
  httpsOnly: boolean;
  /** `WEBHOOK_ALLOW_PRIVATE=true`: no address check. */
  allowPrivate: boolean;
}

/**
 * The scheme rule, then (unless private targets are allowed) every address the host has must be public: at create
 * and patch, and again before every delivery attempt.
 */
export async function assertAllowedTarget(raw: string, rules: TargetRules): Promise<void> {
  const url = new URL(raw);
  if (url.protocol !== 'https:' && (rules.httpsOnly || url.protocol !== 'http:')) {
    throw new WebhookUrlForbiddenError(rules.httpsOnly ? 'it must use https' : 'it must use https or http');
  }
  if (rules.allowPrivate) {
    return;
  }
  const host = hostOf(url);
  if (isIP(host) !== 0) {
    assertPublic(host, host);
    return;
  }
  let addresses: LookupAddress[];
  try {
    addresses = await dnsLookupAll(host, { all: true });
  } catch {
    // Unresolvable: nothing says it is public, and a delivery could not reach it anyway.
    throw new WebhookUrlForbiddenError(`its host ${host} does not resolve`);
  }
  for (const { address } of addresses) {
    assertPublic(host, address);
  }
}

function assertPublic(host: string, address: string): void {
  if (!isPublicAddress(address)) {
    throw new WebhookUrlForbiddenError(`${host} is a private, loopback or link-local address (${address})`);
  }
}

/**
 * At delivery time: the `lookup` a new connection uses, so the addresses checked are the ones connected to (a name
 * that resolved to a public address at the check before the attempt cannot rebind to 127.0.0.1 for the connect). An
 * address literal never reaches a lookup: `assertAllowedTarget` checks it before the request.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) {
      callback(error, '');
      return;
    }
    const refused = addresses.find((entry) => !isPublicAddress(entry.address));
    if (refused || addresses.length === 0) {
      const reason = refused ? `${hostname} resolves to ${refused.address}` : `${hostname} has no address`;
      callback(Object.assign(new WebhookUrlForbiddenError(reason), { code: 'WEBHOOK_URL_FORBIDDEN' }), '');
      return;
    }
    if (options.all) {
      callback(null, addresses);
    } else {
      callback(null, addresses[0].address, addresses[0].family);
    }
  });
};
