import { Pool } from 'pg';
import request from 'supertest';
import type { CreateUserInput } from '@kordon/contracts';
import { startApi, type ApiHarness } from './api-harness';
import { signIn } from './session-client';

describe('users: create, reset password, audit', () => {
  let api: ApiHarness;
  let pool: Pool;
  beforeAll(async () => {
    api = await startApi();
    pool = new Pool({ connectionString: api.databaseUrl });
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
});
