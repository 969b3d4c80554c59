import type { Labels } from '../model/kube';
import { attackPaths, type AttackPath } from './attack-paths';
import { defaultDenyPolicyYaml } from './default-deny-policy-yaml';
import type { CniDetection } from './detect-cni';
import { attackPathFindings } from './attack-path-findings';
import { danglingBackendFindings, exposureFindings } from './exposure-findings';
import { danglingBackends, exposures as findExposures, type Exposure } from './exposures';
import { isDefaultDeny } from './is-default-deny';
import { matchLabelSelector } from './match-label-selector';
import type { NetworkInput } from './network-input';
import { finding, type NetworkFinding } from './network-finding';
import type { NetworkModel } from './network-model';

function namespaceFindings(model: NetworkModel): NetworkFinding[] {
  const withWorkloads = new Set(model.classes.map((c) => c.namespace));
  return [...withWorkloads].sort().flatMap((ns) => {
    const policies = model.policiesByNamespace.get(ns) ?? [];
    const subject = { kind: 'Namespace', namespace: '', name: ns };
    const out: NetworkFinding[] = [];
    for (const direction of ['ingress', 'egress'] as const) {
      if (policies.some((p) => isDefaultDeny(p, direction))) continue;
      out.push({
        ...finding(`net.namespace-no-default-deny-${direction}`, subject, {
          path: 'metadata.name',
          observed: false,
          expected:
            direction === 'ingress'
              ? 'a NetworkPolicy with podSelector {}, Ingress in policyTypes and no ingress rules'
              : 'a NetworkPolicy with podSelector {}, Egress in policyTypes and egress rules allowing at most DNS (port 53)',
          message: `namespace "${ns}" has no default-deny ${direction} NetworkPolicy`,
        }),
        fixYaml: defaultDenyPolicyYaml(ns),
      });
    }
    return out;
  });
}

function workloadFindings(model: NetworkModel): NetworkFinding[] {
  return model.classes.flatMap((cls) => {
    const ingress = cls.ingressPolicies.length > 0;
    const egress = cls.egressPolicies.length > 0;
    if (cls.representative.hostNetwork || (ingress && egress)) return [];
    return cls.members.flatMap((id) => {
      const w = model.workloads.get(id);
      if (!w) return [];
      const missing = [!ingress ? 'ingress' : '', !egress ? 'egress' : '']
        .filter(Boolean)
        .join(' and ');
      return [
        finding(
          'net.workload-not-isolated',
          { kind: w.kind, namespace: w.namespace, name: w.name },
          {
            path: 'metadata.labels',
            observed: { ingressIsolated: ingress, egressIsolated: egress },
            expected: 'selected by NetworkPolicies for ingress and egress',
            message: `workload ${id} is selected by no NetworkPolicy for ${missing}`,
          },
        ),
      ];
    });
  });
}

function labelsByNamespace(input: NetworkInput): Map<string, Labels[]> {
  const out = new Map<string, Labels[]>();
  for (const w of input.workloads) {
    const list = out.get(w.namespace);
    if (list) list.push(w.labels);
    else out.set(w.namespace, [w.labels]);
  }
  return out;
}

function policyFindings(
  model: NetworkModel,
  input: NetworkInput,
  cni: CniDetection,
): NetworkFinding[] {
  const out: NetworkFinding[] = [];
  if (model.policies.length > 0 && cni.verdict === 'does-not-enforce') {
    out.push(
      finding(
        'net.policies-not-enforced',
        { kind: 'Cluster', namespace: '', name: '' },
        {
          path: 'spec',
          observed: { plugins: cni.plugins, policies: model.policies.length },
          expected: 'a CNI that enforces NetworkPolicy',
          message: `${model.policies.length} NetworkPolicies are not enforced by the CNI (${cni.plugins.join(', ')})`,
        },
      ),
    );
  }
  const labelsOf = labelsByNamespace(input);
  for (const p of model.policies) {
    const sel = p.podSelector;
    if (
      Object.keys(sel.matchLabels ?? {}).length === 0 &&
      (sel.matchExpressions ?? []).length === 0
    )
      continue;
    if ((labelsOf.get(p.namespace) ?? []).some((labels) => matchLabelSelector(sel, labels)))
      continue;
    out.push(
      finding(
        'net.policy-selects-nothing',
        { kind: 'NetworkPolicy', namespace: p.namespace, name: p.name },
        {
          path: 'spec.podSelector',
          observed: sel,
          expected: 'a selector matching some workload',
          message: `NetworkPolicy ${p.id} selects no workload`,
        },
      ),
    );
  }
  return out;
}

/** Exposures and attack paths when the caller has computed them already (they are costly at scale). */
export interface PrecomputedPaths {
  exposures: Exposure[];
  attackPaths: AttackPath[];
}

/** Network findings; `riskyWorkloadIds` (privileged or host-namespace workloads) feed attack paths. */
export function networkFindings(
  model: NetworkModel,
  input: NetworkInput,
  cni: CniDetection,
  riskyWorkloadIds: ReadonlySet<string> = new Set(),
  precomputed?: PrecomputedPaths,
): NetworkFinding[] {
  const exposures = precomputed?.exposures ?? findExposures(input);
  const paths = precomputed?.attackPaths ?? attackPaths(model, exposures, riskyWorkloadIds);
  return [
    ...policyFindings(model, input, cni),
    ...namespaceFindings(model),
    ...workloadFindings(model),
    ...exposureFindings(exposures),
    ...danglingBackendFindings(danglingBackends(input)),
    ...attackPathFindings(model, paths),
  ];
}
