import request from 'supertest';
import { connectTestSql, type TestSql } from '@kordon/testing';
import { startApi, type ApiHarness } from './api-harness';
import { authorizeAs, startTestProvider, type TestProvider } from './oidc/oidc-test-provider';
import { cookiesOf } from './session-client';

const PUBLIC_URL = 'http://localhost:3000';
const CALLBACK = `${PUBLIC_URL}/auth/oidc/callback`;
const everywhere = ['*'];

const accounts = {
  alice: {
    email: 'alice@example.test',
    email_verified: true,
    groups: ['kordon-triagers', 'staff'],
    kordon_clusters: everywhere,
  },
  bob: {
    email: 'bob@example.test',
    email_verified: true,
    groups: ['kordon-viewers'],
    kordon_clusters: everywhere,
  },
  mallory: {
    email: 'victim@example.test',
    email_verified: false,
    groups: ['kordon-admins'],
    kordon_clusters: everywhere,
  },
  carol: {
    email: 'carol@example.test',
    email_verified: false,
    groups: ['kordon-viewers'],
    kordon_clusters: everywhere,
  },
  dave: {
    email: 'dave@example.test',
    email_verified: true,
    groups: ['staff'],
    kordon_clusters: everywhere,
  },
  erin: {
    email: 'erin@example.test',
    email_verified: true,
    groups: ['kordon-viewers'],
    kordon_clusters: ['prod', 'gone'],
  },
  frank: { email: 'frank@example.test', email_verified: true, groups: ['kordon-admins'] },
};

describe('single sign-on against a real OpenID provider', () => {
  let provider: TestProvider;
  let api: ApiHarness;
  let pool: TestSql;

  beforeAll(async () => {
    provider = await startTestProvider(CALLBACK, accounts);
    api = await startApi({
      KORDON_PUBLIC_URL: PUBLIC_URL,
      KORDON_OIDC_ISSUER: provider.issuer,
      KORDON_OIDC_CLIENT_ID: provider.clientId,
      KORDON_OIDC_CLIENT_SECRET: provider.clientSecret,
      KORDON_OIDC_SCOPES: 'openid email profile groups kordon',
      KORDON_OIDC_ROLE_MAP: 'kordon-admins=admin,kordon-triagers=triager,kordon-viewers=viewer',
      KORDON_OIDC_CLUSTERS_CLAIM: 'kordon_clusters',
    });
    pool = connectTestSql(api.databaseUrl);
  });
  afterAll(async () => {
    await pool?.end();
    await api?.close();
    await provider?.stop();
  });

  /** Browser-like: start, sign in at the provider, come back with the state cookie. */
  async function ssoSignIn(account: keyof typeof accounts, returnTo = '/clusters/demo') {
    const start = await request(api.server).get('/auth/oidc/start').query({ returnTo });
    expect(start.status).toBe(302);
    const authorization = new URL(start.headers['location'] as string);
    expect(authorization.origin).toBe(provider.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('redirect_uri')).toBe(CALLBACK);
    const state = cookiesOf(start).find((c) => c.startsWith('kordon_oidc_state='));
    expect(state).toMatch(/HttpOnly/);
    const back = await authorizeAs(authorization.toString(), account, CALLBACK);
    return request(api.server)
      .get(`${back.pathname}${back.search}`)
      .set('cookie', (state ?? '').split(';')[0] ?? '');
  }

  const meOf = async (res: request.Response) => {
    const cookie = cookiesOf(res)
      .filter((c) => c.startsWith('kordon_session=') || c.startsWith('kordon_csrf='))
      .map((c) => c.split(';')[0])
      .join('; ');
    return request(api.server).get('/auth/me').set('cookie', cookie);
  };

  const identities = async (email: string) =>
    (
      await pool.query(
        `SELECT i.issuer, i.subject FROM user_identity i JOIN app_user u ON u.id = i.user_id WHERE u.email = $1`,
        [email],
      )
    ).rows;

  it('signs a new user in with the role its groups claim maps to, and returns where they were going', async () => {
    const res = await ssoSignIn('alice');
    expect(res.status).toBe(302);
    expect(res.headers['location']).toBe('/clusters/demo');
    const me = await meOf(res);
    expect(me.body).toMatchObject({
      kind: 'session',
      user: { email: 'alice@example.test', role: 'triager' },
      scopes: ['read', 'suppress'],
      clusters: '*',
    });
    expect(await identities('alice@example.test')).toEqual([
      { issuer: provider.issuer, subject: 'alice' },
    ]);
  });

  it('links a verified email to the existing password user on first sign-in', async () => {
    const existing = await api.createUser('admin', { email: 'bob@example.test' });
    const me = await meOf(await ssoSignIn('bob'));
    expect(me.body.user).toEqual({ id: existing.id, email: 'bob@example.test', role: 'viewer' });
    expect(await identities('bob@example.test')).toEqual([
      { issuer: provider.issuer, subject: 'bob' },
    ]);
    const again = await meOf(await ssoSignIn('bob'));
    expect(again.body.user.id).toBe(existing.id);
    const audit = await request(api.server)
      .get('/api/v1/audit-events')
      .query({ targetId: existing.id, action: 'user.update' })
      .set('authorization', `Bearer ${api.adminToken}`);
    // the claims demoted bob once (admin → viewer); the second sign-in changed nothing
    expect(audit.body.items.map((e: { details: unknown }) => e.details)).toEqual([
      {
        email: 'bob@example.test',
        before: { role: 'admin', clusters: '*' },
        after: { role: 'viewer', clusters: '*' },
      },
    ]);
  });

  it('never links an unverified email to an existing user', async () => {
    const victim = await api.createUser('viewer', { email: 'victim@example.test' });
    const res = await ssoSignIn('mallory');
    expect(res.status).toBe(302);
    expect(res.headers['location']).toBe('/login?error=email_taken');
    expect(cookiesOf(res).some((c) => c.startsWith('kordon_session='))).toBe(false);
    expect(await identities('victim@example.test')).toEqual([]);
    expect((await api.users.findById(victim.id))?.role).toBe('viewer');
  });

  it('creates a new user for an unverified email nobody has', async () => {
    const me = await meOf(await ssoSignIn('carol'));
    expect(me.body.user).toMatchObject({ email: 'carol@example.test', role: 'viewer' });
  });

  it('gives no access, and creates no user, when no role claim value is mapped', async () => {
    const res = await ssoSignIn('dave');
    expect(res.headers['location']).toBe('/login?error=no_role');
    expect(await api.users.findByEmail('dave@example.test')).toBeNull();
  });

  it('restricts to the clusters the claim names, stored as ids (unknown names skipped)', async () => {
    const prod = await pool.query(`INSERT INTO cluster (name) VALUES ('prod') RETURNING id`);
    const me = await meOf(await ssoSignIn('erin'));
    expect(me.body.clusters).toEqual([prod.rows[0].id]);
  });

  it('refuses when the configured clusters claim is missing', async () => {
    const res = await ssoSignIn('frank');
    expect(res.headers['location']).toBe('/login?error=no_clusters');
  });

  it('refuses a callback whose state is not the one this browser started', async () => {
    const start = await request(api.server).get('/auth/oidc/start');
    const back = await authorizeAs(start.headers['location'] as string, 'alice', CALLBACK);
    const res = await request(api.server)
      .get(`${back.pathname}${back.search}`)
      .set('cookie', 'kordon_oidc_state=someone-elses-state');
    expect(res.headers['location']).toBe('/login?error=state_mismatch');
  });

  it('only returns to paths on this site', async () => {
    const res = await ssoSignIn('alice', 'https://evil.example/');
    expect(res.headers['location']).toBe('/');
  });

  it('lists single sign-on among the sign-in providers', async () => {
    const res = await request(api.server).get('/auth/providers');
    expect(res.body).toEqual({ password: true, oidc: { label: 'Single sign-on' } });
  });
});
