import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import request from 'supertest';
import type { ScanView } from '@kordon/contracts';
import { startApi, type ApiHarness } from './api-harness';
import { CiWorkspace } from './ci/ci-workspace';
import { kubeScoreSarif } from './ci/kube-score-sarif';
import { SUPPRESS_SIDECAR, WEB_ON_MAIN, WEB_WITH_PRIVILEGED_SIDECAR } from './ci/manifests';

const ROOT = path.resolve(__dirname, '../../..');

/** `npm test` builds before Jest; a lone `npx jest` of this file builds dist/ itself. */
function ensureBuiltCli(): void {
  if (existsSync(path.join(ROOT, 'dist/apps/cli/src/main.js'))) return;
  execFileSync(process.execPath, [path.join(ROOT, 'tools/build.mjs')], { cwd: ROOT });
}

// The built CLI as a subprocess against the real API and Postgres (`node tools/build.mjs` first;
// `npm test` builds before Jest runs).
describe('CI gate: kordon scan --fail-on-new and upload-sarif against the real API', () => {
  let api: ApiHarness;
  let ws: CiWorkspace;
  let env: Record<string, string>;
  let mainCommit = '';

  beforeAll(async () => {
    ensureBuiltCli();
    api = await startApi();
    await api.app.listen(0, '127.0.0.1');
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    env = {
      KORDON_API_URL: `http://127.0.0.1:${port}`,
      KORDON_TOKEN: await api.issueToken(['scan']),
    };
    ws = await CiWorkspace.create('https://github.com/acme/shop.git');
    await ws.write('app.yaml', WEB_ON_MAIN);
    mainCommit = ws.commit('web on main');
    const main = await ws.kordon(['scan', '.', '--level', 'baseline', '--upload'], env);
    expect(main.stderr).toContain('uploaded (acme/shop, branch main');
    expect(main.code).toBe(1); // the old hostPID finding fails a plain --fail-on high scan
  });

  afterAll(async () => {
    await ws?.remove();
    await api?.close();
  });

  it('fails a branch that adds one privileged container, naming exactly that finding and the base', async () => {
    ws.git('checkout', '-q', '-b', 'feature/sidecar', 'main');
    await ws.write('app.yaml', WEB_WITH_PRIVILEGED_SIDECAR);
    ws.commit('add the mesh sidecar');
    const run = await ws.kordon(['scan', '.', '--level', 'baseline', '--fail-on-new', 'high'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `compared against main's kordon scan at the merge-base ${mainCommit.slice(0, 12)}`,
    );
    expect(run.stderr).toContain('gate failed: 1 new finding at or above high:');
    const listed = run.stderr.split('\n').filter((l) => /^ {2}[A-Z]+ +\S/.test(l));
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatch(
      /CRITICAL +pss\.baseline\.privileged +Deployment shop\/web container sidecar/,
    );
  });

  it('passes a branch that adds nothing, although the old critical finding remains', async () => {
    ws.git('checkout', '-q', '-b', 'feature/docs', 'main');
    await ws.write('README.md', '# shop\n');
    ws.commit('docs only');
    const run = await ws.kordon(
      ['scan', '.', '--level', 'baseline', '--fail-on-new', 'high', '--format', 'json'],
      env,
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { findings: { check: string }[] };
    expect(report.findings.map((f) => f.check)).toContain('pss.baseline.host-namespaces');
    expect(run.stderr).toContain('gate passed: no new findings at or above high');
  });

  it('passes the privileged branch when a suppression covers the new finding', async () => {
    ws.git('checkout', '-q', 'feature/sidecar');
    await ws.write('kordon-suppressions.yaml', SUPPRESS_SIDECAR);
    ws.commit('suppress the sidecar');
    const args = ['scan', 'app.yaml', '--level', 'baseline', '--fail-on-new', 'high'];
    const run = await ws.kordon([...args, '--ignore', 'kordon-suppressions.yaml'], env);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('gate passed: no new findings at or above high (1 suppressed)');
  });

  it('says so when the base branch has no scan: every finding counts as new', async () => {
    const args = ['scan', 'app.yaml', '--level', 'baseline', '--fail-on-new', 'critical'];
    const run = await ws.kordon([...args, '--base-branch', 'release/1.0'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'no kordon scan of release/1.0 to compare against: every finding counts as new',
    );
    expect(run.stderr).toContain('gate failed: 2 new findings at or above critical');
  });

  it('stores SARIF of another tool under its name and gates a second upload on the new result', async () => {
    const main = kubeScoreSarif([
      { rule: 'container-resources', level: 'error', object: 'apps/v1/Deployment shop/web' },
    ]);
    ws.git('checkout', '-q', 'main');
    await ws.write('kube-score.sarif', JSON.stringify(main));
    const first = await ws.kordon(['upload-sarif', 'kube-score.sarif'], env);
    expect(first.code).toBe(0);
    const listed = await request(api.server)
      .get('/api/v1/scans')
      .query({ repository: 'acme/shop', branch: 'main', tool: 'kube-score' })
      .set('Authorization', `Bearer ${api.adminToken}`)
      .expect(200);
    const [scan] = listed.body.items as ScanView[];
    expect(scan).toMatchObject({ tool: 'kube-score', format: 'sarif', counts: { high: 1 } });
    const findings = await request(api.server)
      .get(`/api/v1/scans/${scan?.id}/findings`)
      .set('Authorization', `Bearer ${api.adminToken}`)
      .expect(200);
    expect(findings.body.items).toEqual([
      expect.objectContaining({
        tool: 'kube-score',
        ruleId: 'container-resources',
        severity: 'high',
      }),
    ]);

    ws.git('checkout', '-q', 'feature/sidecar');
    const branch = kubeScoreSarif([
      {
        rule: 'container-security-context-privileged',
        level: 'error',
        object: 'apps/v1/Deployment shop/web',
      },
      { rule: 'container-resources', level: 'error', object: 'apps/v1/Deployment shop/web' },
    ]);
    await ws.write('kube-score.sarif', JSON.stringify(branch));
    const gated = await ws.kordon(
      ['upload-sarif', 'kube-score.sarif', '--fail-on-new', 'high'],
      env,
    );
    expect(gated.code).toBe(1);
    expect(gated.stderr).toContain("compared against main's kube-score scan at the merge-base");
    const lines = gated.stderr.split('\n').filter((l) => /^ {2}[A-Z]+ +\S/.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('kube-score: container-security-context-privileged');
  });

  it('honours a server-side suppression of the repository in the gate', async () => {
    ws.git('checkout', '-q', 'feature/sidecar');
    const args = ['scan', 'app.yaml', '--level', 'baseline', '--fail-on-new', 'high'];
    expect((await ws.kordon(args, env)).code).toBe(1);
    await request(api.server)
      .post('/api/v1/suppressions')
      .set('Authorization', `Bearer ${api.adminToken}`)
      .send({
        repository: 'acme/shop',
        check: 'pss.baseline.privileged',
        namespace: 'shop',
        workload: 'Deployment/web',
        container: 'sidecar',
        reason: 'accepted until the mesh sidecar drops it',
      })
      .expect(201);
    const run = await ws.kordon(args, env);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('gate passed: no new findings at or above high (1 suppressed)');
  });

  it('rejects SARIF that fails the 2.1.0 schema with a 400 naming the problem (API and CLI)', async () => {
    const broken = kubeScoreSarif([{ rule: 'x', level: 'error', object: 'o' }]);
    const driver = broken.runs[0]?.tool.driver as { name?: string };
    delete driver.name;
    const res = await request(api.server)
      .post('/api/v1/scans')
      .set('Authorization', `Bearer ${env['KORDON_TOKEN']}`)
      .send({ repository: 'acme/shop', sarif: broken })
      .expect(400);
    expect(res.body).toMatchObject({
      code: 'validation_failed',
      details: [
        { path: 'sarif.runs[0].tool.driver', problem: "must have required property 'name'" },
      ],
    });
    await ws.write('broken.sarif', JSON.stringify({ ...broken, version: '2.0.0' }));
    const cli = await ws.kordon(['upload-sarif', 'broken.sarif'], env);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('validation_failed: invalid SARIF 2.1.0: sarif.version');
  });
});
