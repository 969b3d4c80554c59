import request from 'supertest';
import { connectTestSql, type TestSql } from '@kordon/testing';
import { startApi, TEST_PASSWORD, type ApiHarness } from './api-harness';
import { cookiesOf, signIn } from './session-client';

const gqlClusters = { query: '{ clusters { nodes { name } } }' };

describe('password sign-in and sessions', () => {
  let api: ApiHarness;
  let pool: TestSql;
  beforeAll(async () => {
    api = await startApi({
      KORDON_PUBLIC_URL: 'http://localhost:3000',
      KORDON_SIGNIN_MAX_FAILURES: '3',
      KORDON_SIGNIN_MAX_FAILURES_PER_IP: '5',
    });
    pool = connectTestSql(api.databaseUrl);
  });
  afterAll(async () => {
    await pool.end();
    await api.close();
  });

  it('signs in with the right password: httpOnly Lax session cookie, readable CSRF cookie, /auth/me', async () => {
    const user = await api.createUser('viewer', { email: 'Ada@Example.test' });
    const session = await signIn(api, 'ada@example.test');
    const sessionCookie = session.setCookies.find((c) => c.startsWith('kordon_session='));
    const csrfCookie = session.setCookies.find((c) => c.startsWith('kordon_csrf='));
    expect(sessionCookie).toMatch(/HttpOnly/);
    expect(sessionCookie).toMatch(/SameSite=Lax/);
    expect(sessionCookie).not.toMatch(/Secure/);
    expect(csrfCookie).not.toMatch(/HttpOnly/);
    const me = await request(api.server).get('/auth/me').set('cookie', session.cookie);
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      kind: 'session',
      label: 'ada@example.test',
      user: { id: user.id, email: 'ada@example.test', role: 'viewer' },
      scopes: ['read'],
      clusters: '*',
    });
  });

  it('stores only hashes: neither the cookie value nor the CSRF token is in the database', async () => {
    await api.createUser('viewer', { email: 'hash@example.test' });
    const session = await signIn(api, 'hash@example.test');
    const value = session.cookie.split('; ')[0]?.split('=')[1] ?? '';
    const rows = await pool.query(
      `SELECT 1 FROM user_session WHERE token_hash = $1 OR csrf_hash = $2 OR token_hash = $2`,
      [value, session.csrfToken],
    );
    expect(rows.rowCount).toBe(0);
    const hashes = await pool.query(
      `SELECT password_hash FROM app_user WHERE email = 'hash@example.test'`,
    );
    expect(hashes.rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a wrong password and an unknown email alike, without a cookie', async () => {
    await api.createUser('viewer', { email: 'bob@example.test' });
    for (const email of ['bob@example.test', 'nobody@example.test']) {
      const res = await request(api.server)
        .post('/auth/sign-in')
        .set('x-forwarded-for', '203.0.113.1')
        .send({ email, password: 'wrong' });
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ code: 'unauthorized', message: 'wrong email or password' });
      expect(cookiesOf(res)).toEqual([]);
    }
  });

  it('rejects a sign-in without an email with validation_failed naming the field', async () => {
    const res = await request(api.server).post('/auth/sign-in').send({ password: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.details[0].path).toBe('body.email');
  });

  it('rate-limits an account after too many failures, even with the right password then', async () => {
    await api.createUser('viewer', { email: 'carol@example.test' });
    const attempt = (password: string, ip: string) =>
      request(api.server)
        .post('/auth/sign-in')
        .set('x-forwarded-for', ip)
        .send({ email: 'carol@example.test', password });
    for (let i = 0; i < 3; i++) expect((await attempt('nope', `198.51.100.${i}`)).status).toBe(401);
    const limited = await attempt(TEST_PASSWORD, '198.51.100.99');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('rate_limited');
    expect(limited.headers['retry-after']).toBe('900');
  });

  it('rate-limits one address trying many accounts, while others may still sign in', async () => {
    await api.createUser('viewer', { email: 'dave@example.test' });
    const from = (ip: string, email: string, password = 'nope') =>
      request(api.server)
        .post('/auth/sign-in')
        .set('x-forwarded-for', ip)
        .send({ email, password });
    for (let i = 0; i < 5; i++)
      expect((await from('192.0.2.7', `guess${i}@example.test`)).status).toBe(401);
    expect((await from('192.0.2.7', 'dave@example.test', TEST_PASSWORD)).status).toBe(429);
    expect((await from('192.0.2.8', 'dave@example.test', TEST_PASSWORD)).status).toBe(200);
  });

  it('ends a session idle for longer than KORDON_SESSION_IDLE_S', async () => {
    const user = await api.createUser('viewer');
    const session = await signIn(api, user.email);
    expect((await request(api.server).get('/auth/me').set('cookie', session.cookie)).status).toBe(
      200,
    );
    await pool.query(
      `UPDATE user_session SET last_seen_at = now() - interval '3601 seconds' WHERE user_id = $1`,
      [user.id],
    );
    const res = await request(api.server).get('/auth/me').set('cookie', session.cookie);
    expect(res.status).toBe(401);
    expect(res.body.message).toBe('the session has expired or was signed out');
  });

  it('ends an active session at its absolute expiry', async () => {
    const user = await api.createUser('viewer');
    const session = await signIn(api, user.email);
    const row = await pool.query(
      `SELECT expires_at - created_at AS age FROM user_session WHERE user_id = $1`,
      [user.id],
    );
    expect(row.rows[0].age).toEqual({ hours: 12 });
    await pool.query(
      `UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [user.id],
    );
    expect((await request(api.server).get('/auth/me').set('cookie', session.cookie)).status).toBe(
      401,
    );
  });

  it('rejects a cookie-authenticated write without the CSRF header, or with another session’s', async () => {
    const user = await api.createUser('viewer');
    const other = await api.createUser('viewer');
    const session = await signIn(api, user.email);
    const otherSession = await signIn(api, other.email);
    const post = () => request(api.server).post('/graphql').set('cookie', session.cookie);
    const missing = await post().send(gqlClusters);
    expect(missing.status).toBe(200);
    expect(missing.body.errors[0].extensions.code).toBe('csrf_rejected');
    const wrong = await post().set('x-kordon-csrf', otherSession.csrfToken).send(gqlClusters);
    expect(wrong.body.errors[0].extensions.code).toBe('csrf_rejected');
    const signOut = await request(api.server).post('/auth/sign-out').set('cookie', session.cookie);
    expect(signOut.status).toBe(403);
    expect(signOut.body.code).toBe('csrf_rejected');
    const ok = await post().set('x-kordon-csrf', session.csrfToken).send(gqlClusters);
    expect(ok.body.data.clusters.nodes).toEqual([]);
    const read = await request(api.server).get('/api/v1/clusters').set('cookie', session.cookie);
    expect(read.status).toBe(200);
  });

  it('signs out: the old cookie no longer works and the cookies are cleared', async () => {
    const user = await api.createUser('viewer');
    const session = await signIn(api, user.email);
    const out = await request(api.server)
      .post('/auth/sign-out')
      .set('cookie', session.cookie)
      .set('x-kordon-csrf', session.csrfToken);
    expect(out.status).toBe(204);
    expect(cookiesOf(out).join('\n')).toMatch(/kordon_session=;/);
    expect((await request(api.server).get('/auth/me').set('cookie', session.cookie)).status).toBe(
      401,
    );
  });

  it('refuses an unknown session cookie as unauthorized rather than anonymous', async () => {
    const res = await request(api.server)
      .get('/api/v1/clusters')
      .set('cookie', 'kordon_session=forged');
    expect(res.status).toBe(401);
  });
});

describe('session cookies behind https', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ KORDON_PUBLIC_URL: 'https://kordon.example.test' });
  });
  afterAll(async () => api.close());

  it('marks both cookies Secure when KORDON_PUBLIC_URL is https', async () => {
    const user = await api.createUser('admin');
    const session = await signIn(api, user.email);
    for (const line of session.setCookies) expect(line).toMatch(/; Secure/);
  });
});
