import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createAnalyzer } from '../analyzer/create-analyzer';
import type { KubeObject } from '../model/kube';
import { postureScore } from './posture-score';
import { CLUSTER_TOTAL } from './posture-tally';
import { snapshotPosture } from './snapshot-posture';

/** The README's demo cluster, analyzed by the engine alone. */
function analyzeDemo() {
  const lines = readFileSync(
    path.resolve(__dirname, '../../../../examples/demo-cluster.ndjson'),
    'utf8',
  )
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as KubeObject);
  const analyzer = createAnalyzer();
  analyzer.begin({ kubernetesVersion: null });
  for (const object of lines.slice(1, -1)) analyzer.add(object);
  return analyzer.finish();
}

describe('snapshotPosture of the demo cluster', () => {
  const result = analyzeDemo();
  const posture = snapshotPosture(result, result.findings);
  const [total, ...namespaces] = posture;

  it('lists the cluster total first, then each namespace by name', () => {
    expect(total?.namespace).toBe(CLUSTER_TOTAL);
    const names = namespaces.map((p) => p.namespace);
    expect(names).toEqual([...names].sort());
    expect(total?.namespaces).toBe(namespaces.length);
  });

  it('adds the namespaces up to the cluster total', () => {
    const sum = (pick: (p: (typeof posture)[number]) => number) =>
      namespaces.reduce((n, p) => n + pick(p), 0);
    expect(total?.workloads).toBe(result.workloads.length);
    expect(sum((p) => p.workloads)).toBe(total?.workloads);
    expect(sum((p) => p.exposed)).toBe(total?.exposed);
    expect(sum((p) => p.levels.privileged)).toBe(total?.levels.privileged);
  });

  it('scores every entry from its own tally with the cluster CNI verdict', () => {
    const cni = result.network.cni.verdict;
    for (const p of posture) expect(p.score).toBe(postureScore({ ...p, cni }).score);
  });

  it('carries the CNI verdict and the reach matrix on the cluster total only', () => {
    expect(total?.cni).toBe(result.network.cni.verdict);
    expect(total?.reach?.names.length).toBeGreaterThan(1);
    expect(total?.reach?.names).toEqual([...(total?.reach?.names ?? [])].sort());
    for (const p of namespaces) {
      expect(p.cni).toBeNull();
      expect(p.reach).toBeNull();
    }
  });
});
