import request from 'supertest';
import { ROLES, SCOPES, grantsAny, scopesOfRole, type Scope } from '@kordon/contracts';
import { API_ROUTES } from '../src/openapi/api-routes';
import type { RouteSpec } from '../src/openapi/route-spec';
import { startApi, type ApiHarness } from './api-harness';
import { demoLines, serialize } from './history-fixtures';
import { signIn } from './session-client';

const SAMPLE: Record<string, string> = {
  namespace: 'default',
  kind: 'Deployment',
  from: 'default',
  to: 'default',
  email: 'nobody@example.test',
};

/** Every REST operation that needs credentials, from the route specs the router is built from. */
const GUARDED = API_ROUTES.filter((r) => r.scopes !== 'public' && !r.probe);

function pathFor(route: RouteSpec, values: Record<string, string>): string {
  return route.path.replace(/\{(\w+)\}/g, (_, p: string) =>
    encodeURIComponent(values[p] ?? SAMPLE[p] ?? 'x'),
  );
}

/** A scope that does not grant the route (none when every scope does). */
function insufficientScope(route: RouteSpec): Scope | undefined {
  if (!Array.isArray(route.scopes)) return undefined;
  return SCOPES.find((s) => s !== 'admin' && !route.scopes.includes(s));
}

describe('access to every REST route (derived from the route specs)', () => {
  let api: ApiHarness;
  const ids: Record<string, string> = {};
  const demo = demoLines();
  const call = (route: RouteSpec, path: string, token?: string) => {
    const req = request(api.server)[route.method](path);
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  };

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
  afterAll(async () => {
    await api.close();
  });

  it.each(GUARDED.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))(
    '%s refuses a signed-in user whose role lacks its scope (403)',
    async (_, route) => {
      const path = pathFor(route, { name: 'beta', id: ids['beta'] ?? '' });
      const refused = ROLES.filter(
        (role) => Array.isArray(route.scopes) && !grantsAny(scopesOfRole(role), route.scopes),
      );
      for (const role of refused) {
        const user = await api.createUser(role);
        const session = await signIn(api, user.email);
        const res = await request(api.server)
          [route.method](path)
          .set({ cookie: session.cookie, 'x-kordon-csrf': session.csrfToken });
        expect({ role, status: res.status, code: res.body.code }).toEqual({
          role,
          status: 403,
          code: 'forbidden',
        });
      }
    },
  );

  it('covers the operations of the router', () => {
    expect(GUARDED.length).toBeGreaterThan(20);
  });

  it.each(GUARDED.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))(
    '%s refuses a missing token (401) and a token without its scope (403)',
    async (_, route) => {
      const path = pathFor(route, { name: 'beta', id: ids['beta'] ?? '' });
      const anonymous = await call(route, path);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.code).toBe('unauthorized');
      const scope = insufficientScope(route);
      if (scope === undefined) return; // `any`: every principal may call it
      const weak = await call(route, path, await api.issueToken([scope]));
      expect(weak.status).toBe(403);
      expect(weak.body.code).toBe('forbidden');
    },
  );

  /** Admin-only routes aside: an admin always sees every cluster (docs/security.md). */
  const CLUSTER_SCOPED = GUARDED.filter(
    (r) =>
      (r.path.startsWith('/api/v1/clusters/{name}') ||
        r.path.startsWith('/api/v1/snapshots/{id}')) &&
      !(Array.isArray(r.scopes) && r.scopes.every((s) => s === 'admin')),
  );

  it.each(CLUSTER_SCOPED.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))(
    '%s hides another cluster from a principal restricted to one (404, or 403 for uploads)',
    async (_, route) => {
      const scopes = Array.isArray(route.scopes) ? [...route.scopes] : ['read' as const];
      const restricted = await api.issueToken(scopes as Scope[], ['alpha']);
      const path = pathFor(route, { name: 'beta', id: ids['beta'] ?? '' });
      const upload = route.method === 'post' && route.path.endsWith('/snapshots');
      const res = upload
        ? await call(route, path, restricted)
            .set('content-type', 'application/x-ndjson')
            .send(serialize({ ...demo.header, cluster: { name: 'beta' } }, demo.objects))
        : await call(route, path, restricted);
      if (upload) {
        expect(res.status).toBe(403);
      } else {
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('not_found');
      }
    },
  );

  it('answers 404 for the exports of another cluster (CSV, raw download, default-deny YAML), not for its own', async () => {
    const restricted = await api.issueToken(['read'], ['alpha']);
    const exportsOf = (cluster: 'alpha' | 'beta') => [
      { path: `/api/v1/clusters/${cluster}/issues`, accept: 'text/csv' },
      { path: `/api/v1/snapshots/${ids[cluster]}/raw`, accept: '*/*' },
      {
        path: `/api/v1/snapshots/${ids[cluster]}/network/namespaces/default/default-deny`,
        accept: 'application/yaml',
      },
    ];
    for (const cluster of ['alpha', 'beta'] as const) {
      for (const { path, accept } of exportsOf(cluster)) {
        const res = await request(api.server)
          .get(path)
          .set('authorization', `Bearer ${restricted}`)
          .set('accept', accept);
        if (cluster === 'beta') {
          expect({ path, status: res.status, code: res.body.code }).toEqual({
            path,
            status: 404,
            code: 'not_found',
          });
        } else expect({ path, status: res.status }).not.toEqual({ path, status: 404 });
      }
    }
    const csv = await request(api.server)
      .get('/api/v1/clusters/alpha/issues')
      .set('authorization', `Bearer ${restricted}`)
      .set('accept', 'text/csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
  });

  it('lists only the clusters a restricted principal may see, and still reads its own', async () => {
    const restricted = await api.issueToken(['read'], ['alpha']);
    const list = await request(api.server)
      .get('/api/v1/clusters')
      .set('authorization', `Bearer ${restricted}`);
    expect(list.body.items.map((c: { name: string }) => c.name)).toEqual(['alpha']);
    const own = await request(api.server)
      .get(`/api/v1/snapshots/${ids['alpha']}`)
      .set('authorization', `Bearer ${restricted}`);
    expect(own.status).toBe(200);
    const diff = await request(api.server)
      .get(`/api/v1/snapshots/${ids['alpha']}/diff?against=${ids['beta']}`)
      .set('authorization', `Bearer ${restricted}`);
    expect(diff.status).toBe(404);
    const gql = await request(api.server)
      .post('/graphql')
      .set('authorization', `Bearer ${restricted}`)
      .send({ query: '{ clusters { nodes { name } } }' });
    expect(gql.body.data.clusters.nodes).toEqual([{ name: 'alpha' }]);
  });
});
