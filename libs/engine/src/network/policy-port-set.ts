import type { NetContainerPort } from './network-input';
import type { PolicyPort } from './policy-types';
import {
  ALL_PORTS,
  EMPTY_PORTS,
  isProtocol,
  MAX_PORT,
  portSetOf,
  unionPorts,
  type PortSet,
} from './port-set';
import { resolveNamedPort } from './resolve-named-port';

/** The ports a rule's `ports` list opens on one destination (named ports resolved against it). */
export function policyPortSet(
  ports: readonly PolicyPort[] | null,
  destPorts: readonly NetContainerPort[],
): PortSet {
  if (ports === null) return ALL_PORTS;
  let set = EMPTY_PORTS;
  for (const p of ports) set = unionPorts(set, onePort(p, destPorts));
  return set;
}

function onePort(p: PolicyPort, destPorts: readonly NetContainerPort[]): PortSet {
  if (!isProtocol(p.protocol)) return EMPTY_PORTS;
  if (p.port === null) return portSetOf(p.protocol, 1, MAX_PORT);
  if (typeof p.port === 'string') {
    const resolved = resolveNamedPort(p.port, p.protocol, destPorts);
    return resolved === null ? EMPTY_PORTS : portSetOf(p.protocol, resolved, resolved);
  }
  const end = p.endPort !== null && p.endPort >= p.port ? p.endPort : p.port;
  return portSetOf(p.protocol, p.port, end);
}
