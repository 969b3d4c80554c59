import request from 'supertest';
import { startApi, type ApiHarness } from './api-harness';
import { signIn } from './session-client';

describe('roles → scopes for signed-in users', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => api.close());

  const sessionOf = async (role: 'viewer' | 'triager' | 'admin') =>
    signIn(api, (await api.createUser(role)).email);

  const upload = (cookie: string, csrf: string) =>
    request(api.server)
      .post('/api/v1/clusters/demo/snapshots')
      .set('cookie', cookie)
      .set('x-kordon-csrf', csrf)
      .set('content-type', 'application/x-ndjson')
      .send('{}\n');

  it('lets a viewer read but not upload', async () => {
    const viewer = await sessionOf('viewer');
    expect(
      (await request(api.server).get('/api/v1/clusters').set('cookie', viewer.cookie)).status,
    ).toBe(200);
    const res = await upload(viewer.cookie, viewer.csrfToken);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
    expect(res.body.details[0].problem).toBe('role viewer scopes: read');
  });

  it('gives a triager read and suppress, and nothing admin-only', async () => {
    const triager = await sessionOf('triager');
    const me = await request(api.server).get('/auth/me').set('cookie', triager.cookie);
    expect(me.body.scopes).toEqual(['read', 'suppress']);
    expect((await upload(triager.cookie, triager.csrfToken)).status).toBe(403);
  });

  it('gives an admin every scope: its upload passes the guard and reaches intake', async () => {
    const admin = await sessionOf('admin');
    const res = await upload(admin.cookie, admin.csrfToken);
    expect(res.status).toBe(422);
    expect(res.body.code).not.toBe('forbidden');
  });

  it('keeps bearer tokens working and reports them from /auth/me', async () => {
    const token = await api.issueToken(['read']);
    const me = await request(api.server).get('/auth/me').set('authorization', `Bearer ${token}`);
    expect(me.body).toMatchObject({ kind: 'token', user: null, scopes: ['read'], clusters: '*' });
  });
});
