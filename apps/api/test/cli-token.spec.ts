import request from 'supertest';
import { runCli } from '../../cli/src/__fixtures__/run-cli';
import { startApi, type ApiHarness } from './api-harness';

describe('kordon token against the real API', () => {
  let api: ApiHarness;
  let url: string;
  const cli = (argv: string[], token = api.adminToken) =>
    runCli([...argv, '--api', url, '--token', token], { now: new Date() });

  beforeAll(async () => {
    api = await startApi();
    await api.app.listen(0, '127.0.0.1');
    url = await api.app.getUrl();
  });
  afterAll(async () => {
    await api.close();
  });

  it('creates a token whose secret alone goes to stdout, lists it without the secret, and revokes it', async () => {
    const created = await cli([
      'token',
      'create',
      '--name',
      'edge uploader',
      '--scope',
      'ingest',
      '--cluster',
      'edge-1,edge-2',
    ]);
    expect(created.code).toBe(0);
    const secret = created.stdout.trim();
    expect(secret).toMatch(/^kordon_[A-Za-z0-9_-]{43}$/);
    expect(created.stderr).toContain('only time its secret is shown');
    const listed = await cli(['token', 'list', '--json']);
    const tokens = JSON.parse(listed.stdout) as { id: string; name: string; clusters: string[] }[];
    const mine = tokens.find((t) => t.name === 'edge uploader');
    expect(mine?.clusters.sort()).toEqual(['edge-1', 'edge-2']);
    expect(listed.stdout).not.toContain(secret);
    const revoked = await cli(['token', 'revoke', mine?.id ?? '']);
    expect(revoked.code).toBe(0);
    const refused = await request(api.server)
      .get('/api/v1/snapshots/00000000-0000-4000-8000-000000000000')
      .set('authorization', `Bearer ${secret}`);
    expect(refused.status).toBe(401);
  });

  it('exits 2 naming the problem for an unknown scope and for an ingest token without clusters', async () => {
    const scope = await cli(['token', 'create', '--name', 'x', '--scope', 'root']);
    expect(scope.code).toBe(2);
    expect(scope.stderr).toContain('--scope root');
    const ingest = await cli(['token', 'create', '--name', 'x', '--scope', 'ingest']);
    expect(ingest.code).toBe(2);
    expect(ingest.stderr).toContain('body.clusters');
  });
});
