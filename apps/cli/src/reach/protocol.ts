import type { Protocol } from '@kordon/engine';

const PROTOCOLS: readonly string[] = ['TCP', 'UDP', 'SCTP'];

export function isProtocolName(value: string): value is Protocol {
  return PROTOCOLS.includes(value);
}
