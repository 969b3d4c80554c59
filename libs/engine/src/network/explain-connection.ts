import { classOf } from './allowed-traffic';
import { classPairVerdict } from './class-pair-verdict';
import type { DirectionVerdict } from './evaluate-direction';
import type { NetworkModel } from './network-model';
import type { Protocol, RuleRef } from './policy-types';
import {
  ALL_PORTS,
  describePorts,
  intersectPorts,
  isEmptyPorts,
  onlyProtocol,
  portSetOf,
  type AllowedPorts,
  type PortSet,
} from './port-set';

export interface DirectionExplanation {
  isolated: boolean;
  allowed: boolean;
  /** The policy rules that allow the asked traffic (union: any one suffices). */
  rules: RuleRef[];
  /** The policies that select the workload for this direction. */
  policies: string[];
  /** Ports this direction allows, within the question. */
  ports: AllowedPorts;
}

export interface ConnectionExplanation {
  from: string;
  to: string;
  /** `null`: the question was "any port". */
  port: number | null;
  protocol: Protocol | null;
  allowed: boolean;
  /** Ports allowed by both directions, within the question. */
  ports: AllowedPorts;
  egress: DirectionExplanation;
  ingress: DirectionExplanation;
}

export interface ConnectionQuery {
  port?: number;
  protocol?: Protocol;
}

function explainDirection(verdict: DirectionVerdict, asked: PortSet): DirectionExplanation {
  const within = intersectPorts(verdict.allowed, asked);
  return {
    isolated: verdict.isolated,
    allowed: !isEmptyPorts(within),
    rules: verdict.rules
      .filter((r) => !isEmptyPorts(intersectPorts(r.ports, asked)))
      .map((r) => r.ref),
    policies: verdict.policies,
    ports: describePorts(within),
  };
}

/** Can `fromId` reach `toId` (on a port), and which policy rules decide it. */
export function explainConnection(
  model: NetworkModel,
  fromId: string,
  toId: string,
  query: ConnectionQuery = {},
): ConnectionExplanation {
  const verdict = classPairVerdict(classOf(model, fromId), classOf(model, toId));
  const asked =
    query.port !== undefined
      ? portSetOf(query.protocol ?? 'TCP', query.port, query.port)
      : onlyProtocol(ALL_PORTS, query.protocol);
  const both = intersectPorts(verdict.allowed, asked);
  return {
    from: fromId,
    to: toId,
    port: query.port ?? null,
    protocol: query.protocol ?? (query.port !== undefined ? 'TCP' : null),
    allowed: !isEmptyPorts(both),
    ports: describePorts(both),
    egress: explainDirection(verdict.egress, asked),
    ingress: explainDirection(verdict.ingress, asked),
  };
}
