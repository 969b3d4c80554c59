import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { KubeObject } from '../../model/kube';
import type { NetworkInput, NetWorkload } from '../network-input';
import type { Protocol } from '../policy-types';

/** Test-only: the small YAML scenario format of `__fixtures__/*.yaml`. */
interface RawWorkload {
  ns: string;
  name: string;
  kind?: string;
  labels?: Record<string, string>;
  ips?: string[];
  hostNetwork?: boolean;
  ports?: { name?: string; containerPort: number; protocol?: string }[];
  hostPorts?: { hostPort: number; containerPort: number; protocol?: string }[];
}

export interface ScenarioExpectation {
  from: string;
  to: string;
  port?: number;
  protocol?: Protocol;
  allowed: boolean;
  egressRules?: string[];
  ingressRules?: string[];
}

interface RawScenario {
  description: string;
  namespaces?: { name: string; labels?: Record<string, string> }[];
  workloads: RawWorkload[];
  policies?: KubeObject[];
  services?: KubeObject[];
  ingresses?: KubeObject[];
  expect?: ScenarioExpectation[];
}

export interface Scenario {
  description: string;
  input: NetworkInput;
  expect: ScenarioExpectation[];
}

/** `ns/name` in fixtures stands for the workload id `ns/Deployment/name` (or the given kind). */
export function workloadId(short: string, kind = 'Deployment'): string {
  const [ns, name] = short.split('/');
  return `${ns}/${kind}/${name}`;
}

function toWorkload(w: RawWorkload): NetWorkload {
  const kind = w.kind ?? 'Deployment';
  return {
    id: workloadId(`${w.ns}/${w.name}`, kind),
    namespace: w.ns,
    kind,
    name: w.name,
    labels: w.labels ?? {},
    ips: w.ips ?? [],
    hostNetwork: w.hostNetwork ?? false,
    ports: (w.ports ?? []).map((p) => ({ ...p, protocol: p.protocol ?? 'TCP' })),
    hostPorts: (w.hostPorts ?? []).map((p) => ({ ...p, protocol: p.protocol ?? 'TCP' })),
  };
}

export function loadScenario(file: string): Scenario {
  const raw = parse(readFileSync(join(__dirname, file), 'utf8')) as RawScenario;
  return {
    description: raw.description,
    input: {
      namespaces: (raw.namespaces ?? []).map((n) => ({ name: n.name, labels: n.labels ?? {} })),
      workloads: raw.workloads.map(toWorkload),
      policies: raw.policies ?? [],
      services: raw.services ?? [],
      ingresses: raw.ingresses ?? [],
      crdNames: [],
    },
    expect: raw.expect ?? [],
  };
}
