import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildClientSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  type IntrospectionQuery,
} from 'graphql';
import request from 'supertest';
import { GRAPHQL_MAX_COMPLEXITY } from '../src/app.module';
import { startApi, type ApiHarness } from './api-harness';

const SCHEMA_FILE = path.resolve(__dirname, '../schema.gql');

describe('GraphQL introspection and cost limits', () => {
  let api: ApiHarness;
  let readToken: string;
  const gql = (query: string, variables?: Record<string, unknown>) =>
    request(api.server)
      .post('/graphql')
      .set('authorization', `Bearer ${readToken}`)
      .send({ query, ...(variables ? { variables } : {}) });

  beforeAll(async () => {
    api = await startApi();
    readToken = await api.issueToken(['read']);
  });
  afterAll(async () => api.close());

  it('answers the standard graphql-js introspection query (every option on) with a read token, giving the committed schema', async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    const res = await gql(query);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const schema = buildClientSchema(res.body.data as IntrospectionQuery);
    expect(printSchema(lexicographicSortSchema(schema)) + '\n').toBe(
      readFileSync(SCHEMA_FILE, 'utf8'),
    );
  });

  it('still rejects recursive introspection (graphql-js MaxIntrospectionDepthRule) with a 400', async () => {
    const res = await gql(
      '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }',
    );
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/introspection/i);
  });

  it('rejects a query nested deeper than 8 fields with a 400 naming the depth', async () => {
    const res = await gql(
      '{ clusters(first: 1) { edges { node { snapshots(first: 1) { edges { node { findings(first: 1) { edges { node { id } } } } } } } } } }',
    );
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toBe('query depth 10 exceeds the limit of 8');
    expect(res.body.errors[0].extensions.code).toBe('validation_failed');
  });

  it('rejects 1,000 aliases of the cluster list with a 400 naming the summed cost', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: clusters { nodes { name } }`);
    const res = await gql(`{ ${aliases.join(' ')} }`);
    expect(res.status).toBe(400);
    // each alias: 10 (database) + 50 (default page) × (1 node list + 1 name)
    const cost = 1000 * (10 + 50 * 2);
    expect(res.body.errors[0].message).toBe(
      `query cost ${cost} exceeds the limit of ${GRAPHQL_MAX_COMPLEXITY}`,
    );
    expect(res.body.errors[0].extensions).toMatchObject({
      code: 'validation_failed',
      cost,
      limit: GRAPHQL_MAX_COMPLEXITY,
      details: [{ path: 'query', problem: `cost ${cost} > ${GRAPHQL_MAX_COMPLEXITY}` }],
    });
    expect(res.body.data).toBeUndefined();
  });

  it('charges a list without `first` its default page size: clusters → snapshots → findings is rejected, the same with small pages runs', async () => {
    const unbounded = await gql(
      '{ clusters { nodes { snapshots { nodes { findings { nodes { id } } } } } } }',
    );
    expect(unbounded.status).toBe(400);
    // 10 + 50 × (1 + 10 + 50 × (1 + 10 + 50 × 2)), as docs/api.md works it out
    expect(unbounded.body.errors[0].extensions.cost).toBe(278_060);
    expect(unbounded.body.errors[0].message).toMatch(/^query cost \d+ exceeds the limit of/);
    const paged = await gql(
      '{ clusters(first: 5) { nodes { snapshots(first: 5) { nodes { findings(first: 20) { nodes { id } } } } } } }',
    );
    expect(paged.status).toBe(200);
    expect(paged.body).toEqual({ data: { clusters: { nodes: [] } } });
  });

  it("charges network-model fields their build and a workload's peers a default page: many workload details are rejected", async () => {
    const query = (snapshots: number) =>
      `{ clusters(first: 5) { nodes { snapshots(first: ${snapshots}) { nodes {
        workload(namespace: "shop", kind: "Deployment", name: "cart") { reach { canReach { workload } } }
      } } } } }`;
    const res = await gql(query(30));
    expect(res.status).toBe(400);
    // workload: 100 (network model) + reach (1 + canReach: 50 peers × 1 field) = 151;
    // 10 + 5 × (1 + 10 + 30 × (1 + 151))
    expect(res.body.errors[0].extensions.cost).toBe(22_865);
    const fewer = await gql(query(20));
    expect(fewer.status).toBe(200);
    expect(fewer.body).toEqual({ data: { clusters: { nodes: [] } } });
  });

  it('adds up aliased reachability questions: 200 on one snapshot are rejected', async () => {
    const aliases = Array.from(
      { length: 200 },
      (_, i) => `q${i}: reach(from: "shop/cart", to: "payments/api", port: ${i + 1}) { allowed }`,
    );
    const res = await gql(
      `{ snapshot(id: "00000000-0000-4000-8000-000000000000") { ${aliases.join(' ')} } }`,
    );
    expect(res.status).toBe(400);
    // 10 (snapshot) + 200 × (100 + 1)
    expect(res.body.errors[0].extensions.cost).toBe(10 + 200 * 101);
  });

  it.each([0, 501, -1])('rejects first: %i (literal) with a 400 naming the argument', async (n) => {
    const res = await gql(`{ clusters(first: ${n}) { nodes { name } } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'Query.clusters.first', problem: 'must be 1–500' }],
    });
  });

  it('rejects first outside 1–500 given as a variable, on a nested connection', async () => {
    const res = await gql(
      'query($n: Int) { clusters(first: 1) { nodes { snapshots(first: $n) { nodes { id } } } } }',
      { n: 1000 },
    );
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toBe(
      'Cluster.snapshots.first must be an integer from 1 to 500, not 1000',
    );
  });

  it('accepts first at both ends of the range', async () => {
    for (const n of [1, 500]) {
      const res = await gql(`{ clusters(first: ${n}) { nodes { name } } }`);
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
    }
  });
});
