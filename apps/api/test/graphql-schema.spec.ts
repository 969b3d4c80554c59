import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import request from 'supertest';
import { startApi, type ApiHarness } from './api-harness';

const SCHEMA_FILE = path.resolve(__dirname, '../schema.gql');

describe('GraphQL', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => api.close());

  it('matches the committed schema.gql (run with KORDON_UPDATE_SCHEMA=1 to regenerate)', () => {
    const printed =
      printSchema(lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env['KORDON_UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, printed);
    expect(printed).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('requires a token', async () => {
    const res = await request(api.server)
      .post('/graphql')
      .send({ query: '{ clusters { nodes { name } } }' });
    expect(res.body.errors[0].extensions.code).toBe('unauthorized');
    expect(res.body.data).toBeNull();
  });

  it('enforces scopes on resolvers', async () => {
    const ingest = await api.issueToken(['ingest']);
    const res = await request(api.server)
      .post('/graphql')
      .set('authorization', `Bearer ${ingest}`)
      .send({ query: '{ clusters { nodes { name } } }' });
    expect(res.body.errors[0].extensions.code).toBe('forbidden');
  });

  it('answers an empty cluster list as a connection', async () => {
    const res = await request(api.server)
      .post('/graphql')
      .set('authorization', `Bearer ${api.adminToken}`)
      .send({
        query: '{ clusters(first: 10) { nodes { name } pageInfo { hasNextPage endCursor } } }',
      });
    expect(res.body).toEqual({
      data: { clusters: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } } },
    });
  });

  it('answers not_found for an unknown snapshot', async () => {
    const res = await request(api.server)
      .post('/graphql')
      .set('authorization', `Bearer ${api.adminToken}`)
      .send({ query: '{ snapshot(id: "00000000-0000-4000-8000-000000000000") { status } }' });
    expect(res.body.errors[0].extensions.code).toBe('not_found');
  });
});
