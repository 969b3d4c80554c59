import type { NetContainerPort } from './network-input';

/**
 * Resolves a named port against the destination's container ports (same name
 * and protocol). A destination that does not define the name resolves to
 * `null`: the policy port then matches nothing on it.
 */
export function resolveNamedPort(
  name: string,
  protocol: string,
  ports: readonly NetContainerPort[],
): number | null {
  for (const p of ports) {
    if (p.name === name && (p.protocol || 'TCP').toUpperCase() === protocol) return p.containerPort;
  }
  return null;
}
