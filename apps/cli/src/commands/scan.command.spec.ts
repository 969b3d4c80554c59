import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { scanReportSchema } from '@kordon/contracts';
import { DEMO_SNAPSHOT, runCli, scanJson } from '../__fixtures__/run-cli';

describe('kordon scan', () => {
  it('reads a manifest directory recursively and fails on a high restricted finding', async () => {
    const { code, report } = await scanJson(['deployment']);
    expect(code).toBe(1);
    expect(scanReportSchema.parse(report)).toBeTruthy();
    expect(report.objects.map((o) => `${o.namespace}/${o.kind}/${o.name}`).sort()).toEqual([
      'shop/Deployment/api',
      'shop/Deployment/web',
    ]);
    expect(report.summary.gated).toBe(1);
    expect(report.summary.verdict).toBe('fail');
  });

  it('records the file as given and the line where each object starts', async () => {
    const { report } = await scanJson(['deployment']);
    const web = report.objects.find((o) => o.name === 'web');
    expect(web?.source).toEqual({ file: 'deployment/web.yaml', line: 2 });
    const finding = report.findings.find((f) => f.check === 'pss.restricted.run-as-user');
    expect(finding?.source).toEqual({ file: 'deployment/web.yaml', line: 2 });
    expect(finding?.id).toMatch(/^[0-9a-f]{64}$/);
    expect(finding?.path).toBe('spec.containers[name=web].securityContext.runAsUser');
  });

  it('lists restricted violations with upstream ids and the first field path', async () => {
    const { report } = await scanJson(['deployment']);
    const web = report.objects.find((o) => o.name === 'web');
    expect(web?.level).toBe('baseline');
    expect(web?.pss.baseline.allowed).toBe(true);
    expect(web?.pss.restricted.violations.map((v) => v.check)).toContain('runAsUser');
    expect(web?.pss.restricted.violations.find((v) => v.check === 'runAsUser')?.path).toBe(
      'spec.containers[name=web].securityContext.runAsUser',
    );
    expect(web?.containers[0]?.name).toBe('web');
  });

  it('does not gate on restricted-only checks with --level baseline', async () => {
    const { code, report } = await scanJson(['deployment', '--level', 'baseline']);
    expect(code).toBe(0);
    expect(report.summary.gated).toBe(0);
    expect(report.findings.some((f) => f.check === 'pss.restricted.run-as-user')).toBe(true);
  });

  it('gates on lower severities with --fail-on', async () => {
    expect((await runCli(['scan', 'deployment', '--fail-on', 'critical'])).code).toBe(0);
    const { code, report } = await scanJson(['deployment', '--fail-on', 'low']);
    expect(code).toBe(1);
    expect(report.summary.gated).toBe(5);
  });

  it('counts unknown kinds instead of failing', async () => {
    const { report } = await scanJson(['deployment']);
    expect(report.summary.skippedKinds).toEqual({ ConfigMap: 1 });
  });

  it('reads a Helm-like stream on stdin and puts unnamespaced objects in --namespace', async () => {
    const stdin = await import('node:fs').then((fs) =>
      fs.readFileSync(`${__dirname}/../__fixtures__/helm-stream.yaml`),
    );
    const plain = await scanJson(['-'], { stdin });
    expect(plain.report.objects.map((o) => `${o.namespace}/${o.name}`)).toEqual([
      'default/chart-app',
    ]);
    expect(plain.report.objects[0]?.source).toEqual({ file: '-', line: 9 });
    expect(plain.report.summary.skippedKinds).toEqual({ ServiceMonitor: 1 });
    const moved = await scanJson(['-', '--namespace', 'team-a'], { stdin });
    expect(moved.report.objects.map((o) => `${o.namespace}/${o.name}`)).toEqual([
      'team-a/chart-app',
    ]);
    expect(moved.code).toBe(1);
  });

  it('reads a Kubernetes List with the line of each item', async () => {
    const { report } = await scanJson(['list.json']);
    expect(report.objects.map((o) => [o.name, o.source?.line])).toEqual([
      ['one', 5],
      ['two', 11],
    ]);
  });

  it('names the file and line of malformed YAML, keeps scanning the others, and exits 2 over 1', async () => {
    const { code, stderr, report } = await scanJson(['malformed.yaml', 'deployment']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/malformed\.yaml:1[45]: malformed YAML/);
    expect(report.objects.map((o) => o.name).sort()).toEqual(['api', 'fine', 'web']);
    expect(report.summary.gated).toBe(1);
    expect(report.summary.verdict).toBe('error');
    expect(report.summary.inputErrors[0]?.file).toBe('malformed.yaml');
  });

  it('exits 2 for a missing input and for a bad option', async () => {
    const missing = await runCli(['scan', 'nope.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yaml: no such file or directory');
    expect((await runCli(['scan', 'deployment', '--format', 'xml'])).code).toBe(2);
    expect((await runCli(['scan', 'deployment', '--pss-version', 'v2.0'])).code).toBe(2);
    expect((await runCli(['scan', '--bogus'])).code).toBe(2);
  });

  it('uses the cluster version of a snapshot unless --pss-version says otherwise', async () => {
    expect((await scanJson([DEMO_SNAPSHOT])).report.pssVersion).toBe('v1.31');
    expect((await scanJson([DEMO_SNAPSHOT, '--pss-version', 'v1.25'])).report.pssVersion).toBe(
      'v1.25',
    );
    expect((await scanJson(['deployment', '--pss-version', 'latest'])).report.pssVersion).toMatch(
      /^v1\.\d+$/,
    );
  });

  it('prints a readable table by default', async () => {
    const { code, stdout } = await runCli(['scan', 'deployment']);
    expect(code).toBe(1);
    expect(stdout).toContain('shop/Deployment/web');
    expect(stdout).toContain('Result: FAIL');
    expect(stdout).toContain('Skipped kinds: ConfigMap ×1');
  });

  it('reads a gzip snapshot through a directory walk, with NDJSON line numbers', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kordon-scan-'));
    try {
      await writeFile(path.join(dir, 'demo.ndjson.gz'), gzipSync(await readFile(DEMO_SNAPSHOT)));
      const { code, report } = await scanJson([dir]);
      expect(code).toBe(1);
      expect(report.pssVersion).toBe('v1.31');
      expect(report.summary.objectsRead).toBe(54);
      const calico = report.objects.find((o) => o.name === 'calico-node');
      expect(calico?.source).toEqual({ file: path.join(dir, 'demo.ndjson.gz'), line: 8 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
