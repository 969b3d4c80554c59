import { chartRows, regressedNamespaces, type SeriesPoint } from './posture-series';

const point: SeriesPoint = {
  at: '2026-11-29T15:03:29.263Z',
  snapshotId: 's1',
  score: 15,
  levels: { privileged: 5, baseline: 3, restricted: 0 },
  severities: { critical: 5, high: 14, medium: 27, low: 24, info: 0 },
  isolation: { ingressCoverage: 0.375, egressCoverage: 0.125 },
  defaultDeny: { ingress: 2, egress: true },
  exposed: 5,
  attackPaths: 7,
};

describe('chartRows', () => {
  it('flattens a point by day, with coverage in percent and booleans as counts', () => {
    expect(chartRows([point])).toEqual([
      {
        day: '2026-11-29',
        snapshotId: 's1',
        score: 15,
        privileged: 5,
        baseline: 3,
        restricted: 0,
        critical: 5,
        high: 14,
        medium: 27,
        low: 24,
        ingressCoverage: 37.5,
        egressCoverage: 12.5,
        defaultDenyIngress: 2,
        defaultDenyEgress: 1,
        exposed: 5,
        attackPaths: 7,
      },
    ]);
  });
});

describe('regressedNamespaces', () => {
  const series = (namespace: string, ...scores: number[]) => ({
    namespace,
    points: scores.map((score) => ({ score })),
  });

  it('lists only namespaces whose score fell, the largest fall first', () => {
    expect(
      regressedNamespaces([
        series('payments', 2, 24),
        series('shop', 44, 44, 24),
        series('monitoring', 9, 9),
        series('web', 30, 25),
        series('new', 10),
      ]),
    ).toEqual([
      { namespace: 'shop', from: 44, to: 24, change: -20 },
      { namespace: 'web', from: 30, to: 25, change: -5 },
    ]);
  });

  it('keeps at most `limit`', () => {
    expect(regressedNamespaces([series('a', 5, 1), series('b', 5, 2)], 1)).toHaveLength(1);
  });
});
