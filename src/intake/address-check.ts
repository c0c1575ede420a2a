import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
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

/**
 * Resolves the URL's host (every address it has) and refuses it when any address is private,
 * unless `allowPrivate`. Checked before each request, redirects included.
 *
 * @throws IntakeError PRIVATE_ADDRESS or DNS_FAILED.
 */
export async function assertPublicHost(url: URL, allowPrivate: boolean): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host) !== 0) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new IntakeError('DNS_FAILED', `cannot resolve ${host} (${code})`);
    }
  }
  if (allowPrivate) return;
  const refused = addresses.find(isPrivateAddress);
  if (refused !== undefined) {
    throw new IntakeError(
      'PRIVATE_ADDRESS',
      `${host} resolves to ${refused}, a loopback, private or link-local address; refused (ISNAD_INTAKE_ALLOW_PRIVATE=true allows it)`,
    );
  }
}
