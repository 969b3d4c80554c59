import type { Exposure, ExposureKind } from './exposures';
import { finding, type NetworkFinding } from './network-finding';

const CHECK_OF: Record<ExposureKind, string> = {
  'host-network': 'net.host-network',
  'host-port': 'net.host-port',
  'node-port': 'net.node-port-service',
  'load-balancer': 'net.load-balancer-service',
  ingress: 'net.ingress-exposed',
  'open-to-everyone': 'net.open-to-everyone',
};

function exposureFinding(e: Exposure): NetworkFinding {
  const checkId = CHECK_OF[e.kind];
  const s = e.subject;
  const where = `${s.kind} ${s.namespace}/${s.name}`;
  switch (e.kind) {
    case 'host-network':
      return finding(checkId, s, {
        path: 'spec.hostNetwork',
        observed: true,
        expected: 'false',
        message: `${where} must not set spec.hostNetwork=true`,
      });
    case 'host-port':
      return finding(checkId, s, {
        path: 'spec.containers[*].ports[*].hostPort',
        observed: e.details['hostPorts'],
        expected: 'no hostPort',
        message: `${where} must not bind host ports`,
      });
    case 'node-port':
    case 'load-balancer':
      return finding(checkId, s, {
        path: 'spec.type',
        observed: e.kind === 'node-port' ? 'NodePort' : 'LoadBalancer',
        expected: 'ClusterIP',
        message: `${where} exposes ${e.workloads.length} workload(s) outside the cluster (externalTrafficPolicy=${String(e.details['externalTrafficPolicy'])})`,
      });
    case 'ingress':
      return finding(checkId, s, {
        path: 'spec.rules',
        observed: e.details['services'],
        expected: 'intended exposure',
        message: `${where} exposes ${e.workloads.length} workload(s)`,
      });
    case 'open-to-everyone':
      return finding(checkId, s, {
        path: String(e.details['path']),
        observed: 'everyone',
        expected: 'named namespaces and pods',
        message: `${where} allows ingress from everyone to ${e.workloads.length} workload(s)`,
      });
  }
}

export function exposureFindings(exposures: readonly Exposure[]): NetworkFinding[] {
  return exposures.map(exposureFinding);
}

function danglingBackendFinding(e: Exposure): NetworkFinding {
  const s = e.subject;
  const where = `${s.kind} ${s.namespace}/${s.name}`;
  if (e.kind === 'ingress')
    return finding('net.dangling-backend', s, {
      path: 'spec.rules',
      observed: e.details['services'],
      expected: 'backend Services that select a workload',
      message: `${where} routes only to Services that are missing or select no workload (${String(e.details['services']) || 'no backend'})`,
    });
  return finding('net.dangling-backend', s, {
    path: 'spec.selector',
    observed: e.kind === 'node-port' ? 'NodePort' : 'LoadBalancer',
    expected: 'a selector matching some workload',
    message: `${where} opens a ${e.kind === 'node-port' ? 'NodePort' : 'LoadBalancer'} that selects no workload`,
  });
}

/** One low-severity finding per Service or Ingress whose backends select nothing. */
export function danglingBackendFindings(dangling: readonly Exposure[]): NetworkFinding[] {
  return dangling.map(danglingBackendFinding);
}
