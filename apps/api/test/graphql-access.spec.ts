import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import request from 'supertest';
import { ROLES, SCOPES, grantsAny, scopesOfRole, type Role, type Scope } from '@kordon/contracts';
import { startWorker } from '../../worker/test/worker-harness';
import { GRAPHQL_MAX_DEPTH } from '../src/app.module';
import { startApi, type ApiHarness } from './api-harness';
import { kubeScoreSarif } from './ci/kube-score-sarif';
import {
  ARGS,
  PAGING,
  ROOT_ACCESS,
  tokenScopesFor,
  type ArgContext,
  type ArgFixture,
  type ClusterWorld,
  type Side,
  type World,
} from './graphql-access-fixtures';
import { schemaFields } from './graphql-field-coverage';
import { operationFor, reachableTypes } from './graphql-operation-for';
import { demoLines, serialize, uploadAndWait } from './history-fixtures';
import { signIn } from './session-client';

/** GraphQL answers, read loosely (supertest types its body as `any` anyway). */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Headers = Record<string, string>;

const ROOTS = Object.keys(ROOT_ACCESS);
/** The types that hold a cluster's data (or name it). */
const CLUSTER_TYPES = ['Cluster', 'Snapshot', 'Suppression'];
const allowed = (field: string, scopes: readonly Scope[]) => {
  const access = ROOT_ACCESS[field] ?? [];
  return access === 'any' || grantsAny(scopes, access);
};
/** The scopes a principal needs to call a root field (the first that grants it). */
const scopesFor = (field: string): Scope[] => {
  const access = ROOT_ACCESS[field] ?? [];
  return access === 'any' ? ['read'] : access.slice(0, 1);
};
/** The least role that may call a root field. */
const roleFor = (field: string): Role =>
  ROLES.find((role) => allowed(field, scopesOfRole(role))) ?? 'admin';
const fixtureOf = (key: string): ArgFixture | undefined =>
  ARGS[key] ?? PAGING[key.split('.')[2] ?? ''];
const codesOf = (body: Json): string[] =>
  ((body.errors ?? []) as Json[]).map((e) => e.extensions?.code as string);
const REFUSALS = ['unauthorized', 'forbidden'];
/**
 * An answer with ids and the `other`/`ghost` cluster names blanked, its errors without their
 * place (several nested fields may fail, and how many are reported depends on timing).
 */
function blanked(body: Json, names: string[]): string {
  const errors = ((body.errors ?? []) as Json[]).map((e) =>
    JSON.stringify([e.message, e.extensions]),
  );
  const text = JSON.stringify({ data: body.data, errors: [...new Set(errors)].sort() });
  return names.reduce(
    (out, name) => out.split(name).join('<cluster>'),
    text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>'),
  );
}

describe('access to every GraphQL field (derived from the schema)', () => {
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let schema: GraphQLSchema;
  let world: World;
  let other: ClusterWorld;
  let users = 0;
  const asToken = (token: string): Headers => ({ authorization: `Bearer ${token}` });
  const admin = (): Headers => asToken(api.adminToken);

  const sessions = new Map<string, Promise<Headers>>();
  /** A signed-in user with this role (one per role and restriction). */
  function session(role: Role, clusters: '*' | string[] = '*'): Promise<Headers> {
    const key = `${role}:${String(clusters)}`;
    const made =
      sessions.get(key) ??
      (async () => {
        const email = `access-${++users}@example.test`;
        await api.createUser(role, { email, clusters });
        const signed = await signIn(api, email);
        return { cookie: signed.cookie, 'x-kordon-csrf': signed.csrfToken };
      })();
    sessions.set(key, made);
    return made;
  }

  /** Calls `field` with every field below it selected; arguments from the fixtures. */
  async function call(
    field: string,
    headers: Headers,
    scopes: readonly Scope[],
    rootSide: Side,
    nestedSide: Side = rootSide,
  ): Promise<Json> {
    const [typeName = '', name = ''] = field.split('.');
    const root = schema.getType(typeName) as GraphQLObjectType;
    const fixture = (key: string) => fixtureOf(key);
    const include = (key: string) => typeof fixture(key) === 'function';
    const op = operationFor(schema, root, name, include, GRAPHQL_MAX_DEPTH);
    const variables: Json = {};
    for (const [variable, key] of op.variables) {
      const side = key.startsWith(`${typeName}.`) ? rootSide : nestedSide;
      const ctx: ArgContext = { side, world, scopes, headers };
      variables[variable] = await (fixture(key) as (ctx: ArgContext) => unknown)(ctx);
    }
    const res = await request(api.server)
      .post('/graphql')
      .set(headers)
      .send({ query: op.query, variables });
    return res.body as Json;
  }

  const rest = (method: 'post', path: string, headers: Headers, body: Json) =>
    request(api.server)[method](path).set(headers).send(body);

  async function cluster(name: string): Promise<ClusterWorld> {
    const { header, objects } = demoLines();
    const snapshots: string[] = [];
    for (const collectedAt of ['2026-11-20T09:00:00Z', '2026-11-21T09:00:00Z']) {
      const body = serialize(
        { ...header, collectedAt, cluster: { ...(header['cluster'] as object), name } },
        objects,
      );
      snapshots.push((await uploadAndWait(api, name, body))['id'] as string);
    }
    const suppression = await rest('post', '/api/v1/suppressions', admin(), {
      cluster: name,
      check: 'pss.baseline.host-ports',
      reason: 'fixture',
    }).expect(201);
    const found = await request(api.server)
      .get(`/api/v1/clusters/${name}`)
      .set(admin())
      .expect(200);
    return {
      name,
      id: found.body.id as string,
      snapshots: snapshots as [string, string],
      suppression: suppression.body.id as string,
    };
  }

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker(api.databaseUrl);
    schema = api.app.get(GraphQLSchemaHost).schema;
    const own = await cluster('alpha-shown');
    other = await cluster('bravo-hidden');
    const scan = await rest('post', '/api/v1/scans', admin(), {
      repository: 'acme/api',
      commit: 'c1',
      branch: 'main',
      defaultBranch: 'main',
      sarif: kubeScoreSarif([{ rule: 'a', level: 'warning', object: 'x' }]),
    }).expect(201);
    let emails = 0;
    world = {
      own,
      other,
      scanId: scan.body.id as string,
      ghost: {
        name: 'charlie-none',
        id: randomUUID(),
        snapshots: [randomUUID(), randomUUID()],
        suppression: randomUUID(),
      },
      freshSuppression: async (side) =>
        side === 'ghost'
          ? randomUUID()
          : ((
              await rest('post', '/api/v1/suppressions', admin(), {
                cluster: (side === 'own' ? own : other).name,
                check: 'pss.baseline.privileged',
                reason: 'to delete',
              }).expect(201)
            ).body.id as string),
      freshToken: async (ctx) => {
        if (ctx.side === 'ghost') return randomUUID();
        const anonymous = Object.keys(ctx.headers).length === 0;
        const creator = ctx.side === 'own' && !anonymous ? ctx.headers : admin();
        const scopes = ctx.side === 'own' ? tokenScopesFor(ctx.scopes) : ['read'];
        const res = await rest('post', '/api/v1/tokens', creator, {
          name: 'to revoke',
          scopes,
          clusters: [ctx.world[ctx.side].name],
        });
        if (res.status !== 201) throw new Error(`token: ${res.status} ${JSON.stringify(res.body)}`);
        return res.body.apiToken.id as string;
      },
      freshUser: async () => (await api.createUser('viewer', { email: world.freshEmail() })).email,
      freshEmail: () => `fresh-${++emails}@example.test`,
    };
  }, 180_000);
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('lists every root field of the schema, and only those', () => {
    const roots = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}).map((f) => `${type?.name}.${f}`),
    );
    expect([...ROOTS].sort()).toEqual(roots.sort());
  });

  it('asks read (or admin) of every root field that reaches a cluster, a snapshot or a suppression', () => {
    const loose = ROOTS.filter((f) => {
      const [type = '', name = ''] = f.split('.');
      const field = (schema.getType(type) as GraphQLObjectType).getFields()[name];
      const reaches = field && CLUSTER_TYPES.some((t) => reachableTypes(field).has(t));
      const access = ROOT_ACCESS[f];
      const reads = access !== 'any' && (access ?? []).every((s) => s === 'read' || s === 'admin');
      return reaches && !reads && !f.startsWith('Mutation.');
    });
    expect(loose).toEqual([]);
  });

  it('has a fixture for every argument of every field, and none for arguments that are gone', () => {
    const keys = [...schemaFields(schema)].flatMap((typeField) => {
      const [type = '', field = ''] = typeField.split('.');
      const args = (schema.getType(type) as GraphQLObjectType).getFields()[field]?.args ?? [];
      return args.map((a) => `${typeField}.${a.name}`);
    });
    expect(keys.filter((k) => !fixtureOf(k))).toEqual([]);
    expect(Object.keys(ARGS).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('selects every field reachable from the roots (a connection’s edges aside)', () => {
    const selected = new Set<string>();
    for (const field of ROOTS) {
      const [type = '', name = ''] = field.split('.');
      const root = schema.getType(type) as GraphQLObjectType;
      const op = operationFor(schema, root, name, () => true, GRAPHQL_MAX_DEPTH);
      op.fields.forEach((f) => selected.add(f));
    }
    const missing = [...schemaFields(schema)].filter(
      (f) => !selected.has(f) && !/Edge\.|\.edges$/.test(f),
    );
    expect(missing).toEqual([]);
  });

  it.each(ROOTS)('%s refuses a missing token, and a token or role without its scope', async (f) => {
    const anonymous = await call(f, {}, [], 'own');
    expect(codesOf(anonymous)).toEqual(['unauthorized']);
    expect(anonymous.data).toBeNull();
    for (const scope of SCOPES) {
      const body = await call(f, asToken(await api.issueToken([scope])), [scope], 'own');
      const refused = codesOf(body).filter((c) => REFUSALS.includes(c));
      expect({ scope, refused }).toEqual({
        scope,
        refused: allowed(f, [scope]) ? [] : ['forbidden'],
      });
    }
    for (const role of ROLES) {
      const body = await call(f, await session(role), scopesOfRole(role), 'own');
      const refused = codesOf(body).filter((c) => REFUSALS.includes(c));
      const expected = allowed(f, scopesOfRole(role)) ? [] : ['forbidden'];
      expect({ role, refused }).toEqual({ role, refused: expected });
    }
  });

  const SCOPED = ROOTS.filter((f) => !scopesFor(f).includes('admin'));
  const secrets = () => [other.name, other.id, ...other.snapshots, other.suppression];
  const leaked = (data: unknown) => secrets().filter((s) => JSON.stringify(data).includes(s));

  it.each(SCOPED)(
    '%s shows a principal restricted to one cluster nothing of another (not_found at most)',
    async (f) => {
      const scopes = scopesFor(f);
      const principals = [
        asToken(await api.issueToken(scopes, [world.own.name])),
        await session(roleFor(f), [world.own.id]),
      ];
      for (const headers of principals) {
        for (const rootSide of ['other', 'own'] as const) {
          const body = await call(f, headers, scopes, rootSide, 'other');
          expect({ rootSide, leaked: leaked(body.data) }).toEqual({ rootSide, leaked: [] });
          expect(codesOf(body).filter((c) => c !== 'not_found')).toEqual([]);
        }
        // the other cluster answers exactly as one that does not exist
        const names = [other.name, world.ghost.name];
        const hidden = blanked(await call(f, headers, scopes, 'other'), names);
        expect(hidden).toEqual(blanked(await call(f, headers, scopes, 'ghost'), names));
        expect(codesOf(await call(f, headers, scopes, 'own'))).toEqual([]);
      }
    },
  );

  it.each(SCOPED)(
    '%s shows the other cluster to a principal restricted to it (control)',
    async (f) => {
      const [type = '', name = ''] = f.split('.');
      const field = (schema.getType(type) as GraphQLObjectType).getFields()[name];
      if (!field || !CLUSTER_TYPES.some((t) => reachableTypes(field).has(t))) return;
      const scopes = scopesFor(f);
      const headers = asToken(await api.issueToken(scopes, [other.name]));
      const body = await call(f, headers, scopes, 'other');
      expect(codesOf(body)).toEqual([]);
      expect(leaked(body)).not.toEqual([]);
    },
  );
});
