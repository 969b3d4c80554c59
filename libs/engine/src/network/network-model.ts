import type { Labels } from '../model/kube';
import { buildWorkloadClasses } from './build-workload-classes';
import { NAMESPACE_NAME_LABEL, type NetworkInput, type NetWorkload } from './network-input';
import { parseNetworkPolicy } from './parse-network-policy';
import type { ParsedPolicy } from './policy-types';
import { collectVocabulary } from './selector-vocabulary';
import type { WorkloadClass } from './workload-class';

/** Everything the reachability questions need, computed once per input. */
export interface NetworkModel {
  /** Namespace name → labels (always with `kubernetes.io/metadata.name`). */
  namespaces: Map<string, Labels>;
  workloads: Map<string, NetWorkload>;
  policies: ParsedPolicy[];
  policiesByNamespace: Map<string, ParsedPolicy[]>;
  classes: WorkloadClass[];
  classOfWorkload: Map<string, WorkloadClass>;
}

function collectNamespaces(
  input: NetworkInput,
  policies: readonly ParsedPolicy[],
): Map<string, Labels> {
  const namespaces = new Map<string, Labels>();
  for (const ns of input.namespaces) {
    namespaces.set(ns.name, { ...ns.labels, [NAMESPACE_NAME_LABEL]: ns.name });
  }
  const referenced = [
    ...input.workloads.map((w) => w.namespace),
    ...policies.map((p) => p.namespace),
  ];
  for (const name of referenced) {
    if (!namespaces.has(name)) namespaces.set(name, { [NAMESPACE_NAME_LABEL]: name });
  }
  return namespaces;
}

function collectIpBlocks(policies: readonly ParsedPolicy[]): { cidr: string; except: string[] }[] {
  const seen = new Map<string, { cidr: string; except: string[] }>();
  for (const p of policies) {
    for (const rule of [...(p.ingress ?? []), ...(p.egress ?? [])]) {
      for (const peer of rule.peers ?? []) {
        if (peer.kind !== 'ipBlock') continue;
        const key = `${peer.cidr}|${[...peer.except].sort().join(',')}`;
        if (!seen.has(key)) seen.set(key, { cidr: peer.cidr, except: peer.except });
      }
    }
  }
  return [...seen.values()];
}

export function buildNetworkModel(input: NetworkInput): NetworkModel {
  const policies = input.policies.map(parseNetworkPolicy);
  const policiesByNamespace = new Map<string, ParsedPolicy[]>();
  for (const p of policies) {
    const list = policiesByNamespace.get(p.namespace) ?? [];
    list.push(p);
    policiesByNamespace.set(p.namespace, list);
  }
  const namespaces = collectNamespaces(input, policies);
  const workloads = new Map(input.workloads.map((w) => [w.id, w]));
  const ctx = {
    vocab: collectVocabulary(policies),
    namespaces,
    policiesByNamespace,
    ipBlocks: collectIpBlocks(policies),
  };
  const classes = buildWorkloadClasses([...workloads.values()], ctx);
  const classOfWorkload = new Map<string, WorkloadClass>();
  for (const cls of classes) for (const id of cls.members) classOfWorkload.set(id, cls);
  return { namespaces, workloads, policies, policiesByNamespace, classes, classOfWorkload };
}
