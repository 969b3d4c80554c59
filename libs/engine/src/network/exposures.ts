import type { KubeObject } from '../model/kube';
import { isWholeInternet } from './ip-block';
import { matchLabelSelector } from './match-label-selector';
import type { NetworkInput, NetWorkload } from './network-input';
import { parseNetworkPolicy } from './parse-network-policy';
import type { PolicyRule } from './policy-types';
import { asArray, asNumber, asRecord, asString, asStringRecord } from './read-fields';

export type ExposureKind =
  'host-network' | 'host-port' | 'node-port' | 'load-balancer' | 'ingress' | 'open-to-everyone';

export interface ExposureSubject {
  kind: string;
  namespace: string;
  name: string;
}

export interface Exposure {
  kind: ExposureKind;
  /** The object that exposes: the workload, Service, Ingress or NetworkPolicy. */
  subject: ExposureSubject;
  /** Exposed workload ids. */
  workloads: string[];
  /** Parameters (ports, externalTrafficPolicy, services, rule index…): codes, not prose. */
  details: Record<string, unknown>;
}

function workloadSubject(w: NetWorkload): ExposureSubject {
  return { kind: w.kind, namespace: w.namespace, name: w.name };
}

function hostExposures(workloads: readonly NetWorkload[]): Exposure[] {
  const out: Exposure[] = [];
  for (const w of workloads) {
    if (w.hostNetwork)
      out.push({
        kind: 'host-network',
        subject: workloadSubject(w),
        workloads: [w.id],
        details: { outsideNetworkPolicy: true },
      });
    if (w.hostPorts.length > 0)
      out.push({
        kind: 'host-port',
        subject: workloadSubject(w),
        workloads: [w.id],
        details: { hostPorts: w.hostPorts },
      });
  }
  return out;
}

/** Workloads a Service's `spec.selector` selects in its namespace; no selector selects none. */
export function serviceWorkloads(service: KubeObject, workloads: readonly NetWorkload[]): string[] {
  const selector = asStringRecord(asRecord(service.spec)?.['selector']);
  if (Object.keys(selector).length === 0) return [];
  const ns = service.metadata?.namespace ?? 'default';
  return workloads
    .filter((w) => w.namespace === ns && matchLabelSelector({ matchLabels: selector }, w.labels))
    .map((w) => w.id);
}

function serviceExposure(service: KubeObject, workloads: readonly NetWorkload[]): Exposure | null {
  const spec = asRecord(service.spec) ?? {};
  const type = asString(spec['type']);
  if (type !== 'NodePort' && type !== 'LoadBalancer') return null;
  const externalTrafficPolicy = asString(spec['externalTrafficPolicy']) ?? 'Cluster';
  const ports = (asArray(spec['ports']) ?? []).map((p) => {
    const rec = asRecord(p) ?? {};
    return {
      port: asNumber(rec['port']) ?? null,
      nodePort: asNumber(rec['nodePort']) ?? null,
      protocol: asString(rec['protocol']) ?? 'TCP',
    };
  });
  return {
    kind: type === 'NodePort' ? 'node-port' : 'load-balancer',
    subject: {
      kind: 'Service',
      namespace: service.metadata?.namespace ?? 'default',
      name: service.metadata?.name ?? '',
    },
    workloads: serviceWorkloads(service, workloads),
    // Under `Cluster`, traffic is SNATed to a node address: ipBlock rules cannot restrict the client.
    details: { ports, externalTrafficPolicy, sourceIpPreserved: externalTrafficPolicy === 'Local' },
  };
}

function ingressBackends(ingress: KubeObject): string[] {
  const spec = asRecord(ingress.spec) ?? {};
  const names = new Set<string>();
  const add = (backend: unknown): void => {
    const b = asRecord(backend);
    const name = asString(asRecord(b?.['service'])?.['name']) ?? asString(b?.['serviceName']);
    if (name) names.add(name);
  };
  add(spec['defaultBackend'] ?? spec['backend']);
  for (const rule of asArray(spec['rules']) ?? []) {
    for (const path of asArray(asRecord(asRecord(rule)?.['http'])?.['paths']) ?? [])
      add(asRecord(path)?.['backend']);
  }
  return [...names].sort();
}

function ingressExposure(ingress: KubeObject, input: NetworkInput): Exposure {
  const ns = ingress.metadata?.namespace ?? 'default';
  const services = ingressBackends(ingress);
  const workloads = new Set<string>();
  for (const svc of input.services) {
    if (
      (svc.metadata?.namespace ?? 'default') !== ns ||
      !services.includes(svc.metadata?.name ?? '')
    )
      continue;
    for (const id of serviceWorkloads(svc, input.workloads)) workloads.add(id);
  }
  return {
    kind: 'ingress',
    subject: { kind: 'Ingress', namespace: ns, name: ingress.metadata?.name ?? '' },
    workloads: [...workloads].sort(),
    details: { services },
  };
}

/** An ingress rule open to everyone: no peers, or an ipBlock of the whole internet (`0.0.0.0/0`, `::/0`). */
export function isOpenToEveryone(rule: PolicyRule): boolean {
  return (
    rule.peers === null || rule.peers.some((p) => p.kind === 'ipBlock' && isWholeInternet(p.cidr))
  );
}

function byNamespace(workloads: readonly NetWorkload[]): Map<string, NetWorkload[]> {
  const out = new Map<string, NetWorkload[]>();
  for (const w of workloads) {
    const list = out.get(w.namespace);
    if (list) list.push(w);
    else out.set(w.namespace, [w]);
  }
  return out;
}

function openPolicyExposures(input: NetworkInput): Exposure[] {
  const out: Exposure[] = [];
  let workloadsOf: Map<string, NetWorkload[]> | null = null;
  for (const obj of input.policies) {
    const policy = parseNetworkPolicy(obj);
    const open = (policy.ingress ?? []).filter(isOpenToEveryone);
    if (open.length === 0) continue;
    workloadsOf ??= byNamespace(input.workloads);
    const inNamespace = workloadsOf.get(policy.namespace) ?? [];
    const selected = inNamespace
      .filter((w) => !w.hostNetwork && matchLabelSelector(policy.podSelector, w.labels))
      .map((w) => w.id);
    for (const rule of open) {
      out.push({
        kind: 'open-to-everyone',
        subject: { kind: 'NetworkPolicy', namespace: policy.namespace, name: policy.name },
        workloads: [...selected],
        details: {
          ruleIndex: rule.index,
          path: `spec.ingress[${rule.index}]`,
          ports: rule.ports ?? 'all',
        },
      });
    }
  }
  return out;
}

function candidateExposures(input: NetworkInput): Exposure[] {
  return [
    ...hostExposures(input.workloads),
    ...input.services
      .map((s) => serviceExposure(s, input.workloads))
      .filter((e): e is Exposure => e !== null),
    ...input.ingresses.map((i) => ingressExposure(i, input)),
    ...openPolicyExposures(input),
  ];
}

/**
 * What is reachable from outside the pod network, or from everyone: only objects that expose at
 * least one workload, so counts of exposures and exposed workloads are true.
 */
export function exposures(input: NetworkInput): Exposure[] {
  return candidateExposures(input).filter((e) => e.workloads.length > 0);
}

/**
 * NodePort and LoadBalancer Services and Ingresses whose backends select no workload: nothing is
 * exposed today, but the port is open on the nodes (or the route is published) and the first
 * workload that matches is exposed at once. (A policy open to everyone that selects nothing is
 * `net.policy-selects-nothing`.)
 */
export function danglingBackends(input: NetworkInput): Exposure[] {
  return candidateExposures(input).filter(
    (e) =>
      e.workloads.length === 0 &&
      (e.kind === 'node-port' || e.kind === 'load-balancer' || e.kind === 'ingress'),
  );
}
