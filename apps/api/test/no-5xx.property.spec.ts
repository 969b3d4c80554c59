import fc from 'fast-check';
import request from 'supertest';
import { TOKEN_SCOPES } from '@kordon/db';
import { startApi, type ApiHarness } from './api-harness';
import { demoLines, serialize } from './history-fixtures';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, unknown> };
}
interface Route {
  method: string;
  path: string;
  operation: Operation;
}

const SEED = 20261129;
const RUNS = 400;

/** Hostile values: wrong types, huge and empty strings, unicode, NUL, negative and huge numbers. */
const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '-1',
    '0',
    '1e309',
    '-9999999999999999999999',
    '9007199254740993',
    'NaN',
    'null',
    'true',
    '[]',
    '{}',
    '{"a":',
    '%00',
    '../../etc/passwd',
    "' OR 1=1 --",
    '2026-02-31',
    '9999-12-31T23:59:59Z',
    '00000000-0000-0000-0000-000000000000',
    'ZXlKaElqb2lZU0o5',
    '🚀'.repeat(50),
    'x'.repeat(5000),
  ),
  fc.integer().map(String),
  fc.double().map(String),
);

const jsonBody: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(fc.string({ maxLength: 12 }), hostile),
  fc.constantFrom('not json', '', '{"a":'),
);

function routesOf(document: { paths: Record<string, Record<string, Operation>> }): Route[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({ method, path, operation })),
  );
}

function urlOf(route: Route, values: string[]): string {
  let i = 0;
  const path = route.path.replace(/\{[^}]+\}/g, () =>
    encodeURIComponent(values[i++ % values.length] ?? ''),
  );
  const query = (route.operation.parameters ?? [])
    .filter((p) => p.in === 'query')
    .map(
      (p, k) =>
        `${encodeURIComponent(p.name)}=${encodeURIComponent(values[(k + 1) % values.length] ?? '')}`,
    )
    .join('&');
  return query ? `${path}?${query}` : path;
}

/**
 * Requests for every route of the OpenAPI document, with a valid token of each
 * scope, made of hostile values: none may answer a 5xx.
 */
describe('no 5xx for any route of the OpenAPI document (property-based, fixed seed)', () => {
  let api: ApiHarness;
  let routes: Route[];
  let snapshotId = '';
  const tokens: string[] = [];
  beforeAll(async () => {
    api = await startApi();
    for (const scope of TOKEN_SCOPES) tokens.push(await api.issueToken([scope]));
    tokens.push(api.adminToken);
    const demo = demoLines();
    const upload = await request(api.server)
      .post('/api/v1/clusters/demo/snapshots')
      .set('authorization', `Bearer ${api.adminToken}`)
      .set('content-type', 'application/x-ndjson')
      .send(serialize(demo.header, demo.objects));
    snapshotId = upload.body.snapshotId;
    const doc = await request(api.server).get('/api/docs/openapi.json');
    routes = routesOf(doc.body);
  });
  afterAll(async () => api.close());

  it('covers every operation of the document', () => {
    expect(routes.length).toBeGreaterThan(10);
  });

  it('answers every generated request below 500', async () => {
    const failures: string[] = [];
    const statuses: Record<number, number> = {};
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: routes.length - 1 }),
        fc.nat({ max: tokens.length - 1 }),
        // mostly hostile, sometimes what exists, so requests also get past validation
        fc.array(
          fc.oneof(
            { arbitrary: hostile, weight: 3 },
            {
              arbitrary: fc.constantFrom('demo', snapshotId, '10', 'open', 'critical', 'day'),
              weight: 1,
            },
          ),
          { minLength: 1, maxLength: 4 },
        ),
        jsonBody,
        fc.option(hostile, { nil: undefined }),
        async (routeIndex, tokenIndex, values, body, idempotencyKey) => {
          const route = routes[routeIndex] as Route;
          const url = urlOf(route, values);
          const method = route.method as 'get' | 'post' | 'put' | 'patch' | 'delete';
          const req = request(api.server)
            [method](url)
            .set('authorization', `Bearer ${tokens[tokenIndex]}`);
          if (idempotencyKey !== undefined && /^[\x20-\x7e]*$/.test(idempotencyKey))
            req.set('idempotency-key', idempotencyKey);
          const sendsBody = route.operation.requestBody !== undefined;
          const res = sendsBody
            ? await req
                .set(
                  'content-type',
                  typeof body === 'string' ? 'application/x-ndjson' : 'application/json',
                )
                .send(typeof body === 'string' ? body : JSON.stringify(body))
            : await req;
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          if (res.status >= 500)
            failures.push(
              `${method.toUpperCase()} ${url} → ${res.status} ${res.text.slice(0, 200)}`,
            );
          return res.status < 500;
        },
      ),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    expect(failures).toEqual([]);
    // the run reached handlers, not only validation and the auth guard
    expect(Object.keys(statuses).filter((status) => status.startsWith('2')).length).toBeGreaterThan(
      0,
    );
  });
});
