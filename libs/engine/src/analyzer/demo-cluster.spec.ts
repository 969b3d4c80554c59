import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findingFingerprint } from '@kordon/contracts';
import type { KubeObject } from '../model/kube';
import { createAnalyzer } from './create-analyzer';

/** The README's demo cluster, analyzed end to end by the engine alone. */
function analyzeDemo() {
  const text = readFileSync(
    path.resolve(__dirname, '../../../../examples/demo-cluster.ndjson'),
    'utf8',
  );
  const lines = text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as KubeObject & { cluster?: { kubernetesVersion: string } });
  const analyzer = createAnalyzer();
  const header = lines[0];
  analyzer.begin({ kubernetesVersion: header?.cluster?.kubernetesVersion ?? null });
  for (const object of lines.slice(1, -1)) analyzer.add(object);
  return analyzer.finish();
}

describe('demo cluster analysis', () => {
  const result = analyzeDemo();
  const ids = (check: string) =>
    result.findings
      .filter((f) => f.checkId === check)
      .map((f) => `${f.namespace}/${f.kind}/${f.name}`);

  it('evaluates at the cluster version from the header', () => {
    expect(result.pssVersion).toBe('v1.31');
  });

  it('groups pods into their workloads', () => {
    const names = result.workloads.map((w) => w.workload.id).sort();
    expect(names).toContain('shop/Deployment/frontend');
    expect(names).toContain('monitoring/DaemonSet/log-agent');
    expect(names.some((n) => n.includes('ReplicaSet'))).toBe(false);
    const frontend = result.workloads.find((w) => w.workload.id === 'shop/Deployment/frontend');
    expect(frontend?.workload.observedPods).toBe(3);
    expect(frontend?.workload.desiredReplicas).toBe(3);
  });

  it('finds the privileged DaemonSets and the host-namespace workload', () => {
    expect(ids('pss.baseline.privileged').sort()).toEqual([
      'kube-system/DaemonSet/calico-node',
      'monitoring/DaemonSet/log-agent',
    ]);
    expect(ids('pss.baseline.host-namespaces')).toContain('monitoring/DaemonSet/node-exporter');
  });

  it('names containers in finding paths', () => {
    const f = result.findings.find(
      (x) => x.checkId === 'pss.baseline.privileged' && x.name === 'log-agent',
    );
    expect(f?.path).toBe('spec.containers[name=fluent-bit].securityContext.privileged');
    expect(f?.container).toBe('fluent-bit');
    expect(f?.severity).toBe('critical');
  });

  it('rates the restricted-compliant workload restricted and the root one lower', () => {
    const level = (id: string) => result.workloads.find((w) => w.workload.id === id)?.level;
    expect(level('shop/Deployment/cart')).toBe('restricted');
    expect(level('shop/Deployment/frontend')).toBe('baseline');
    expect(level('monitoring/DaemonSet/log-agent')).toBe('privileged');
  });

  it('detects Calico as an enforcing CNI', () => {
    expect(result.network.cni.verdict).toBe('enforces');
  });

  it('reports the namespace without any NetworkPolicy', () => {
    const ns = ids('net.namespace-no-default-deny-ingress');
    expect(ns).toContain('/Namespace/monitoring');
    expect(ns).not.toContain('/Namespace/payments');
    expect(ns).not.toContain('/Namespace/shop');
  });

  it('gives every finding its own fingerprint', () => {
    const fingerprints = result.findings.map((f) =>
      findingFingerprint({
        check: f.checkId,
        kind: f.kind,
        namespace: f.namespace,
        name: f.name,
        container: f.container,
        path: f.path,
      }),
    );
    const repeated = fingerprints.filter((fp, i) => fingerprints.indexOf(fp) !== i);
    expect(repeated).toEqual([]);
    expect(result.findings.some((f) => f.checkId === 'net.attack-path')).toBe(true);
  });
});
