// Who is the client? The dashboard's server (server.mjs) answers it for every request from the
// socket's remote address, believing an X-Forwarded-For hop only when the peer that added it is
// a configured trusted proxy (KORDON_TRUSTED_PROXIES). Plain functions, no I/O.
import { BlockList, isIP } from 'node:net';

/** Named ranges accepted in KORDON_TRUSTED_PROXIES besides addresses and CIDRs. */
const NAMED = {
  loopback: [
    ['127.0.0.0', 8, 'ipv4'],
    ['::1', 128, 'ipv6'],
  ],
};

/** `::ffff:192.0.2.1` (an IPv4 peer on a dual-stack socket) → `192.0.2.1`; anything else as is. */
function unmapped(address) {
  const match = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return match?.[1] ?? address;
}

/** A bare IPv4 or IPv6 address (unmapped), or null for anything else (ports, names, `unknown`). */
export function ipAddress(text) {
  const address = unmapped(String(text ?? '').trim());
  return isIP(address) ? address : null;
}

/**
 * Parses KORDON_TRUSTED_PROXIES: comma-separated addresses, CIDRs (`10.0.0.0/8`, `fd00::/8`) and
 * `loopback`; empty means none. Throws an Error naming the variable and the bad entry.
 * @param {string | undefined} value
 * @returns {{ entries: string[], list: BlockList }}
 */
export function parseTrustedProxies(value) {
  const list = new BlockList();
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const named = NAMED[/** @type {keyof typeof NAMED} */ (entry.toLowerCase())];
    if (named) {
      for (const [net, bits, type] of named) list.addSubnet(net, bits, type);
      continue;
    }
    const [text = '', bits, extra] = entry.split('/');
    const address = ipAddress(text);
    const family = address ? isIP(address) : 0;
    const max = family === 4 ? 32 : 128;
    const valid =
      address !== null && extra === undefined && (bits === undefined || /^\d{1,3}$/.test(bits));
    if (!valid || (bits !== undefined && Number(bits) > max)) {
      throw new Error(
        `KORDON_TRUSTED_PROXIES: "${entry}" is not an IP address, a CIDR (10.0.0.0/8) or loopback`,
      );
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return { entries, list };
}

/** Whether a (bare, unmapped) address is a trusted proxy. */
function trusted(address, list) {
  return list.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client's address: the socket's peer, unless the peer is a trusted proxy — then the hop it
 * names in X-Forwarded-For (the rightmost entry), and so on from right to left while the hop is
 * trusted too. An entry that is not an address stops the walk: the proxy that wrote it is the
 * client as far as anyone can tell. Null when the socket has no address (already closed).
 * @param {string | undefined} peer the socket's remoteAddress
 * @param {string | string[] | undefined} forwardedFor the request's X-Forwarded-For
 * @param {BlockList} proxies from parseTrustedProxies
 * @returns {string | null}
 */
export function clientAddress(peer, forwardedFor, proxies) {
  let client = ipAddress(peer);
  if (client === null) return null;
  const hops = [forwardedFor ?? []]
    .flat()
    .join(',')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
    .reverse();
  for (const hop of hops) {
    if (!trusted(client, proxies)) break;
    const next = ipAddress(hop);
    if (next === null) break;
    client = next;
  }
  return client;
}
