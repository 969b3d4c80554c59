/** IP addresses and CIDR blocks (IPv4 and IPv6), compared as integers. */

interface ParsedIp {
  v6: boolean;
  value: bigint;
}

interface ParsedCidr extends ParsedIp {
  prefix: number;
}

function parseIpv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

function parseIpv6(text: string): bigint | null {
  let head = text;
  let tail4: bigint | null = null;
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.')) {
    tail4 = parseIpv4(text.slice(lastColon + 1));
    if (tail4 === null) return null;
    head = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = head.split('::');
  if (halves.length > 2) return null;
  const left = halves[0] ? halves[0].split(':') : [];
  const right = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const groups = [...left, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...right];
  let value = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
    value = (value << 16n) | BigInt(parseInt(g, 16));
  }
  return tail4 === null ? value : (value & ~0xffffffffn) | tail4;
}

/** Memo bound: a long-lived worker must not grow without limit. */
const CACHE_LIMIT = 200_000;
const ipCache = new Map<string, ParsedIp | null>();

/** Parses an address (memoized: a snapshot repeats the same IPs across many checks). */
export function parseIp(text: string): ParsedIp | null {
  let parsed = ipCache.get(text);
  if (parsed === undefined) {
    parsed = parseIpUncached(text);
    if (ipCache.size >= CACHE_LIMIT) ipCache.clear();
    ipCache.set(text, parsed);
  }
  return parsed;
}

function parseIpUncached(text: string): ParsedIp | null {
  if (text.includes(':')) {
    const value = parseIpv6(text);
    return value === null ? null : { v6: true, value };
  }
  const value = parseIpv4(text);
  return value === null ? null : { v6: false, value };
}

const cidrCache = new Map<string, ParsedCidr | null>();

export function parseCidr(text: string): ParsedCidr | null {
  const cached = cidrCache.get(text);
  if (cached !== undefined) return cached;
  const [addr, prefixText] = text.split('/');
  const ip = addr ? parseIp(addr) : null;
  const bits = ip?.v6 ? 128 : 32;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  const parsed =
    ip && Number.isInteger(prefix) && prefix >= 0 && prefix <= bits ? { ...ip, prefix } : null;
  if (cidrCache.size >= CACHE_LIMIT) cidrCache.clear();
  cidrCache.set(text, parsed);
  return parsed;
}

export function cidrContains(cidr: string, ip: string): boolean {
  const block = parseCidr(cidr);
  const addr = parseIp(ip);
  if (!block || !addr || block.v6 !== addr.v6) return false;
  const bits = block.v6 ? 128n : 32n;
  const shift = bits - BigInt(block.prefix);
  return addr.value >> shift === block.value >> shift;
}

/** A parsed block as a test on addresses: IPv4 compared as plain numbers, IPv6 as bigints. */
function blockTest(text: string): ((ip: ParsedIp) => boolean) | null {
  const block = parseCidr(text);
  if (!block) return null;
  if (block.v6) {
    const shift = 128n - BigInt(block.prefix);
    const net = block.value >> shift;
    return (ip) => ip.v6 && ip.value >> shift === net;
  }
  const size = 2 ** (32 - block.prefix);
  const net = Math.floor(Number(block.value) / size);
  return (ip) => !ip.v6 && Math.floor(Number(ip.value) / size) === net;
}

/** `ipBlockContains` for one block and many addresses: the block is parsed once. */
export function ipBlockMatcher(cidr: string, except: readonly string[]): (ip: string) => boolean {
  const inside = blockTest(cidr);
  const excluded = except.map(blockTest).filter((t): t is (ip: ParsedIp) => boolean => t !== null);
  if (!inside) return () => false;
  return (text) => {
    const ip = parseIp(text);
    return ip !== null && inside(ip) && !excluded.some((t) => t(ip));
  };
}

/** `ipBlock` semantics: inside `cidr` and inside none of `except`. */
export function ipBlockContains(cidr: string, except: readonly string[], ip: string): boolean {
  return cidrContains(cidr, ip) && !except.some((e) => cidrContains(e, ip));
}

/** `0.0.0.0/0` or `::/0`. */
export function isWholeInternet(cidr: string): boolean {
  const block = parseCidr(cidr);
  return block !== null && block.prefix === 0;
}
