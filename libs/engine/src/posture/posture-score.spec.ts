import { postureScore } from './posture-score';

const base = {
  workloads: 10,
  levels: { privileged: 0, baseline: 0, restricted: 10 },
  severities: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
  ingressIsolated: 10,
  egressIsolated: 10,
  exposed: 0,
  attackPaths: 0,
};

describe('postureScore', () => {
  it('gives 100 to restricted, isolated, unexposed workloads without findings', () => {
    expect(postureScore(base).score).toBe(100);
  });

  it('gives full marks to an empty namespace', () => {
    expect(
      postureScore({ ...base, workloads: 0, levels: { privileged: 0, baseline: 0, restricted: 0 } })
        .score,
    ).toBe(100);
  });

  it('explains a mixed posture part by part', () => {
    const s = postureScore({
      ...base,
      levels: { privileged: 2, baseline: 5, restricted: 3 },
      severities: { critical: 1, high: 0, medium: 0, low: 0, info: 4 },
      ingressIsolated: 5,
      egressIsolated: 0,
      exposed: 1,
      attackPaths: 1,
    });
    // podSecurity (3 + 3)/10 = 0.6 → 24; findings 1/(1+1) → 15; isolation 5/20 → 5; exposure 1 − 3/10 → 7
    expect(s.parts.podSecurity).toEqual({ weight: 40, value: 0.6, points: 24 });
    expect(s.parts.findings.points).toBe(15);
    expect(s.parts.isolation.points).toBe(5);
    expect(s.parts.exposure.points).toBe(7);
    expect(s.score).toBe(51);
  });

  it('counts no isolation when the CNI does not enforce policies', () => {
    expect(postureScore({ ...base, cni: 'does-not-enforce' }).parts.isolation.value).toBe(0);
  });
});
