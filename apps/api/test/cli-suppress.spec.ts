import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../cli/src/__fixtures__/run-cli';
import { startApi, type ApiHarness } from './api-harness';
import { demoLines, serialize } from './history-fixtures';
import request from 'supertest';

describe('kordon suppress against the real API', () => {
  let api: ApiHarness;
  let url: string;
  let triager: string;
  let dir: string;
  const cli = (argv: string[], token = triager) =>
    runCli([...argv, '--api', url, '--token', token], { cwd: dir, now: new Date() });

  beforeAll(async () => {
    api = await startApi();
    await api.app.listen(0, '127.0.0.1');
    url = await api.app.getUrl();
    triager = await api.issueToken(['read', 'suppress']);
    dir = await mkdtemp(path.join(tmpdir(), 'kordon-suppress-'));
    const { header, objects } = demoLines();
    const res = await request(api.server)
      .post('/api/v1/clusters/demo/snapshots')
      .set('authorization', `Bearer ${api.adminToken}`)
      .set('content-type', 'application/x-ndjson')
      .send(serialize(header, objects));
    expect(res.status).toBe(202);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await api.close();
  });

  it('adds, lists and deletes a suppression', async () => {
    const added = await cli([
      'suppress',
      'add',
      '--check',
      'pss.baseline.*',
      '--cluster',
      'demo',
      '--namespace',
      'kube-system',
      '--reason',
      'system pods',
      '--expires',
      '2099-01-01',
      '--json',
    ]);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const id = JSON.parse(added.stdout).id as string;
    const listed = await cli(['suppress', 'list', '--cluster', 'demo']);
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).toContain('system pods');
    // --expires 2099-01-01 is valid through that day: listed as given, not as the next midnight
    expect(listed.stdout).toContain('2099-01-01 (through)');
    expect(listed.stdout).not.toContain('2099-01-02');
    const deleted = await cli(['suppress', 'delete', id]);
    expect(deleted.code).toBe(0);
    expect((await cli(['suppress', 'list'])).stdout).toBe('no suppressions\n');
  });

  it('imports a scan --ignore file for a repository, skipping expired rules with a warning', async () => {
    await writeFile(
      path.join(dir, 'ignore.yaml'),
      [
        'apiVersion: kordon.dev/v1',
        'kind: SuppressionList',
        'suppressions:',
        '  - check: workload.read-only-root-fs',
        '    workload: Deployment/web',
        '    reason: writes a cache',
        '  - check: pss.restricted.*',
        '    reason: old',
        '    expires: 2020-01-01',
      ].join('\n'),
    );
    const imported = await cli([
      'suppress',
      'import',
      'ignore.yaml',
      '--repository',
      'github.com/acme/shop',
    ]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe('imported 1 suppression(s), skipped 1 expired\n');
    expect(imported.stderr).toContain('pss.restricted.* expired 2020-01-01: old');
    const listed = await cli([
      'suppress',
      'list',
      '--repository',
      'github.com/acme/shop',
      '--json',
    ]);
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({ check: 'workload.read-only-root-fs', workload: 'Deployment/web' }),
    ]);
  });

  it('exits 2 with the field named when the API rejects the input or the scope', async () => {
    const both = await cli(['suppress', 'add', '--check', 'x', '--reason', 'y']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--cluster NAME or --repository REPO');
    const reader = await api.issueToken(['read']);
    const denied = await cli(
      ['suppress', 'add', '--check', 'x', '--reason', 'y', '--cluster', 'demo'],
      reader,
    );
    expect(denied.code).toBe(2);
    expect(denied.stderr).toContain('forbidden');
    const badExpiry = await cli([
      'suppress',
      'add',
      '--check',
      'x',
      '--reason',
      'y',
      '--cluster',
      'demo',
      '--expires',
      'soon',
    ]);
    expect(badExpiry.code).toBe(2);
    expect(badExpiry.stderr).toContain('body.expires');
  });
});
