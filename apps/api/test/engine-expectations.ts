import { findingFingerprint } from '@kordon/contracts';
import {
  createAnalyzer,
  type AnalysisResult,
  type KubeObject,
  type Severity,
} from '@kordon/engine';

export interface ExpectedFinding {
  fingerprint: string;
  checkId: string;
  severity: Severity;
  namespace: string;
  name: string;
}

/**
 * What the engine itself finds in an NDJSON snapshot body, deduplicated by
 * fingerprint as storage does — computed here without the API, the worker or
 * Postgres, so e2e tests compare the API's numbers against an independent source.
 */
export function engineAnalysis(body: Buffer): AnalysisResult {
  const [header, ...objects] = body
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const h = header as {
    cluster: { name: string; kubernetesVersion: string };
    coverage: Record<string, string>;
  };
  const analyzer = createAnalyzer();
  analyzer.begin({
    clusterName: h.cluster.name,
    kubernetesVersion: h.cluster.kubernetesVersion,
    coverage: h.coverage as never,
  });
  for (const o of objects) if (o['kind'] !== 'ClusterSnapshotEnd') analyzer.add(o as KubeObject);
  return analyzer.finish();
}

/** The engine's findings of a body, by fingerprint (as storage keeps them). */
export function engineFindings(body: Buffer): Map<string, ExpectedFinding> {
  const out = new Map<string, ExpectedFinding>();
  for (const f of engineAnalysis(body).findings) {
    const fingerprint = findingFingerprint({
      check: f.checkId,
      kind: f.kind,
      namespace: f.namespace,
      name: f.name,
      container: f.container,
      path: f.path,
    });
    out.set(fingerprint, {
      fingerprint,
      checkId: f.checkId,
      severity: f.severity,
      namespace: f.namespace,
      name: f.name,
    });
  }
  return out;
}

export const countBy = <T>(items: Iterable<T>, key: (t: T) => string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
};
