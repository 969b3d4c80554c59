import request from 'supertest';
import { startApi, type ApiHarness } from './api-harness';
import { CREATE_USER, ME, RESET_USER_PASSWORD, UPDATE_USER, USERS } from './graphql-documents';
import { signIn, type SignedIn } from './session-client';

describe('users over GraphQL', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => api.close());

  const asToken = (token: string) => ({ authorization: `Bearer ${token}` });
  const asSession = (s: SignedIn) => ({ cookie: s.cookie, 'x-kordon-csrf': s.csrfToken });
  const gql = async (headers: Record<string, string>, query: string, variables = {}) =>
    (await request(api.server).post('/graphql').set(headers).send({ query, variables })).body;

  it('answers me for a signed-in user with role, scopes and clusters', async () => {
    const triager = await api.createUser('triager', { email: 'quinn@example.test' });
    const body = await gql(asSession(await signIn(api, triager.email)), ME);
    expect(body.data.me).toEqual({
      kind: 'session',
      label: 'quinn@example.test',
      scopes: ['read', 'suppress'],
      allClusters: true,
      clusterIds: [],
      user: expect.objectContaining({
        id: triager.id,
        email: 'quinn@example.test',
        role: 'triager',
      }),
    });
  });

  it('answers me for a token with no user', async () => {
    const body = await gql(asToken(await api.issueToken(['read'])), ME);
    expect(body.data.me).toMatchObject({ kind: 'token', user: null, scopes: ['read'] });
  });

  it('lets an admin session create a user and reset a password; a viewer is forbidden', async () => {
    const admin = asSession(await signIn(api, (await api.createUser('admin')).email));
    const created = await gql(admin, CREATE_USER, {
      input: { email: 'rosa@example.test', role: 'viewer' },
    });
    expect(created.data.createUser.user).toMatchObject({
      email: 'rosa@example.test',
      role: 'viewer',
    });
    await signIn(api, 'rosa@example.test', created.data.createUser.generatedPassword);
    const reset = await gql(admin, RESET_USER_PASSWORD, {
      email: 'rosa@example.test',
      password: 'the new long password',
    });
    expect(reset.data.resetUserPassword).toMatchObject({
      generatedPassword: null,
      sessionsEnded: 1,
    });
    const list = await gql(admin, USERS);
    expect(list.data.users.map((u: { email: string }) => u.email)).toContain('rosa@example.test');
    const viewer = asSession(await signIn(api, 'rosa@example.test', 'the new long password'));
    const refused = await gql(viewer, USERS);
    expect(refused.errors[0].extensions.code).toBe('forbidden');
  });

  it('names the bad field of a createUser input', async () => {
    const body = await gql(asToken(api.adminToken), CREATE_USER, {
      input: { email: 'sam@example.test', role: 'viewer', password: 'short' },
    });
    expect(body.errors[0].extensions.code).toBe('validation_failed');
    expect(body.errors[0].extensions.details[0].path).toMatch(/password$/);
  });

  it('lets an admin change a role and clusters, then disable and enable a user', async () => {
    const admin = asSession(await signIn(api, (await api.createUser('admin')).email));
    await request(api.server)
      .post('/api/v1/clusters/north/snapshots')
      .set(asToken(api.adminToken))
      .set('content-type', 'application/json')
      .send({ apiVersion: 'v1', kind: 'List', items: [] })
      .expect(202);
    const user = await api.createUser('viewer', { email: 'tove@example.test' });
    const session = asSession(await signIn(api, user.email));
    const changed = await gql(admin, UPDATE_USER, {
      email: user.email,
      input: { role: 'triager', clusters: ['north'] },
    });
    expect(changed.data.updateUser).toMatchObject({
      role: 'triager',
      allClusters: false,
      disabled: false,
    });
    expect((await gql(session, ME)).data.me.scopes).toEqual(['read', 'suppress']);
    const all = await gql(admin, UPDATE_USER, { email: user.email, input: { clusters: ['*'] } });
    expect(all.data.updateUser).toMatchObject({ allClusters: true, clusterIds: [] });
    const off = await gql(admin, UPDATE_USER, { email: user.email, input: { disabled: true } });
    expect(off.data.updateUser.disabled).toBe(true);
    expect((await gql(session, ME)).errors[0].extensions.code).toBe('unauthorized');
    const on = await gql(admin, UPDATE_USER, { email: user.email, input: { disabled: false } });
    expect(on.data.updateUser.disabled).toBe(false);
    const restricted = await gql(admin, UPDATE_USER, {
      email: user.email,
      input: { role: 'admin', clusters: ['north'] },
    });
    expect(restricted.errors[0].extensions).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'args.clusters' }],
    });
    const viewer = asSession(await signIn(api, (await api.createUser('viewer')).email));
    const refused = await gql(viewer, UPDATE_USER, { email: user.email, input: { role: 'admin' } });
    expect(refused.errors[0].extensions.code).toBe('forbidden');
  });
});
