/**
 * The NetworkPolicies of one synthetic namespace: default-deny, DNS egress,
 * matchExpressions, namespaceSelector + podSelector, named ports, endPort,
 * ipBlock with except.
 */

type Json = Record<string, unknown>;

export function syntheticPolicies(ns: string, r: () => number): Json[] {
  const meta = (name: string) => ({ name, namespace: ns, uid: `${ns}-${name}` });
  const np = (name: string, spec: Json) => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: meta(name),
    spec,
  });
  const out = [
    np('default-deny', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }),
    np('allow-dns', {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [
        {
          to: [
            {
              namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
              podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
            },
          ],
          ports: [
            { port: 53, protocol: 'UDP' },
            { port: 53, protocol: 'TCP' },
          ],
        },
      ],
    }),
    np('same-namespace', { podSelector: {}, ingress: [{ from: [{ podSelector: {} }] }] }),
    np('web-from-ingress', {
      podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['web', 'api'] }] },
      ingress: [
        {
          from: [
            {
              namespaceSelector: { matchLabels: { role: 'ingress' } },
              podSelector: { matchLabels: { app: 'ingress-nginx' } },
            },
          ],
          ports: [{ port: 'http' }],
        },
      ],
    }),
    np('metrics', {
      podSelector: {},
      ingress: [
        {
          from: [
            { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } },
          ],
          ports: [{ port: 9000, endPort: 9100, protocol: 'TCP' }],
        },
      ],
    }),
  ];
  if (r() < 0.5)
    out.push(
      np('egress-internet', {
        podSelector: { matchLabels: { tier: 'api' } },
        policyTypes: ['Egress'],
        egress: [
          {
            to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '169.254.169.254/32'] } }],
          },
        ],
      }),
    );
  if (r() < 0.3)
    out.push(
      np('db-from-api', {
        podSelector: { matchLabels: { tier: 'db' } },
        ingress: [
          {
            from: [
              {
                podSelector: {
                  matchExpressions: [
                    { key: 'tier', operator: 'NotIn', values: ['web'] },
                    { key: 'app', operator: 'Exists' },
                  ],
                },
              },
            ],
          },
        ],
      }),
    );
  return out;
}
