import fc from 'fast-check';
import type { KubeObject } from '../model/kube';
import { explainConnection } from './explain-connection';
import type { NetworkInput, NetWorkload } from './network-input';
import { buildNetworkModel } from './network-model';

const NAMESPACES = ['n1', 'n2'];
const value = fc.constantFrom('a', 'b', 'c');
const labels = fc.record({ app: value, tier: value }, { requiredKeys: [] });
const selector = fc.oneof(
  fc.constant({}),
  fc.record({ matchLabels: labels }),
  fc.record({
    matchExpressions: fc.array(
      fc.record({
        key: fc.constantFrom('app', 'tier', 'env'),
        operator: fc.constantFrom('In', 'NotIn', 'Exists', 'DoesNotExist'),
        values: fc.array(value, { minLength: 1, maxLength: 2 }),
      }),
      { maxLength: 2 },
    ),
  }),
);
const peer = fc.oneof(
  fc.record({ podSelector: selector }),
  fc.record({ namespaceSelector: selector }),
  fc.record({ namespaceSelector: selector, podSelector: selector }),
  fc.record({
    ipBlock: fc.record({
      cidr: fc.constantFrom('10.0.0.0/8', '10.1.0.0/16', '0.0.0.0/0'),
      except: fc.constantFrom([], ['10.1.2.0/24']),
    }),
  }),
);
const port = fc.oneof(
  fc.record({ port: fc.constantFrom(80, 81, 'http') }),
  fc.record({ port: fc.constant(70), endPort: fc.constant(90) }),
  fc.record({ protocol: fc.constantFrom('TCP', 'UDP') }),
);
const rule = (field: 'from' | 'to') =>
  fc.record(
    { [field]: fc.array(peer, { maxLength: 2 }), ports: fc.array(port, { maxLength: 2 }) },
    { requiredKeys: [] },
  );
const policy = (name: string) =>
  fc
    .record({
      namespace: fc.constantFrom(...NAMESPACES),
      spec: fc.record(
        {
          podSelector: selector,
          policyTypes: fc.subarray(['Ingress', 'Egress']),
          ingress: fc.array(rule('from'), { maxLength: 2 }),
          egress: fc.array(rule('to'), { maxLength: 2 }),
        },
        { requiredKeys: ['podSelector'] },
      ),
    })
    .map(({ namespace, spec }): KubeObject => ({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name, namespace },
      spec,
    }));
const workload = (i: number) =>
  fc
    .record({
      ns: fc.constantFrom(...NAMESPACES),
      labels,
      ip: fc.constantFrom('10.1.2.3', '10.2.0.1', '192.168.0.1'),
      named: fc.boolean(),
    })
    .map(({ ns, labels: l, ip, named }): NetWorkload => ({
      id: `${ns}/Deployment/w${i}`,
      namespace: ns,
      kind: 'Deployment',
      name: `w${i}`,
      labels: l,
      ips: [ip],
      hostNetwork: false,
      ports: named ? [{ name: 'http', containerPort: 80, protocol: 'TCP' }] : [],
      hostPorts: [],
    }));

const cluster = fc.record({
  envs: fc.tuple(value, value),
  workloads: fc.tuple(workload(0), workload(1), workload(2), workload(3)),
  policies: fc
    .array(fc.nat(), { maxLength: 3 })
    .chain((ids) => fc.tuple(...ids.map((_, i) => policy(`p${i}`)))),
  added: policy('added'),
});

it('adding a NetworkPolicy never allows a denied connection unless one of its own rules allows it', () => {
  fc.assert(
    fc.property(
      cluster,
      fc.constantFrom(80, 81, 85),
      ({ envs, workloads, policies, added }, probePort) => {
        const input: NetworkInput = {
          namespaces: NAMESPACES.map((name, i) => ({ name, labels: { env: envs[i] ?? 'a' } })),
          workloads,
          policies,
          services: [],
          ingresses: [],
          crdNames: [],
        };
        const before = buildNetworkModel(input);
        const after = buildNetworkModel({ ...input, policies: [...policies, added] });
        const addedId = `${added.metadata?.namespace}/added`;
        for (const a of workloads) {
          for (const b of workloads) {
            if (a === b) continue;
            const was = explainConnection(before, a.id, b.id, { port: probePort });
            const now = explainConnection(after, a.id, b.id, { port: probePort });
            if (was.allowed || !now.allowed) continue;
            const rules = [...now.egress.rules, ...now.ingress.rules];
            expect(rules.some((r) => r.policy === addedId)).toBe(true);
          }
        }
      },
    ),
    { numRuns: 300 },
  );
});
