import { PROTOCOLS, type Protocol } from './policy-types';

/** Inclusive port range. */
export type PortRange = readonly [number, number];

/** Ports per protocol as sorted, disjoint, non-adjacent ranges within 1–65535. */
export type PortSet = Readonly<Record<Protocol, readonly PortRange[]>>;

export const MAX_PORT = 65535;
const FULL: readonly PortRange[] = [[1, MAX_PORT]];

export const EMPTY_PORTS: PortSet = { TCP: [], UDP: [], SCTP: [] };
export const ALL_PORTS: PortSet = { TCP: FULL, UDP: FULL, SCTP: FULL };

export function isProtocol(value: string): value is Protocol {
  return (PROTOCOLS as readonly string[]).includes(value);
}

export function portSetOf(protocol: Protocol, from: number, to: number): PortSet {
  const lo = Math.max(1, from);
  const hi = Math.min(MAX_PORT, to);
  if (lo > hi) return EMPTY_PORTS;
  return { ...EMPTY_PORTS, [protocol]: [[lo, hi]] };
}

function normalize(ranges: PortRange[]): PortRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

export function unionPorts(a: PortSet, b: PortSet): PortSet {
  if (isEmptyPorts(a)) return b;
  if (isEmptyPorts(b)) return a;
  return {
    TCP: normalize([...a.TCP, ...b.TCP]),
    UDP: normalize([...a.UDP, ...b.UDP]),
    SCTP: normalize([...a.SCTP, ...b.SCTP]),
  };
}

function intersectRanges(a: readonly PortRange[], b: readonly PortRange[]): PortRange[] {
  const out: PortRange[] = [];
  for (const [alo, ahi] of a) {
    for (const [blo, bhi] of b) {
      const lo = Math.max(alo, blo);
      const hi = Math.min(ahi, bhi);
      if (lo <= hi) out.push([lo, hi]);
    }
  }
  return normalize(out);
}

export function intersectPorts(a: PortSet, b: PortSet): PortSet {
  if (a === ALL_PORTS) return b;
  if (b === ALL_PORTS) return a;
  return {
    TCP: intersectRanges(a.TCP, b.TCP),
    UDP: intersectRanges(a.UDP, b.UDP),
    SCTP: intersectRanges(a.SCTP, b.SCTP),
  };
}

export function isEmptyPorts(s: PortSet): boolean {
  return s.TCP.length === 0 && s.UDP.length === 0 && s.SCTP.length === 0;
}

function isFull(r: readonly PortRange[]): boolean {
  const only = r[0];
  return r.length === 1 && only !== undefined && only[0] === 1 && only[1] === MAX_PORT;
}

export function isAllPorts(s: PortSet): boolean {
  return isFull(s.TCP) && isFull(s.UDP) && isFull(s.SCTP);
}

export function portSetContains(s: PortSet, protocol: Protocol, port: number): boolean {
  return s[protocol].some(([lo, hi]) => port >= lo && port <= hi);
}

/** A readable port list item: `port: null` = every port of the protocol. */
export interface AllowedPort {
  protocol: Protocol;
  port: number | null;
  endPort?: number;
}

export type AllowedPorts = 'all' | AllowedPort[];

export function describePorts(s: PortSet): AllowedPorts {
  if (isAllPorts(s)) return 'all';
  const out: AllowedPort[] = [];
  for (const protocol of PROTOCOLS) {
    for (const [lo, hi] of s[protocol]) {
      if (lo === 1 && hi === MAX_PORT) out.push({ protocol, port: null });
      else if (lo === hi) out.push({ protocol, port: lo });
      else out.push({ protocol, port: lo, endPort: hi });
    }
  }
  return out;
}

/** Restricts a set to one protocol (or leaves it whole). */
export function onlyProtocol(s: PortSet, protocol: Protocol | undefined): PortSet {
  if (!protocol) return s;
  return { ...EMPTY_PORTS, [protocol]: s[protocol] };
}
