import { ipBlockMatcher } from './ip-block';
import type { NetworkInput, NetWorkload } from './network-input';
import { parseNetworkPolicy } from './parse-network-policy';
import type { ParsedPolicy } from './policy-types';

type IpTest = (ip: string) => boolean;

function ipBlockTests(policies: readonly ParsedPolicy[]): IpTest[] {
  const seen = new Map<string, IpTest>();
  for (const p of policies) {
    for (const rule of [...(p.ingress ?? []), ...(p.egress ?? [])]) {
      for (const peer of rule.peers ?? []) {
        if (peer.kind !== 'ipBlock') continue;
        const key = `${peer.cidr}|${[...peer.except].sort().join(',')}`;
        if (!seen.has(key)) seen.set(key, ipBlockMatcher(peer.cidr, peer.except));
      }
    }
  }
  return [...seen.values()];
}

/** One IP per ipBlock the workload's IPs fall in: the only thing policies can tell from IPs. */
function ipsThatMatter(ips: readonly string[], tests: readonly IpTest[]): string[] {
  if (ips.length === 0 || tests.length === 0) return [];
  const kept = new Set<string>();
  for (const contains of tests) {
    const ip = ips.find(contains);
    if (ip !== undefined) kept.add(ip);
  }
  return [...kept];
}

function compactWorkload(w: NetWorkload, tests: readonly IpTest[]): NetWorkload {
  return {
    id: w.id,
    namespace: w.namespace,
    kind: w.kind,
    name: w.name,
    labels: w.labels,
    ips: ipsThatMatter(w.ips, tests),
    hostNetwork: w.hostNetwork,
    ports: w.ports,
    hostPorts: w.hostPorts,
  };
}

/**
 * The network input with each workload's IPs reduced to one per ipBlock of the
 * policies that contains any of them (none when no policy has an ipBlock) and
 * images dropped: every reachability answer, class and matrix is the same, and
 * pods rescheduled onto new IPs no longer change what is stored.
 */
export function compactNetworkInput(input: NetworkInput): NetworkInput {
  const tests = ipBlockTests(input.policies.map(parseNetworkPolicy));
  return { ...input, workloads: input.workloads.map((w) => compactWorkload(w, tests)) };
}
