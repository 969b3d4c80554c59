import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import type { SuppressionInput } from '@kordon/contracts';
import { startWorker } from '../../worker/test/worker-harness';
import { startApi, type ApiHarness } from './api-harness';
import { demoLines, serialize, uploadAndWait } from './history-fixtures';

type Issue = { id: string; checkId: string; kind: string; name: string; namespace: string };

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

describe('suppressions', () => {
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let triager: string;
  let reader: string;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  async function upload(collectedAt: string) {
    const { header, objects } = demoLines();
    return uploadAndWait(api, 'demo', serialize({ ...header, collectedAt }, objects));
  }
  async function issues(status: string): Promise<Issue[]> {
    const res = await request(api.server)
      .get(`/api/v1/clusters/demo/issues?status=${status}&limit=500`)
      .set(as(reader));
    expect(res.status).toBe(200);
    return res.body.items as Issue[];
  }
  async function totalScore(): Promise<number> {
    const res = await request(api.server).get('/api/v1/clusters/demo').set(as(reader));
    return res.body.latestSnapshot.counts.total as number;
  }

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker(api.databaseUrl);
    triager = await api.issueToken(['read', 'suppress']);
    reader = await api.issueToken(['read']);
    await upload(minutesAgo(30));
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('removes the issue from the open list at once, audits it with its author, and reopens it at the first snapshot after expiry', async () => {
    const target = (await issues('open')).find((i) => i.checkId === 'pss.baseline.privileged');
    expect(target).toBeDefined();
    const issue = target as Issue;
    const countsBefore = await totalScore();
    const expires = new Date(Date.now() + 3_000).toISOString();
    const body = {
      check: issue.checkId,
      cluster: 'demo',
      namespace: issue.namespace,
      workload: `${issue.kind}/${issue.name}`,
      reason: 'accepted risk: node agent',
      expires,
    } satisfies SuppressionInput;
    const created = await request(api.server)
      .post('/api/v1/suppressions')
      .set(as(triager))
      .send(body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      cluster: 'demo',
      active: true,
      author: expect.stringContaining('read,suppress'),
    });

    expect((await issues('open')).map((i) => i.id)).not.toContain(issue.id);
    expect((await issues('suppressed')).map((i) => i.id)).toEqual([issue.id]);

    const audit = await request(api.server)
      .get('/api/v1/audit-events?action=suppression.create')
      .set(as(api.adminToken));
    expect(audit.status).toBe(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      targetId: created.body.id,
      actor: created.body.author,
      details: expect.objectContaining({ reason: 'accepted risk: node agent' }),
    });

    // the next snapshot (collected before the expiry) resolves it as suppressed and drops it from the counts
    await upload(minutesAgo(10));
    const resolved = await request(api.server)
      .get('/api/v1/clusters/demo/issues?status=suppressed')
      .set(as(reader));
    expect(resolved.body.items).toEqual([
      expect.objectContaining({ id: issue.id, open: false, resolvedReason: 'suppressed' }),
    ]);
    expect(await totalScore()).toBe(countsBefore - 1);

    // after its expiry the suppression stops applying: the next snapshot opens the issue again
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(expires) - Date.now() + 50)));
    expect((await issues('suppressed')).map((i) => i.id)).toEqual([]);
    await upload(new Date().toISOString());
    expect((await issues('open')).map((i) => i.id)).toContain(issue.id);
    expect(await totalScore()).toBe(countsBefore);
  });

  it('rejects a suppression without a scope, naming the field', async () => {
    const res = await request(api.server)
      .post('/api/v1/suppressions')
      .set(as(triager))
      .send({ check: 'pss.*', reason: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.details[0].path).toBe('body.cluster');
  });

  it('rejects an expiry in the past and a misspelt selector', async () => {
    const past = await request(api.server)
      .post('/api/v1/suppressions')
      .set(as(triager))
      .send({ check: 'pss.*', cluster: 'demo', reason: 'x', expires: '2020-01-01' });
    expect(past.status).toBe(400);
    expect(past.body.details[0].path).toBe('body.expires');
    const typo = await request(api.server)
      .post('/api/v1/suppressions')
      .set(as(triager))
      .send({ check: 'pss.*', cluster: 'demo', reason: 'x', namespce: 'a' });
    expect(typo.status).toBe(400);
  });

  it('refuses writes to a read-only token and answers 404 for an unknown cluster', async () => {
    const body = { check: 'pss.*', cluster: 'demo', reason: 'x' };
    const denied = await request(api.server)
      .post('/api/v1/suppressions')
      .set(as(reader))
      .send(body);
    expect(denied.status).toBe(403);
    const unknown = await request(api.server)
      .post('/api/v1/suppressions')
      .set(as(triager))
      .send({ ...body, cluster: 'nope' });
    expect(unknown.status).toBe(404);
  });

  it('deletes a suppression over GraphQL and records who did', async () => {
    const gql = (token: string, query: string, variables: Record<string, unknown> = {}) =>
      request(api.server).post('/graphql').set(as(token)).send({ query, variables });
    const created = await gql(
      triager,
      `mutation($input: CreateSuppressionInput!) { createSuppression(input: $input) { id check repository author } }`,
      { input: { check: 'workload.*', repository: 'github.com/acme/shop', reason: 'legacy' } },
    );
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data.createSuppression.id as string;
    const listed = await gql(
      reader,
      `{ suppressions(repository: "github.com/acme/shop") { nodes { id reason } } }`,
    );
    expect(listed.body.data.suppressions.nodes).toEqual([{ id, reason: 'legacy' }]);
    const deleted = await gql(triager, `mutation($id: ID!) { deleteSuppression(id: $id) }`, { id });
    expect(deleted.body.data.deleteSuppression).toBe(true);
    const again = await gql(triager, `mutation($id: ID!) { deleteSuppression(id: $id) }`, { id });
    expect(again.body.errors[0].extensions.code).toBe('not_found');
    const audit = await gql(
      api.adminToken,
      `{ auditEvents(targetId: "${id}") { nodes { action actor } } }`,
    );
    expect(audit.body.data.auditEvents.nodes.map((e: { action: string }) => e.action)).toEqual([
      'suppression.delete',
      'suppression.create',
    ]);
    const notAdmin = await gql(reader, `{ auditEvents { nodes { id } } }`);
    expect(notAdmin.body.errors[0].extensions.code).toBe('forbidden');
  });
});
