import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { KubeObject } from '../model/kube';
import { explainConnection } from './explain-connection';
import type { NetworkInput } from './network-input';
import { buildNetworkModel } from './network-model';

const corpus = resolve(__dirname, '../../../../../shared/corpus/netpol-cyclonus');
if (!existsSync(corpus))
  throw new Error(
    `the NetworkPolicy truth table is missing: expected ${corpus} (mattfenwick/cyclonus simple-example, next to the checkout; see README "Tests")`,
  );

interface ExpectedPod {
  namespace: string;
  name: string;
  labels: Record<string, string>;
  ip: string;
  ports: { port: number; name: string; protocol: string }[];
}
type Matrix = Record<string, Record<string, string>>;
interface Probe {
  probe: { Protocol: string; Port: number };
  ingress: Matrix;
  egress: Matrix;
  combined: Matrix;
}
interface Expected {
  namespaces: Record<string, Record<string, string>>;
  pods: ExpectedPod[];
  policies: string[];
  probes: Probe[];
}

const expected = JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8')) as Expected;
const policyFiles = readdirSync(join(corpus, 'policies')).filter((f) => f.endsWith('.yaml'));

const input: NetworkInput = {
  namespaces: Object.entries(expected.namespaces).map(([name, labels]) => ({ name, labels })),
  workloads: expected.pods.map((p) => ({
    id: `${p.namespace}/Pod/${p.name}`,
    namespace: p.namespace,
    kind: 'Pod',
    name: p.name,
    labels: p.labels,
    ips: [p.ip],
    hostNetwork: false,
    ports: p.ports.map((port) => ({
      name: port.name,
      containerPort: port.port,
      protocol: port.protocol,
    })),
    hostPorts: [],
  })),
  policies: policyFiles.map(
    (f) => parse(readFileSync(join(corpus, 'policies', f), 'utf8')) as KubeObject,
  ),
  services: [],
  ingresses: [],
  crdNames: [],
};
const model = buildNetworkModel(input);
const probes = expected.probes.filter((p) => p.probe.Port !== 82);
const verdict = (ok: boolean): string => (ok ? '.' : 'X');

describe('cyclonus simple-example truth table', () => {
  it('reads the 7 policies listed by expected.json and the TCP/80 and TCP/81 probes', () => {
    expect(policyFiles.map((f) => `policies/${f}`).sort()).toEqual([...expected.policies].sort());
    expect(probes.map((p) => p.probe.Port)).toEqual([80, 81]);
  });

  for (const probe of probes) {
    describe(`${probe.probe.Protocol}/${probe.probe.Port}`, () => {
      const pairs = expected.pods
        .flatMap((a) => expected.pods.map((b) => [a, b] as const))
        .filter(([a, b]) => a !== b);
      it.each(pairs.map(([a, b]) => [`${a.namespace}/${a.name}`, `${b.namespace}/${b.name}`]))(
        '%s → %s agrees on ingress, egress and combined',
        (from, to) => {
          const [fns, fname] = from.split('/');
          const [tns, tname] = to.split('/');
          const e = explainConnection(model, `${fns}/Pod/${fname}`, `${tns}/Pod/${tname}`, {
            port: probe.probe.Port,
            protocol: 'TCP',
          });
          expect({
            ingress: verdict(e.ingress.allowed),
            egress: verdict(e.egress.allowed),
            combined: verdict(e.allowed),
          }).toEqual({
            ingress: probe.ingress[from]?.[to],
            egress: probe.egress[from]?.[to],
            combined: probe.combined[from]?.[to],
          });
        },
      );
    });
  }
});
