/**
 * Posture points reshaped for the charts and tables of the posture page (pure).
 */
export interface SeriesPoint {
  at: string;
  snapshotId: string;
  score: number;
  levels: { privileged: number; baseline: number; restricted: number };
  severities: { critical: number; high: number; medium: number; low: number; info: number };
  isolation: { ingressCoverage: number; egressCoverage: number };
  defaultDeny: { ingress: number | boolean; egress: number | boolean };
  exposed: number;
  attackPaths: number;
}

/** One row per point, flat, percentages as 0–100 (what recharts plots). */
export interface ChartRow {
  day: string;
  snapshotId: string;
  score: number;
  privileged: number;
  baseline: number;
  restricted: number;
  critical: number;
  high: number;
  medium: number;
  low: number;
  ingressCoverage: number;
  egressCoverage: number;
  defaultDenyIngress: number;
  defaultDenyEgress: number;
  exposed: number;
  attackPaths: number;
}

const count = (value: number | boolean): number =>
  typeof value === 'boolean' ? Number(value) : value;
const percent = (ratio: number): number => Math.round(ratio * 1000) / 10;

export function chartRows(points: readonly SeriesPoint[]): ChartRow[] {
  return points.map((point) => ({
    day: point.at.slice(0, 10),
    snapshotId: point.snapshotId,
    score: point.score,
    ...point.levels,
    critical: point.severities.critical,
    high: point.severities.high,
    medium: point.severities.medium,
    low: point.severities.low,
    ingressCoverage: percent(point.isolation.ingressCoverage),
    egressCoverage: percent(point.isolation.egressCoverage),
    defaultDenyIngress: count(point.defaultDeny.ingress),
    defaultDenyEgress: count(point.defaultDeny.egress),
    exposed: point.exposed,
    attackPaths: point.attackPaths,
  }));
}

export interface NamespaceRegression {
  namespace: string;
  from: number;
  to: number;
  change: number;
}

/**
 * The namespaces whose score fell the most between their first and last point of the
 * range, worst first (only those that fell), at most `limit`.
 */
export function regressedNamespaces(
  namespaces: readonly { namespace: string; points: readonly { score: number }[] }[],
  limit = 5,
): NamespaceRegression[] {
  return namespaces
    .flatMap(({ namespace, points }) => {
      const first = points[0];
      const last = points.at(-1);
      if (!first || !last || points.length < 2) return [];
      return [{ namespace, from: first.score, to: last.score, change: last.score - first.score }];
    })
    .filter((entry) => entry.change < 0)
    .sort((a, b) => a.change - b.change || a.namespace.localeCompare(b.namespace))
    .slice(0, limit);
}
