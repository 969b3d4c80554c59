import { reachReportSchema, type ReachReport } from '@kordon/contracts';
import { DEMO_SNAPSHOT, runCli } from '../__fixtures__/run-cli';

async function reachJson(argv: string[]): Promise<{ code: number; report: ReachReport }> {
  const { code, stdout } = await runCli(['reach', '--format', 'json', ...argv]);
  return { code, report: reachReportSchema.parse(JSON.parse(stdout)) };
}

describe('kordon reach', () => {
  it('lists isolation per workload and the allowed connections', async () => {
    const { code, report } = await reachJson(['deployment']);
    expect(code).toBe(0);
    expect(report.cni.verdict).toBe('unknown');
    expect(report.workloads.every((w) => w.ingressIsolated && w.egressIsolated)).toBe(true);
    expect(report.connections).toEqual([
      {
        from: 'shop/Deployment/web',
        to: 'shop/Deployment/api',
        allowed: [{ protocol: 'TCP', port: 8080 }],
      },
    ]);
  });

  it('explains an allowed connection by the rules of both directions', async () => {
    const { code, report } = await reachJson([
      'deployment',
      '--from',
      'shop/web',
      '--to',
      'shop/Deployment/api',
      '--port',
      '8080',
    ]);
    expect(code).toBe(0);
    const q = report.question;
    expect(q?.allowed).toBe(true);
    expect(q?.protocol).toBe('TCP');
    expect(q?.egress.rules).toEqual([
      { policy: 'shop/web-egress', direction: 'egress', ruleIndex: 0 },
    ]);
    expect(q?.ingress.rules).toEqual([
      { policy: 'shop/web-to-api', direction: 'ingress', ruleIndex: 0 },
    ]);
    expect(report.connections).toBeUndefined();
  });

  it('says which side is not isolated, naming the workload once', async () => {
    const { code, stdout } = await runCli([
      'reach',
      DEMO_SNAPSHOT,
      '--from',
      'shop/frontend',
      '--to',
      'payments/payments-api',
      '--port',
      '8443',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'egress of shop/Deployment/frontend: allows (not isolated: no policy selects it for egress)\n',
    );
    expect(stdout).toContain('ingress of payments/Deployment/payments-api: denies (isolated)\n');
  });

  it('explains a denied connection and still exits 0', async () => {
    const { code, stdout } = await runCli([
      'reach',
      'deployment',
      '--from',
      'shop/api',
      '--to',
      'shop/web',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('shop/Deployment/api -> shop/Deployment/web on any port: DENIED');
    expect(stdout).toContain('selected by shop/default-deny');
    const denied = await reachJson([
      'deployment',
      '--from',
      'shop/web',
      '--to',
      'shop/api',
      '--port',
      '9090',
    ]);
    expect(denied.report.question?.allowed).toBe(false);
    expect(denied.report.question?.ingress.allowed).toBe(false);
  });

  it('exits 2 with the candidates when NS/NAME is ambiguous, or the workload unknown', async () => {
    const ambiguous = await runCli([
      'reach',
      'ambiguous.yaml',
      '--from',
      'data/db',
      '--to',
      'data/StatefulSet/db',
    ]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('data/Deployment/db, data/StatefulSet/db');
    const unknown = await runCli([
      'reach',
      'deployment',
      '--from',
      'shop/nope',
      '--to',
      'shop/api',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no such workload');
    expect((await runCli(['reach', 'deployment', '--from', 'shop/web'])).code).toBe(2);
    expect(
      (
        await runCli([
          'reach',
          'deployment',
          '--from',
          'shop/web',
          '--to',
          'shop/api',
          '--protocol',
          'ICMP',
        ])
      ).code,
    ).toBe(2);
  });

  it('summarises a cluster as isolation, CNI verdict and the namespace matrix', async () => {
    const { report } = await reachJson([DEMO_SNAPSHOT, '--summary']);
    expect(report.cni).toMatchObject({ verdict: 'enforces', plugins: ['calico'] });
    expect(report.connections).toBeUndefined();
    const matrix = report.namespaceMatrix;
    expect(matrix?.default).toBe('all');
    expect(matrix?.namespaces).toEqual(expect.arrayContaining(['shop', 'payments']));
    expect(matrix?.pairs).toContainEqual({ from: 'shop', to: 'payments', reach: 'partial' });
    expect(matrix?.pairs.every((p) => p.reach !== 'all')).toBe(true);
  });

  it('prints the summary as a table', async () => {
    const { code, stdout } = await runCli(['reach', DEMO_SNAPSHOT, '--summary']);
    expect(code).toBe(0);
    expect(stdout).toContain('CNI: enforces (calico)');
    expect(stdout).toContain('Namespace reach: all unless listed');
  });
});
