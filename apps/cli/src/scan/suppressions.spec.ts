import { runCli, scanJson } from '../__fixtures__/run-cli';

describe('kordon scan --ignore', () => {
  it('marks matched findings suppressed so they do not gate, and reports expired entries', async () => {
    const { code, stderr, report } = await scanJson([
      'deployment',
      '--ignore',
      'suppressions.yaml',
    ]);
    expect(code).toBe(0);
    const runAsUser = report.findings.find((f) => f.check === 'pss.restricted.run-as-user');
    expect(runAsUser?.suppressed).toEqual({ reason: 'legacy image needs root until the rewrite' });
    expect(runAsUser?.gating).toBe(false);
    expect(report.summary.suppressed).toBe(1);
    // The expired wildcard no longer applies to the other restricted findings.
    expect(
      report.findings.filter((f) => f.check.startsWith('pss.restricted.') && !f.suppressed),
    ).toHaveLength(4);
    expect(report.summary.expiredSuppressions).toEqual([
      expect.objectContaining({ check: 'pss.restricted.*', expires: '2020-01-01' }),
    ]);
    expect(stderr).toContain('warning: suppression no longer applies: pss.restricted.*');
  });

  it('stops suppressing once the entry expires', async () => {
    const { code } = await scanJson(['deployment', '--ignore', 'suppressions.yaml'], {
      now: new Date('3000-01-02T00:00:00Z'),
    });
    expect(code).toBe(1);
  });

  it('exits 2 on an invalid suppressions file', async () => {
    const { code, stderr } = await runCli(['scan', 'deployment', '--ignore', 'list.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('validation_failed');
  });
});
