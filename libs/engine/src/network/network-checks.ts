import type { CheckDefinition } from '../catalog/check-definition';
import type { Severity } from '../model/vocabulary';

const NP_DOCS = 'https://kubernetes.io/docs/concepts/services-networking/network-policies/';
const SVC_DOCS = 'https://kubernetes.io/docs/concepts/services-networking/service/';

function net(
  id: string,
  title: string,
  severity: Severity,
  remediation: string,
  docsUrl = NP_DOCS,
): CheckDefinition {
  return { id: `net.${id}`, family: 'net', title, severity, remediation, docsUrl };
}

/** The network family of the check catalog. */
export const NET_CHECKS: readonly CheckDefinition[] = [
  net(
    'policies-not-enforced',
    'NetworkPolicies exist but the CNI does not enforce them',
    'critical',
    'Install a policy-enforcing CNI or add-on (Calico/Canal, Cilium, kube-network-policies, the AWS network-policy agent); until then every NetworkPolicy is decorative.',
  ),
  net(
    'attack-path',
    'An exposed workload can reach a privileged or host-namespace workload',
    'high',
    'Deny ingress to the privileged workload from the exposed one (NetworkPolicy), or remove its privileges.',
  ),
  net(
    'host-network',
    'Workload uses the host network (outside NetworkPolicy)',
    'high',
    'Set spec.hostNetwork to false; NetworkPolicy cannot isolate host-network pods.',
  ),
  net(
    'namespace-no-default-deny-ingress',
    'Namespace has no default-deny ingress policy',
    'medium',
    'Apply a NetworkPolicy with podSelector {}, policyTypes [Ingress] and no ingress rules, then allow what is needed (see the generated policy).',
  ),
  net(
    'namespace-no-default-deny-egress',
    'Namespace has no default-deny egress policy',
    'low',
    'Apply a NetworkPolicy with podSelector {}, policyTypes [Egress] allowing only DNS, then allow what is needed (see the generated policy).',
  ),
  net(
    'host-port',
    'Workload binds a host port',
    'medium',
    'Remove hostPort; expose the workload through a Service instead.',
  ),
  net(
    'node-port-service',
    'Service of type NodePort exposes workloads on every node',
    'medium',
    'Use ClusterIP behind an Ingress or gateway; with externalTrafficPolicy Cluster, ipBlock rules cannot restrict NodePort clients (SNAT).',
    SVC_DOCS,
  ),
  net(
    'load-balancer-service',
    'Service of type LoadBalancer exposes workloads outside the cluster',
    'medium',
    'Restrict loadBalancerSourceRanges, prefer an internal load balancer, or route through an Ingress.',
    SVC_DOCS,
  ),
  net(
    'open-to-everyone',
    'NetworkPolicy allows ingress from everyone',
    'medium',
    'Replace the empty peer list or 0.0.0.0/0 / ::/0 ipBlock with the namespaces and pods that need access.',
  ),
  net(
    'ingress-exposed',
    'Ingress exposes workloads over HTTP(S)',
    'low',
    'Confirm the exposure is intended; restrict the backends with NetworkPolicy to the ingress controller.',
    'https://kubernetes.io/docs/concepts/services-networking/ingress/',
  ),
  net(
    'dangling-backend',
    'Service or Ingress exposes no workload',
    'low',
    'Fix the Service selector or the Ingress backend name, or delete the object: its node port or route is open now, and the first workload that matches is exposed at once.',
    SVC_DOCS,
  ),
  net(
    'workload-not-isolated',
    'Workload is not selected by any NetworkPolicy for a direction',
    'low',
    'Select the workload with ingress and egress policies (a namespace default-deny does it).',
  ),
  net(
    'policy-selects-nothing',
    'NetworkPolicy selects no workload',
    'info',
    'Fix the podSelector labels or delete the policy.',
  ),
];

export function netCheck(id: string): CheckDefinition {
  const check = NET_CHECKS.find((c) => c.id === id);
  if (!check) throw new RangeError(`unknown network check: ${id}`);
  return check;
}
