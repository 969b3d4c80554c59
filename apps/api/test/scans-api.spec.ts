import request from 'supertest';
import type { ScanUpload } from '@kordon/contracts';
import { startApi, type ApiHarness } from './api-harness';
import { kubeScoreSarif } from './ci/kube-score-sarif';

describe('scans API (REST and GraphQL)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api.close();
  });

  const sarifUpload = (branch: string, rules: string[]): ScanUpload =>
    ({
      repository: 'acme/api',
      commit: `c-${branch}`,
      branch,
      defaultBranch: 'main',
      sarif: kubeScoreSarif(
        rules.map((rule) => ({ rule, level: 'warning', object: 'Deployment x' })),
      ),
    }) satisfies ScanUpload;

  it('stores an upload once: the same body again answers 200 with the same scan', async () => {
    const token = await api.issueToken(['scan']);
    const body = sarifUpload('main', ['a']);
    const first = await request(api.server)
      .post('/api/v1/scans')
      .set('Authorization', `Bearer ${token}`)
      .send(body)
      .expect(201);
    expect(first.body).toMatchObject({ created: true, tool: 'kube-score', counts: { medium: 1 } });
    const again = await request(api.server)
      .post('/api/v1/scans')
      .set('Authorization', `Bearer ${token}`)
      .send(body)
      .expect(200);
    expect(again.body).toMatchObject({ created: false, id: first.body.id });
    const keyed = await request(api.server)
      .post('/api/v1/scans')
      .set('Authorization', `Bearer ${token}`)
      .set('Idempotency-Key', 'run-42')
      .send(sarifUpload('main', ['a', 'b']))
      .expect(201);
    await request(api.server)
      .post('/api/v1/scans')
      .set('Authorization', `Bearer ${token}`)
      .set('Idempotency-Key', 'run-42')
      .send(sarifUpload('main', ['c']))
      .expect(200)
      .expect((res) => expect(res.body.id).toBe(keyed.body.id));
  });

  it("judges a replayed upload again: a repository suppression of another tool's rule passes the gate", async () => {
    const post = (body: ScanUpload) =>
      request(api.server)
        .post('/api/v1/scans')
        .set('Authorization', `Bearer ${api.adminToken}`)
        .send(body);
    await post({ ...sarifUpload('main', ['a']), repository: 'acme/replay' }).expect(201);
    const branch = {
      ...sarifUpload('feature/y', ['a', 'b']),
      repository: 'acme/replay',
      failOnNew: 'medium' as const,
    };
    const failed = await post(branch).expect(201);
    expect(failed.body).toMatchObject({
      verdict: 'fail',
      gate: { newFindings: [{ ruleId: 'b' }] },
    });
    await request(api.server)
      .post('/api/v1/suppressions')
      .set('Authorization', `Bearer ${api.adminToken}`)
      .send({ repository: 'acme/replay', check: 'kube-score:b', reason: 'false positive upstream' })
      .expect(201);
    const replayed = await post(branch).expect(200);
    expect(replayed.body).toMatchObject({
      id: failed.body.id,
      created: false,
      verdict: 'pass',
      gate: { newFindings: [], suppressedNew: 1 },
    });
    const findings = await request(api.server)
      .get(`/api/v1/scans/${failed.body.id}/findings`)
      .set('Authorization', `Bearer ${api.adminToken}`)
      .expect(200);
    expect(findings.body.items).toContainEqual(
      expect.objectContaining({
        ruleId: 'b',
        suppressed: true,
        suppressionReason: 'false positive upstream',
      }),
    );
  });

  it('needs the scan scope to upload; read tokens may list', async () => {
    const read = await api.issueToken(['read']);
    const res = await request(api.server)
      .post('/api/v1/scans')
      .set('Authorization', `Bearer ${read}`)
      .send(sarifUpload('main', ['a']))
      .expect(403);
    expect(res.body.code).toBe('forbidden');
    await request(api.server)
      .get('/api/v1/scans')
      .set('Authorization', `Bearer ${read}`)
      .expect(200);
  });

  it('rejects a body with neither report nor sarif, naming the problem', async () => {
    const res = await request(api.server)
      .post('/api/v1/scans')
      .set('Authorization', `Bearer ${api.adminToken}`)
      .send({ repository: 'acme/api' })
      .expect(400);
    expect(res.body).toMatchObject({ code: 'validation_failed', details: [{ path: 'body' }] });
    const missing = await request(api.server)
      .post('/api/v1/scans')
      .set('Authorization', `Bearer ${api.adminToken}`)
      .send({ sarif: {} })
      .expect(400);
    expect(missing.body.details[0]).toMatchObject({ path: 'body.repository' });
  });

  it('lists scans per repository and branch over REST and GraphQL, with findings', async () => {
    await request(api.server)
      .post('/api/v1/scans')
      .set('Authorization', `Bearer ${api.adminToken}`)
      .send(sarifUpload('feature/x', ['a', 'z']))
      .expect(201);
    const rest = await request(api.server)
      .get('/api/v1/scans')
      .query({ repository: 'acme/api', branch: 'feature/x' })
      .set('Authorization', `Bearer ${api.adminToken}`)
      .expect(200);
    expect(rest.body.items).toHaveLength(1);
    expect(rest.body.items[0]).toMatchObject({
      branch: 'feature/x',
      baseBranch: 'main',
      gate: { requested: false, base: { branch: 'main' } },
    });
    const gql = await request(api.server)
      .post('/graphql')
      .set('Authorization', `Bearer ${api.adminToken}`)
      .send({
        query: `{ scans(repository: "acme/api", branch: "feature/x", first: 5) {
          nodes { tool branch verdict gate { baseBranch newFindings { ruleId } }
                  findings(first: 10) { nodes { ruleId tool severity } } } } }`,
      })
      .expect(200);
    expect(gql.body.errors).toBeUndefined();
    const [node] = gql.body.data.scans.nodes;
    expect(node.tool).toBe('kube-score');
    expect(node.findings.nodes.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual(['a', 'z']);
  });

  it('answers 404 for an unknown scan', async () => {
    const res = await request(api.server)
      .get('/api/v1/scans/00000000-0000-4000-8000-000000000000')
      .set('Authorization', `Bearer ${api.adminToken}`)
      .expect(404);
    expect(res.body.code).toBe('not_found');
  });
});
