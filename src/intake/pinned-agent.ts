import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { Agent } from 'undici';
import type { CheckedHost } from './address-check';

/**
 * A dispatcher that connects only to the addresses checked for one host: its `lookup` answers
 * with them instead of resolving again, so a name that changes its answer between the check and
 * the connection (DNS rebinding) still reaches the address that was checked. The URL is unchanged,
 * so the Host header and the TLS server name (SNI, certificate check) stay the host's name. One
 * agent serves one hop; a redirect gets its own, for its own checked host.
 */
export function pinnedAgent(host: CheckedHost): Agent {
  const lookup: LookupFunction = (hostname, options, callback) => {
    if (hostname.toLowerCase() !== host.hostname) {
      const error: NodeJS.ErrnoException = new Error(`${hostname} is not the checked host ${host.hostname}`);
      error.code = 'EPINNED';
      callback(error, '', 0);
      return;
    }
    const addresses: LookupAddress[] = host.addresses.filter(
      (a) => !options.family || a.family === options.family,
    );
    if (addresses.length === 0) {
      const error: NodeJS.ErrnoException = new Error(`no checked address of ${hostname} in that family`);
      error.code = 'ENOTFOUND';
      callback(error, '', 0);
    } else if (options.all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  };
  return new Agent({ connect: { lookup } });
}
