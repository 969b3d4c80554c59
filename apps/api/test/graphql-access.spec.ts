import request from 'supertest';
import { startApi, type ApiHarness } from './api-harness';
import { demoLines, serialize } from './history-fixtures';

/** GraphQL answers, read loosely (supertest types its body as `any` anyway). */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('GraphQL cluster scoping', () => {
  let api: ApiHarness;
  const ids: Record<string, string> = {};
  const gql = async (token: string, query: string, variables: Json = {}): Promise<Json> =>
    (
      await request(api.server)
        .post('/graphql')
        .set('authorization', `Bearer ${token}`)
        .send({ query, variables })
    ).body;

  beforeAll(async () => {
    api = await startApi();
    const { header, objects } = demoLines();
    for (const name of ['alpha', 'beta']) {
      const res = await request(api.server)
        .post(`/api/v1/clusters/${name}/snapshots`)
        .set('authorization', `Bearer ${api.adminToken}`)
        .set('content-type', 'application/x-ndjson')
        .send(
          serialize({ ...header, cluster: { ...(header['cluster'] as object), name } }, objects),
        );
      ids[name] = res.body.snapshotId as string;
    }
  });
  afterAll(async () => api.close());

  it('answers a hidden cluster and its snapshots exactly as unknown ones (not_found)', async () => {
    const restricted = await api.issueToken(['read'], ['alpha']);
    const cluster = '{ cluster(name: "beta") { id } }';
    const hidden = await gql(restricted, cluster);
    const unknown = await gql(restricted, '{ cluster(name: "gamma") { id } }');
    expect(hidden.data).toBeNull();
    expect(hidden.errors[0].extensions.code).toBe('not_found');
    expect(hidden.errors[0].message.replace('beta', 'gamma')).toBe(unknown.errors[0].message);
    const snapshot = await gql(restricted, `{ snapshot(id: "${ids['beta']}") { id } }`);
    expect(snapshot.data).toBeNull();
    expect(snapshot.errors[0].extensions.code).toBe('not_found');
    const diff = await gql(
      restricted,
      `{ snapshot(id: "${ids['alpha']}") { diff(against: "${ids['beta']}") { limit } } }`,
    );
    expect(diff.data).toBeNull();
    expect(diff.errors[0].extensions.code).toBe('not_found');
    expect(JSON.stringify(diff)).not.toContain('beta');
    const own = await gql(restricted, `{ snapshot(id: "${ids['alpha']}") { cluster { name } } }`);
    expect(own.data.snapshot.cluster.name).toBe('alpha');
    const admin = await gql(api.adminToken, cluster);
    expect(admin.data.cluster.id).toEqual(expect.any(String));
  });
});
