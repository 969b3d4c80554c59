import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from '../model/kube';
import { WorkloadCollector } from './workload-collector';
import type { Workload } from './workload';

function collect(fixture: string): Map<string, Workload> {
  const text = readFileSync(path.join(__dirname, '__fixtures__', fixture), 'utf8');
  const collector = new WorkloadCollector();
  for (const doc of parseAllDocuments(text)) {
    const object = doc.toJS() as KubeObject;
    collector.add(object, object.metadata?.namespace ?? 'default');
  }
  return new Map(collector.finish().workloads.map((w) => [w.id, w]));
}

describe('workload model', () => {
  it('groups pods under the Deployment through their ReplicaSet', () => {
    const workloads = collect('deployment-with-pods.yaml');
    expect([...workloads.keys()]).toEqual(['shop/Deployment/web']);
    const web = workloads.get('shop/Deployment/web');
    expect(web?.desiredReplicas).toBe(3);
    expect(web?.observedPods).toBe(3);
    expect(web?.podIPs).toEqual(['10.1.0.1', '10.1.0.2', '10.1.0.3']);
    expect(web?.fromTemplate).toBe(false);
  });

  it('deduplicates pod specs that differ only in node, token volume suffix and CNI annotations', () => {
    const web = collect('deployment-with-pods.yaml').get('shop/Deployment/web');
    // two distinct specs: the two ordinary pods collapse; the mutated privileged pod stays apart
    expect(web?.podSpecs).toHaveLength(2);
    const privileged = web?.podSpecs.filter(
      (s) => s.spec?.containers?.[0]?.securityContext?.privileged === true,
    );
    expect(privileged).toHaveLength(1);
  });

  it('names the owner a reference points to when that owner is absent', () => {
    const workloads = collect('absent-owners-and-mirror-pods.yaml');
    const api = workloads.get('shop/ReplicaSet/api-7f9c');
    expect(api?.ownerMissing).toBe(true);
    expect(api?.observedPods).toBe(1);
    expect(api?.desiredReplicas).toBeNull();
  });

  it('follows Pod → Job → CronJob and stops at the absent CronJob', () => {
    const workloads = collect('absent-owners-and-mirror-pods.yaml');
    expect(workloads.has('ops/Job/backup-28890000')).toBe(false);
    const backup = workloads.get('ops/CronJob/backup');
    expect(backup?.observedPods).toBe(1);
    expect(backup?.ownerMissing).toBe(true);
  });

  it('lets mirror pods and bare pods stand for themselves', () => {
    const workloads = collect('absent-owners-and-mirror-pods.yaml');
    expect(workloads.get('kube-system/Pod/kube-apiserver-node-a')?.observedPods).toBe(1);
    expect(workloads.get('default/Pod/debug')?.ownerMissing).toBe(false);
  });

  it('evaluates a controller without pods on its template, CronJob templates included', () => {
    const report = collect('absent-owners-and-mirror-pods.yaml').get('ops/CronJob/report');
    expect(report?.fromTemplate).toBe(true);
    expect(report?.observedPods).toBe(0);
    expect(report?.podSpecs[0]?.spec?.containers?.[0]?.securityContext?.runAsUser).toBe(0);
  });
});
