import { readFileSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const DEMO_SNAPSHOT_PATH = path.join(REPO_ROOT, 'examples/demo-cluster.ndjson');

interface Container {
  securityContext?: { privileged?: unknown };
}

interface DemoObject {
  kind?: unknown;
  metadata?: { name?: unknown; namespace?: unknown };
  spec?: { template?: { spec?: { containers?: Container[]; initContainers?: Container[] } } };
}

/** A workload as the dashboard writes it: `namespace/Kind/name`. */
export interface WorkloadRef {
  namespace: string;
  kind: string;
  name: string;
}

/** The DaemonSets of the demo snapshot with a privileged container: they must carry `pss.baseline.privileged`. */
export function privilegedDemoDaemonSets(
  ndjson = readFileSync(DEMO_SNAPSHOT_PATH, 'utf8'),
): WorkloadRef[] {
  const workloads: WorkloadRef[] = [];
  for (const line of ndjson.split('\n').slice(1)) {
    if (!line.trim()) continue;
    const object = JSON.parse(line) as DemoObject;
    if (object.kind !== 'DaemonSet') continue;
    const pod = object.spec?.template?.spec;
    const containers = [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])];
    if (!containers.some((container) => container.securityContext?.privileged === true)) continue;
    const { name, namespace } = object.metadata ?? {};
    if (typeof name === 'string' && typeof namespace === 'string')
      workloads.push({ namespace, kind: 'DaemonSet', name });
  }
  return workloads;
}
