import request from 'supertest';
import { connectTestSql, type TestSql } from '@kordon/testing';
import type { CreateUserInput, UpdateUserInput } from '@kordon/contracts';
import { TEST_PASSWORD, startApi, type ApiHarness } from './api-harness';
import { signIn } from './session-client';

describe('users: create, reset password, audit', () => {
  let api: ApiHarness;
  let pool: TestSql;
  beforeAll(async () => {
    api = await startApi();
    pool = connectTestSql(api.databaseUrl);
  });
  afterAll(async () => {
    await pool.end();
    await api.close();
  });

  const asAdmin = (): Record<string, string> => ({ authorization: `Bearer ${api.adminToken}` });
  const create = (body: CreateUserInput | Record<string, unknown>, headers = asAdmin()) =>
    request(api.server).post('/api/v1/users').set(headers).send(body);
  const auditActions = async (targetId: string) => {
    const res = await request(api.server)
      .get('/api/v1/audit-events')
      .query({ targetId })
      .set(asAdmin());
    return (res.body.items as { action: string; actor: string }[]).map((e) => e.action);
  };

  it('creates a viewer with a generated password that signs in, shown once and stored as argon2id', async () => {
    const res = await create({
      email: 'Grace@Example.test',
      role: 'viewer',
    } satisfies CreateUserInput);
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({
      email: 'grace@example.test',
      role: 'viewer',
      clusters: '*',
      hasPassword: true,
    });
    expect(res.body.generatedPassword).toMatch(/^[\w-]{20}$/);
    const session = await signIn(api, 'grace@example.test', res.body.generatedPassword);
    expect(session.csrfToken).toBeTruthy();
    const stored = await pool.query(
      `SELECT password_hash FROM app_user WHERE email = 'grace@example.test'`,
    );
    expect(stored.rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(stored.rows)).not.toContain(res.body.generatedPassword);
    const listed = await request(api.server).get('/api/v1/users').set(asAdmin());
    expect(listed.body.items.map((u: { email: string }) => u.email)).toContain(
      'grace@example.test',
    );
    expect(await auditActions(res.body.user.id)).toEqual(['user.sign_in', 'user.create']);
  });

  it('restricts a user to clusters given by name, stored as their ids', async () => {
    const prod = await pool.query(`INSERT INTO cluster (name) VALUES ('prod') RETURNING id`);
    const res = await create({
      email: 'heidi@example.test',
      role: 'triager',
      clusters: ['prod'],
      password: 'a long enough password',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      user: { clusters: [prod.rows[0].id] },
      generatedPassword: null,
    });
    const me = await request(api.server)
      .get('/auth/me')
      .set('cookie', (await signIn(api, 'heidi@example.test', 'a long enough password')).cookie);
    expect(me.body.clusters).toEqual([prod.rows[0].id]);
  });

  it('refuses bad input naming the field: unknown cluster, short password, taken email, unknown role', async () => {
    const unknown = await create({
      email: 'ivan@example.test',
      role: 'viewer',
      clusters: ['nope'],
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.details[0].path).toBe('body.clusters[0]');
    const short = await create({ email: 'ivan@example.test', role: 'viewer', password: 'short' });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({ code: 'validation_failed' });
    expect(short.body.details[0].path).toBe('body.password');
    const role = await create({ email: 'ivan@example.test', role: 'owner' });
    expect(role.body.details[0].path).toBe('body.role');
    await create({ email: 'judy@example.test', role: 'viewer' });
    const taken = await create({ email: 'JUDY@example.test', role: 'admin' });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('conflict');
  });

  it('lets only admins manage users: a read token and a viewer session get 403', async () => {
    const read = await api.issueToken(['read']);
    expect(
      (
        await create(
          { email: 'k@example.test', role: 'admin' },
          { authorization: `Bearer ${read}` },
        )
      ).status,
    ).toBe(403);
    const viewer = await api.createUser('viewer');
    const session = await signIn(api, viewer.email);
    const res = await create(
      { email: 'k@example.test', role: 'admin' },
      {
        cookie: session.cookie,
        'x-kordon-csrf': session.csrfToken,
      },
    );
    expect(res.status).toBe(403);
    expect(await api.users.findByEmail('k@example.test')).toBeNull();
  });

  it('resets a password: the old one and every open session stop working, and it is audited', async () => {
    const user = await api.createUser('viewer', { email: 'leo@example.test' });
    const old = await signIn(api, user.email);
    const res = await request(api.server)
      .post(`/api/v1/users/${encodeURIComponent('leo@example.test')}/password`)
      .set(asAdmin())
      .send({});
    expect(res.status).toBe(200);
    expect(res.body.sessionsEnded).toBe(1);
    expect((await request(api.server).get('/auth/me').set('cookie', old.cookie)).status).toBe(401);
    await expect(signIn(api, user.email)).rejects.toThrow(/401/);
    await signIn(api, user.email, res.body.generatedPassword);
    expect(await auditActions(user.id)).toEqual([
      'user.sign_in',
      'user.password_reset',
      'user.sign_in',
    ]);
  });

  it('answers 404 for a password reset of an unknown email', async () => {
    const res = await request(api.server)
      .post('/api/v1/users/nobody%40example.test/password')
      .set(asAdmin())
      .send({});
    expect(res.status).toBe(404);
    expect(res.body.details[0].path).toBe('params.email');
  });

  it('records failed sign-ins and sign-outs in the audit log', async () => {
    const user = await api.createUser('viewer', { email: 'mia@example.test' });
    await request(api.server)
      .post('/auth/sign-in')
      .send({ email: 'mia@example.test', password: 'wrong' });
    const session = await signIn(api, user.email);
    await request(api.server)
      .post('/auth/sign-out')
      .set('cookie', session.cookie)
      .set('x-kordon-csrf', session.csrfToken);
    const failed = await request(api.server)
      .get('/api/v1/audit-events')
      .query({ action: 'user.sign_in_failed' })
      .set(asAdmin());
    expect(
      failed.body.items.some(
        (e: { details: { email: string } }) => e.details.email === 'mia@example.test',
      ),
    ).toBe(true);
    expect(await auditActions(user.id)).toEqual(['user.sign_out', 'user.sign_in']);
  });

  describe('changing a user', () => {
    const patch = (email: string, body: UpdateUserInput | Record<string, unknown>) =>
      request(api.server)
        .patch(`/api/v1/users/${encodeURIComponent(email)}`)
        .set(asAdmin())
        .send(body);
    const upload = (cluster: string) =>
      request(api.server)
        .post(`/api/v1/clusters/${cluster}/snapshots`)
        .set(asAdmin())
        .set('content-type', 'application/json')
        .send({ apiVersion: 'v1', kind: 'List', items: [] })
        .expect(202);
    const clusterNames = async (cookie: string) => {
      const res = await request(api.server).get('/api/v1/clusters').set('cookie', cookie);
      return res.status === 200 ? res.body.items.map((c: { name: string }) => c.name) : res.status;
    };

    beforeAll(async () => {
      await upload('east');
      await upload('west');
    });

    it('changes the role and clusters of a signed-in user, in force at their next request, audited', async () => {
      const user = await api.createUser('viewer', { email: 'ivy@example.test' });
      const session = await signIn(api, user.email);
      expect(await clusterNames(session.cookie)).toEqual(expect.arrayContaining(['east', 'west']));
      const res = await patch(user.email, { role: 'triager', clusters: ['west'] });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ role: 'triager', disabled: false });
      expect(res.body.clusters).toHaveLength(1);
      expect(await clusterNames(session.cookie)).toEqual(['west']);
      const me = await request(api.server).get('/auth/me').set('cookie', session.cookie);
      expect(me.body.scopes).toEqual(['read', 'suppress']);
      expect(await auditActions(user.id)).toContain('user.update');
    });

    it('disables a user: sessions end, sign-in and their tokens are refused; enabling restores both', async () => {
      const user = await api.createUser('triager', { email: 'jon@example.test' });
      const session = await signIn(api, user.email);
      const token = await request(api.server)
        .post('/api/v1/tokens')
        .set({ cookie: session.cookie, 'x-kordon-csrf': session.csrfToken })
        .send({ name: 'jon', scopes: ['read'] })
        .expect(201);
      const asToken = { authorization: `Bearer ${token.body.token}` };
      await request(api.server).get('/api/v1/clusters').set(asToken).expect(200);
      const off = await patch(user.email, { disabled: true });
      expect(off.body.disabled).toBe(true);
      await request(api.server).get('/auth/me').set('cookie', session.cookie).expect(401);
      const signInRes = await request(api.server)
        .post('/auth/sign-in')
        .send({ email: user.email, password: TEST_PASSWORD });
      expect(signInRes.status).toBe(401);
      const refused = await request(api.server).get('/api/v1/clusters').set(asToken);
      expect(refused.status).toBe(401);
      expect(refused.body.message).toMatch(/disabled/);
      expect((await patch(user.email, { disabled: false })).body.disabled).toBe(false);
      await signIn(api, user.email);
      await request(api.server).get('/api/v1/clusters').set(asToken).expect(200);
      expect(await auditActions(user.id)).toEqual(
        expect.arrayContaining(['user.disable', 'user.enable']),
      );
    });

    it('lets an admin stored with a cluster list (possible before) see every cluster', async () => {
      const east = (await request(api.server).get('/api/v1/clusters/east').set(asAdmin())).body.id;
      const admin = await api.createUser('admin', {
        email: 'old-admin@example.test',
        clusters: [east],
      });
      const session = await signIn(api, admin.email);
      const me = await request(api.server).get('/auth/me').set('cookie', session.cookie);
      expect(me.body.clusters).toBe('*');
      expect(await clusterNames(session.cookie)).toEqual(expect.arrayContaining(['east', 'west']));
      const token = await api.issueToken(['admin'], ['east']);
      const asToken = await request(api.server)
        .get('/auth/me')
        .set('authorization', `Bearer ${token}`);
      expect(asToken.body.clusters).toBe('*');
    });

    it("narrows a user's tokens to the role and clusters they have now", async () => {
      const user = await api.createUser('triager', { email: 'kim@example.test' });
      const session = await signIn(api, user.email);
      const created = await request(api.server)
        .post('/api/v1/tokens')
        .set({ cookie: session.cookie, 'x-kordon-csrf': session.csrfToken })
        .send({ name: 'kim', scopes: ['read', 'suppress'] })
        .expect(201);
      await patch(user.email, { role: 'viewer', clusters: ['east'] }).expect(200);
      const me = await request(api.server)
        .get('/auth/me')
        .set('authorization', `Bearer ${created.body.token}`);
      expect(me.body.scopes).toEqual(['read']);
      expect(me.body.clusters).toHaveLength(1);
    });

    it('refuses to demote or disable the last admin (409), a restricted admin (400), an unknown user (404)', async () => {
      const users = await request(api.server).get('/api/v1/users').set(asAdmin());
      const admins = users.body.items.filter(
        (u: { role: string; disabled: boolean }) => u.role === 'admin' && !u.disabled,
      );
      const last =
        admins[0]?.email ?? (await api.createUser('admin', { email: 'root@example.test' })).email;
      for (const extra of admins.slice(1)) await patch(extra.email, { disabled: true });
      const demote = await patch(last, { role: 'viewer' });
      expect(demote.status).toBe(409);
      expect(demote.body.details[0].path).toBe('body.role');
      expect((await patch(last, { disabled: true })).body.details[0].path).toBe('body.disabled');
      const restricted = await patch('jon@example.test', { role: 'admin', clusters: ['east'] });
      expect(restricted.status).toBe(400);
      expect(restricted.body.details[0].path).toBe('body.clusters');
      expect((await patch('nobody@example.test', { disabled: true })).status).toBe(404);
      const empty = await patch(last, {});
      expect(empty.status).toBe(400);
      expect(empty.body.code).toBe('validation_failed');
    });
  });
});
