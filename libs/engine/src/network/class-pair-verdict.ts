import { evaluateDirection, type DirectionVerdict } from './evaluate-direction';
import { intersectPorts, type PortSet } from './port-set';
import type { WorkloadClass } from './workload-class';

export interface PairVerdict {
  egress: DirectionVerdict;
  ingress: DirectionVerdict;
  /** Ports both directions allow. */
  allowed: PortSet;
}

/**
 * src → dst is allowed on a port iff src's egress allows it AND dst's ingress
 * allows it. Traffic from a pod's own node (kubelet probes) is always allowed
 * and is not part of the pod-to-pod answer.
 */
export function classPairVerdict(
  src: WorkloadClass,
  dst: WorkloadClass,
  external = false,
): PairVerdict {
  const destPorts = dst.representative.ports;
  const egress = evaluateDirection('egress', src.egressPolicies, dst.view, destPorts, external);
  const ingress = evaluateDirection('ingress', dst.ingressPolicies, src.view, destPorts, external);
  return { egress, ingress, allowed: intersectPorts(egress.allowed, ingress.allowed) };
}
