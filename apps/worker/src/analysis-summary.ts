import type { AnalysisResult } from '@kordon/engine';
import type { SnapshotSummary } from '@kordon/db';

/** The per-snapshot numbers the API shows: counts by severity, levels, network posture. */
export function analysisSummary(
  result: AnalysisResult,
  uniqueFindings: { severity: string }[],
): SnapshotSummary {
  const counts = { critical: 0, high: 0, medium: 0, low: 0, info: 0, total: 0 };
  for (const f of uniqueFindings) {
    if (f.severity in counts) counts[f.severity as keyof typeof counts] += 1;
    counts.total += 1;
  }
  const pssLevels: Record<string, number> = { privileged: 0, baseline: 0, restricted: 0 };
  for (const w of result.workloads) pssLevels[w.level] = (pssLevels[w.level] ?? 0) + 1;
  return {
    counts,
    workloads: result.workloads.length,
    namespaces: result.namespaces.length,
    pssVersion: result.pssVersion,
    pssLevels,
    skippedKinds: result.skippedKinds,
    cni: { verdict: result.network.cni.verdict, plugins: result.network.cni.plugins },
    exposures: result.network.exposures.length,
    attackPaths: result.network.attackPaths.length,
  };
}
