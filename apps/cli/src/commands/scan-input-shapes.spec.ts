import { scanReportSchema } from '@kordon/contracts';
import { runCli, scanJson } from '../__fixtures__/run-cli';

describe('kordon scan reads every input shape faithfully', () => {
  it('judges the pods of a PodList whose items carry no kind (kubectl get --raw)', async () => {
    const { code, report } = await scanJson(['shapes/pod-list.json']);
    expect(scanReportSchema.parse(report)).toBeTruthy();
    expect(report.objects.map((o) => `${o.namespace}/${o.kind}/${o.name}`).sort()).toEqual([
      'ops/Pod/node-debugger',
      'ops/Pod/sniffer',
    ]);
    const privileged = report.findings.filter((f) => f.check === 'pss.baseline.privileged');
    expect(privileged.map((f) => f.name).sort()).toEqual(['node-debugger', 'sniffer']);
    expect(report.summary.skippedKinds).toEqual({});
    expect(report.summary.verdict).toBe('fail');
    expect(code).toBe(1);
  });

  it.each([
    ['base first', ['shapes/repo/base', 'shapes/repo/overlays/prod']],
    ['overlay first', ['shapes/repo/overlays/prod', 'shapes/repo/base']],
  ])(
    'judges a base and its privileged overlay of one Deployment each with its source (%s)',
    async (_order, paths) => {
      const { code, report } = await scanJson(paths);
      const webs = report.objects.filter((o) => o.name === 'web');
      expect(webs.map((o) => o.source?.file).sort()).toEqual([
        'shapes/repo/base/web.yaml',
        'shapes/repo/overlays/prod/web.yaml',
      ]);
      const privileged = report.findings.filter((f) => f.check === 'pss.baseline.privileged');
      expect(privileged).toHaveLength(1);
      expect(privileged[0]?.source).toEqual({
        file: 'shapes/repo/overlays/prod/web.yaml',
        line: 2,
      });
      expect(privileged[0]?.gating).toBe(true);
      const base = webs.find((o) => o.source?.file === 'shapes/repo/base/web.yaml');
      expect(base?.level).toBe('restricted');
      expect(code).toBe(1);
    },
  );

  it('skips a Helm values.yaml and a CI workflow with a notice, keeping the exit code', async () => {
    const { code, stderr, report } = await scanJson([
      'shapes/repo/base',
      'shapes/repo/chart',
      'shapes/repo/.github/workflows/ci.yaml',
    ]);
    expect(code).toBe(0);
    expect(report.summary.verdict).toBe('pass');
    expect(report.summary.inputErrors).toEqual([]);
    expect(report.summary.warnings).toEqual([
      expect.objectContaining({ file: 'shapes/repo/chart/values.yaml', line: 2, level: 'notice' }),
      expect.objectContaining({
        file: 'shapes/repo/.github/workflows/ci.yaml',
        line: 1,
        level: 'notice',
      }),
    ]);
    expect(stderr).toContain(
      'kordon: notice: shapes/repo/chart/values.yaml:2: not a Kubernetes object',
    );
  });

  it('warns about an object whose kind cannot be known, with file and line, and counts it', async () => {
    const { code, stdout, stderr } = await runCli(['scan', 'shapes/no-kind.yaml']);
    expect(stderr).toContain(
      'kordon: warning: shapes/no-kind.yaml:7: a Kubernetes object without a kind',
    );
    expect(stdout).toContain('1 object(s) not judged (no kind)');
    expect(code).toBe(0);
  });

  it('reports without failing with --fail-on none', async () => {
    const { code, report } = await scanJson(['shapes/pod-list.json', '--fail-on', 'none']);
    expect(report.summary.counts.critical + report.summary.counts.high).toBeGreaterThan(0);
    expect(report.summary.gated).toBe(0);
    expect(report.summary.failOn).toBe('none');
    expect(report.summary.verdict).toBe('pass');
    expect(code).toBe(0);
  });

  it('kordon reach warns about a repeated identity naming both sources and uses the first', async () => {
    const { code, stderr } = await runCli([
      'reach',
      '--summary',
      'shapes/repo/base',
      'shapes/repo/overlays/prod',
    ]);
    expect(stderr).toContain(
      'kordon: warning: shapes/repo/overlays/prod/web.yaml:2: shop/Deployment/web is defined again (first at shapes/repo/base/web.yaml:1); reachability uses the first',
    );
    expect(code).toBe(0);
  });
});
