import type { Labels } from '../model/kube';
import { ipBlockMatcher } from './ip-block';
import { matchLabelSelector } from './match-label-selector';
import type { NetWorkload } from './network-input';
import type { ParsedPolicy } from './policy-types';
import { projectLabels, type SelectorVocabulary } from './selector-vocabulary';
import type { WorkloadClass } from './workload-class';

interface ClassContext {
  vocab: SelectorVocabulary;
  namespaces: Map<string, Labels>;
  policiesByNamespace: Map<string, ParsedPolicy[]>;
  ipBlocks: { cidr: string; except: string[] }[];
}

type IpTest = (ip: string) => boolean;

function namedPortsKey(w: NetWorkload): string {
  return w.ports
    .filter((p) => p.name)
    .map((p) => `${p.name}/${(p.protocol || 'TCP').toUpperCase()}/${p.containerPort}`)
    .sort()
    .join(',');
}

function ipBitsKey(w: NetWorkload, blocks: readonly IpTest[]): string {
  if (w.ips.length === 0) return '';
  const bits: number[] = [];
  blocks.forEach((contains, i) => {
    if (w.ips.some(contains)) bits.push(i);
  });
  return bits.join(',');
}

function selecting(
  w: NetWorkload,
  ctx: ClassContext,
  direction: 'ingress' | 'egress',
): ParsedPolicy[] {
  if (w.hostNetwork) return [];
  const policies = ctx.policiesByNamespace.get(w.namespace) ?? [];
  return policies.filter(
    (p) => p[direction] !== null && matchLabelSelector(p.podSelector, w.labels),
  );
}

function newClass(
  w: NetWorkload,
  index: number,
  key: string,
  signature: string,
  ctx: ClassContext,
): WorkloadClass {
  const namespaceLabels = ctx.namespaces.get(w.namespace) ?? {};
  return {
    index,
    namespace: w.namespace,
    key,
    signature,
    representative: w,
    members: [],
    view: {
      namespace: w.namespace,
      namespaceLabels,
      labels: w.labels,
      hostNetwork: w.hostNetwork,
      ips: w.ips,
    },
    ingressPolicies: selecting(w, ctx, 'ingress'),
    egressPolicies: selecting(w, ctx, 'egress'),
  };
}

/** Groups workloads into equivalence classes (see `WorkloadClass`). */
export function buildWorkloadClasses(
  workloads: readonly NetWorkload[],
  ctx: ClassContext,
): WorkloadClass[] {
  const byKey = new Map<string, WorkloadClass>();
  const nsProjection = new Map<string, string>();
  const blocks = ctx.ipBlocks.map((b) => ipBlockMatcher(b.cidr, b.except));
  for (const w of workloads) {
    let nsProj = nsProjection.get(w.namespace);
    if (nsProj === undefined) {
      nsProj = projectLabels(ctx.namespaces.get(w.namespace) ?? {}, ctx.vocab.namespace);
      nsProjection.set(w.namespace, nsProj);
    }
    const rest = [
      projectLabels(w.labels, ctx.vocab.pod),
      namedPortsKey(w),
      w.hostNetwork ? 'H' : '',
      ipBitsKey(w, blocks),
    ];
    const key = [w.namespace, ...rest].join('\u0000');
    let cls = byKey.get(key);
    if (!cls) {
      cls = newClass(w, byKey.size, key, [nsProj, ...rest].join('\u0000'), ctx);
      byKey.set(key, cls);
    }
    cls.members.push(w.id);
  }
  return [...byKey.values()];
}
