/**
 * The lean-pod shape of the synthetic cluster: the same cluster, but each pod is
 * what a small cluster's pod looks like after the collector — a few hundred bytes
 * of spec, two labels, no annotations (≈ 0.6 KB a line instead of 4–6 KB). The
 * reading path's fixed cost per object weighs most here.
 */
import { syntheticSnapshotLines, type SyntheticOptions } from './synthetic-cluster';

type Json = Record<string, unknown>;

function leanPod(full: Json): Json {
  const meta = full.metadata as Json;
  const labels = meta.labels as Record<string, string>;
  const spec = full.spec as { containers: Json[]; nodeName?: string };
  const app = spec.containers[0] as { image: string };
  const status = full.status as { podIP?: string };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: meta.name,
      namespace: meta.namespace,
      uid: meta.uid,
      labels: { app: labels.app, 'pod-template-hash': labels['pod-template-hash'] },
      ownerReferences: meta.ownerReferences,
    },
    spec: {
      containers: [
        {
          name: 'app',
          image: app.image,
          ports: [{ containerPort: 8080, protocol: 'TCP' }],
          resources: { requests: { cpu: '100m', memory: '128Mi' } },
        },
      ],
      nodeName: spec.nodeName,
    },
    status: { phase: 'Running', podIP: status.podIP },
  };
}

/** `syntheticSnapshotLines` with every pod made lean; everything else as is. */
export function* leanPodSnapshotLines(o: SyntheticOptions): Generator<string> {
  for (const line of syntheticSnapshotLines(o)) {
    if (!line.startsWith('{"apiVersion":"v1","kind":"Pod"')) {
      yield line;
      continue;
    }
    yield JSON.stringify(leanPod(JSON.parse(line) as Json));
  }
}
