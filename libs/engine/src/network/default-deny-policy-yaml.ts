import { NAMESPACE_NAME_LABEL } from './network-input';

/**
 * A ready-to-apply NetworkPolicy denying all ingress and egress in `namespace`
 * except DNS (UDP and TCP 53) to kube-dns in kube-system.
 */
export function defaultDenyPolicyYaml(namespace: string): string {
  return [
    'apiVersion: networking.k8s.io/v1',
    'kind: NetworkPolicy',
    'metadata:',
    '  name: default-deny',
    `  namespace: ${JSON.stringify(namespace)}`,
    'spec:',
    '  podSelector: {}',
    '  policyTypes:',
    '    - Ingress',
    '    - Egress',
    '  ingress: []',
    '  egress:',
    '    - to:',
    '        - namespaceSelector:',
    '            matchLabels:',
    `              ${NAMESPACE_NAME_LABEL}: kube-system`,
    '          podSelector:',
    '            matchLabels:',
    '              k8s-app: kube-dns',
    '      ports:',
    '        - protocol: UDP',
    '          port: 53',
    '        - protocol: TCP',
    '          port: 53',
    '',
  ].join('\n');
}
