import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { HostLookup } from '../config/config';
import { IntakeError } from './errors';

/**
 * Addresses a page must not be fetched from unless configured: this host, private networks,
 * link-local (cloud metadata services live at 169.254.169.254), carrier-grade NAT, multicast and
 * reserved ranges, in IPv4 and IPv6 (IPv4-mapped IPv6 addresses are checked as their IPv4).
 */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv6');
}

const MAPPED_V4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

/** True when the address (IPv4 or IPv6 text) is in a range the intake refuses by default. */
export function isPrivateAddress(address: string): boolean {
  const mapped = MAPPED_V4.exec(address)?.[1];
  if (mapped !== undefined) return PRIVATE.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true; // not an address at all: refuse rather than guess
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** A host name and every address it resolved to, all of them checked: where a request may connect. */
export interface CheckedHost {
  /** The URL's host name, lower case, without IPv6 brackets. */
  hostname: string;
  addresses: LookupAddress[];
}

/** The system resolver (getaddrinfo, as `fetch` would use), every address in its order. */
export const systemLookup: HostLookup = (hostname) => lookup(hostname, { all: true, verbatim: true });

/**
 * Resolves the URL's host once (every address it has) and refuses it when any address is private,
 * unless `allowPrivate`. The addresses returned are the only ones the request may then connect to
 * (pinned-agent.ts): nothing resolves the name again. Checked before each request, redirects included.
 *
 * @throws IntakeError PRIVATE_ADDRESS or DNS_FAILED.
 */
export async function checkHost(
  url: URL,
  allowPrivate: boolean,
  resolve: HostLookup = systemLookup,
): Promise<CheckedHost> {
  const hostname = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const literal = isIP(hostname);
  let addresses: LookupAddress[];
  if (literal !== 0) addresses = [{ address: hostname, family: literal }];
  else {
    try {
      addresses = (await resolve(hostname)).map((a) => ({ address: a.address, family: a.family }));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new IntakeError('DNS_FAILED', `cannot resolve ${hostname} (${code})`);
    }
    if (addresses.length === 0) throw new IntakeError('DNS_FAILED', `${hostname} has no address`);
  }
  const refused = allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address));
  if (refused !== undefined) {
    throw new IntakeError(
      'PRIVATE_ADDRESS',
      `${hostname} resolves to ${refused.address}, a loopback, private or link-local address; refused (ISNAD_INTAKE_ALLOW_PRIVATE=true allows it)`,
    );
  }
  return { hostname, addresses };
}
