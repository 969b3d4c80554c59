import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from '../model/kube';
import { WorkloadCollector } from './workload-collector';

describe('each controller kind as a workload', () => {
  const collector = new WorkloadCollector();
  const text = readFileSync(
    path.join(__dirname, '__fixtures__', 'each-controller-kind.yaml'),
    'utf8',
  );
  for (const doc of parseAllDocuments(text)) {
    const o = doc.toJS() as KubeObject;
    collector.add(o, o.metadata?.namespace ?? 'default');
  }
  const byId = new Map(collector.finish().workloads.map((w) => [w.id, w]));

  it.each([
    ['data/StatefulSet/db', 3, 'runAsUser'],
    ['ops/DaemonSet/agent', null, 'hostPID'],
    ['ops/ReplicationController/legacy', 2, null],
    ['data/Job/migrate', 4, 'privileged'],
    ['ops/ReplicaSet/standalone', 1, null],
  ])('%s is evaluated on its template with its desired replicas', (id, replicas, field) => {
    const w = byId.get(id);
    expect(w).toBeDefined();
    expect(w?.fromTemplate).toBe(true);
    expect(w?.desiredReplicas).toBe(replicas);
    expect(w?.observedPods).toBe(0);
    if (field) expect(JSON.stringify(w?.podSpecs[0]?.spec)).toContain(field);
  });
});
