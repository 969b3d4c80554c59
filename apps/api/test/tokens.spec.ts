import { createHash } from 'node:crypto';
import { connectTestSql, type TestSql } from '@kordon/testing';
import { Logger } from '@nestjs/common';
import request from 'supertest';
import type { TokenInput } from '@kordon/contracts';
import { UnrestrictedTokensMigration } from '../src/modules/tokens/unrestricted-tokens.migration';
import { startApi, type ApiHarness } from './api-harness';
import * as docs from './graphql-documents';
import { demoLines, serialize } from './history-fixtures';

describe('API tokens', () => {
  let api: ApiHarness;
  let db: TestSql;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const create = (token: string, body: TokenInput | Record<string, unknown>) =>
    request(api.server).post('/api/v1/tokens').set(as(token)).send(body);
  const upload = (cluster: string, token: string) => {
    const { header, objects } = demoLines();
    return request(api.server)
      .post(`/api/v1/clusters/${cluster}/snapshots`)
      .set(as(token))
      .set('content-type', 'application/x-ndjson')
      .send(
        serialize(
          { ...header, cluster: { ...(header['cluster'] as object), name: cluster } },
          objects,
        ),
      );
  };

  beforeAll(async () => {
    api = await startApi();
    db = connectTestSql(api.databaseUrl);
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('answers the secret once with a scannable prefix, stores only its hash, and records the creation without it', async () => {
    const res = await create(api.adminToken, { name: 'ci reader', scopes: ['read'] });
    expect(res.status).toBe(201);
    const { token, apiToken } = res.body;
    expect(token).toMatch(/^kordon_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({ name: 'ci reader', scopes: ['read'], clusters: ['*'] });
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    const stored = await db.query(
      'SELECT row_to_json(t)::text AS row FROM api_token t WHERE id = $1',
      [apiToken.id],
    );
    expect(stored.rows[0].row).not.toContain(token);
    expect(stored.rows[0].row).toContain(createHash('sha256').update(token).digest('hex'));
    const listed = await request(api.server).get('/api/v1/tokens').set(as(api.adminToken));
    expect(JSON.stringify(listed.body)).not.toContain(token);
    const audit = await request(api.server)
      .get('/api/v1/audit-events?action=token.')
      .set(as(api.adminToken));
    expect(audit.body.items[0]).toMatchObject({ action: 'token.create', targetId: apiToken.id });
    expect(JSON.stringify(audit.body)).not.toContain(token);
  });

  it('records the last use, and a revoked token is refused at once', async () => {
    const { token, apiToken } = (await create(api.adminToken, { name: 'r', scopes: ['read'] }))
      .body;
    expect((await request(api.server).get('/api/v1/clusters').set(as(token))).status).toBe(200);
    const used = await request(api.server).get('/api/v1/tokens').set(as(api.adminToken));
    const row = used.body.items.find((t: { id: string }) => t.id === apiToken.id);
    expect(row.lastUsedAt).not.toBeNull();
    const revoked = await request(api.server)
      .delete(`/api/v1/tokens/${apiToken.id}`)
      .set(as(api.adminToken));
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    const after = await request(api.server).get('/api/v1/clusters').set(as(token));
    expect(after.status).toBe(401);
    const audit = await request(api.server)
      .get(`/api/v1/audit-events?action=token.revoke&targetId=${apiToken.id}`)
      .set(as(api.adminToken));
    expect(audit.body.items).toHaveLength(1);
  });

  it('stops accepting a token at its expiry', async () => {
    const expires = new Date(Date.now() + 1500).toISOString();
    const { token } = (await create(api.adminToken, { name: 'short', scopes: ['read'], expires }))
      .body;
    expect((await request(api.server).get('/api/v1/clusters').set(as(token))).status).toBe(200);
    await new Promise((r) => setTimeout(r, Date.parse(expires) - Date.now() + 50));
    expect((await request(api.server).get('/api/v1/clusters').set(as(token))).status).toBe(401);
  });

  it('refuses an admin token restricted to clusters: an admin sees every cluster', async () => {
    const res = await create(api.adminToken, { name: 'x', scopes: ['admin'], clusters: ['alpha'] });
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe('body.clusters');
    const all = await create(api.adminToken, { name: 'y', scopes: ['admin'], clusters: ['*'] });
    expect(all.status).toBe(201);
  });

  it('never exceeds its creator: scopes, every-cluster access, clusters it cannot see', async () => {
    const reader = await api.issueToken(['read'], ['alpha']);
    const admin = await create(reader, { name: 'x', scopes: ['admin'] });
    expect(admin.status).toBe(403);
    expect(admin.body.details[0].path).toBe('body.scopes');
    const all = await create(reader, { name: 'x', scopes: ['read'], clusters: ['*'] });
    expect(all.status).toBe(403);
    const hidden = await create(reader, { name: 'x', scopes: ['read'], clusters: ['beta'] });
    expect(hidden.status).toBe(404);
    const inherited = await create(reader, { name: 'mine', scopes: ['read'] });
    expect(inherited.status).toBe(201);
    expect(inherited.body.apiToken.clusters).toEqual(['alpha']);
    // a non-admin sees and revokes only its own tokens
    const mine = await request(api.server).get('/api/v1/tokens').set(as(reader));
    expect(mine.body.items.map((t: { name: string }) => t.name)).toEqual(['mine']);
    const others = await request(api.server).get('/api/v1/tokens').set(as(api.adminToken));
    const foreign = others.body.items.find((t: { name: string }) => t.name === 'ci reader');
    const revoke = await request(api.server).delete(`/api/v1/tokens/${foreign.id}`).set(as(reader));
    expect(revoke.status).toBe(404);
  });

  it('requires ingest tokens to name their clusters and keeps them to those, across a rename', async () => {
    const missing = await create(api.adminToken, { name: 'i', scopes: ['ingest'] });
    expect(missing.status).toBe(400);
    expect(missing.body.details[0].path).toBe('body.clusters');
    const { token } = (
      await create(api.adminToken, { name: 'i', scopes: ['ingest'], clusters: ['edge-1'] })
    ).body;
    expect((await upload('edge-1', token)).status).toBe(202);
    const outside = await upload('edge-2', token);
    expect(outside.status).toBe(403);
    const created = await db.query("SELECT count(*)::int AS n FROM cluster WHERE name = 'edge-2'");
    expect(created.rows[0].n).toBe(0);
    await db.query("UPDATE cluster SET name = 'edge-one' WHERE name = 'edge-1'");
    expect((await upload('edge-one', token)).status).toBe(202);
    const star = (await create(api.adminToken, { name: 'i*', scopes: ['ingest'], clusters: ['*'] }))
      .body;
    expect((await upload('edge-3', star.token)).status).toBe(202);
  });

  it('gives tokens without clusters "*" at start-up and warns about each', async () => {
    await db.query(
      `INSERT INTO api_token (name, token_hash, prefix, scopes, clusters) VALUES ('legacy', $1, 'kdn_abcdef', '{read}', '{}')`,
      ['0'.repeat(64)],
    );
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    await api.app.get(UnrestrictedTokensMigration).onApplicationBootstrap();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('token "legacy"'));
    warn.mockRestore();
    const { rows } = await db.query("SELECT clusters FROM api_token WHERE name = 'legacy'");
    expect(rows[0].clusters).toEqual(['*']);
  });

  it('creates, lists and revokes over GraphQL', async () => {
    const gql = (query: string, variables: Record<string, unknown> = {}) =>
      request(api.server).post('/graphql').set(as(api.adminToken)).send({ query, variables });
    const created = await gql(docs.CREATE_TOKEN, {
      input: { name: 'gql', scopes: ['scan'], expires: '2099-01-01' },
    });
    expect(created.body.errors).toBeUndefined();
    const { token, apiToken } = created.body.data.createToken;
    expect(token).toMatch(/^kordon_/);
    expect(apiToken).toMatchObject({
      name: 'gql',
      scopes: ['scan'],
      clusters: ['*'],
      revokedAt: null,
    });
    const listed = await gql(docs.API_TOKENS);
    expect(listed.body.data.apiTokens.nodes).toContainEqual({ id: apiToken.id });
    const revoked = await gql(docs.REVOKE_TOKEN, { id: apiToken.id });
    expect(revoked.body.data.revokeToken.revokedAt).toMatch(/Z$/);
    const withRevoked = await gql(docs.API_TOKENS, { includeRevoked: true });
    expect(withRevoked.body.data.apiTokens.nodes).toContainEqual({ id: apiToken.id });
    const bad = await gql(docs.CREATE_TOKEN, { input: { name: 'bad', scopes: ['root'] } });
    expect(bad.body.errors[0].extensions.code).toBe('validation_failed');
  });
});
