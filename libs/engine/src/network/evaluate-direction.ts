import type { NetContainerPort } from './network-input';
import { ruleMatchesPeer, type PeerView } from './peer-matches';
import { policyPortSet } from './policy-port-set';
import type { Direction, ParsedPolicy, RuleRef } from './policy-types';
import { ALL_PORTS, EMPTY_PORTS, isEmptyPorts, unionPorts, type PortSet } from './port-set';

export interface RuleVerdict {
  ref: RuleRef;
  ports: PortSet;
}

export interface DirectionVerdict {
  /** Some policy selecting the workload affects this direction. */
  isolated: boolean;
  /** Ids of the policies that select the workload for this direction. */
  policies: string[];
  /** Rules that open at least one port for this peer. */
  rules: RuleVerdict[];
  /** Union of the rules' ports, or every port when not isolated. */
  allowed: PortSet;
}

/**
 * One side of a connection: `selecting` are the policies that select the
 * workload on this side for `direction`; `peer` is the other end; `destPorts`
 * are the destination's container ports (named ports resolve against them).
 */
export function evaluateDirection(
  direction: Direction,
  selecting: readonly ParsedPolicy[],
  peer: PeerView,
  destPorts: readonly NetContainerPort[],
  external = false,
): DirectionVerdict {
  if (selecting.length === 0)
    return { isolated: false, policies: [], rules: [], allowed: ALL_PORTS };
  const rules: RuleVerdict[] = [];
  let allowed = EMPTY_PORTS;
  for (const policy of selecting) {
    for (const rule of policy[direction] ?? []) {
      if (!ruleMatchesPeer(rule, policy.namespace, peer, external)) continue;
      const ports = policyPortSet(rule.ports, destPorts);
      if (isEmptyPorts(ports)) continue;
      rules.push({ ref: { policy: policy.id, direction, ruleIndex: rule.index }, ports });
      allowed = unionPorts(allowed, ports);
    }
  }
  return { isolated: true, policies: selecting.map((p) => p.id), rules, allowed };
}
