import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { apiEnvSchema, loadConfig, type ApiConfig } from '@kordon/config';
import type { Role } from '@kordon/contracts';
import {
  ClustersRepository,
  TokensRepository,
  UsersRepository,
  connectDatabase,
  type TokenScope,
  type UserRecord,
} from '@kordon/db';
import { createTestDatabase } from '@kordon/testing';
import { createApiApp } from '../src/create-api-app';

export interface ApiHarness {
  app: NestFastifyApplication;
  server: NestFastifyApplication['getHttpServer'] extends () => infer S ? S : never;
  databaseUrl: string;
  config: ApiConfig;
  adminToken: string;
  issueToken(scopes: TokenScope[], clusters?: '*' | string[]): Promise<string>;
  users: UsersRepository;
  /** A user with this role (password `correct horse battery staple`). */
  createUser(
    role: Role,
    options?: { email?: string; clusters?: '*' | string[] },
  ): Promise<UserRecord>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'correct horse battery staple';

/** A real API on a fresh database of its own (dropped on close). */
export async function startApi(env: Record<string, string> = {}): Promise<ApiHarness> {
  const db = await createTestDatabase();
  const config = loadConfig(apiEnvSchema, { DATABASE_URL: db.url, ...env });
  const app = await createApiApp(config, { logger: process.env['KORDON_TEST_API_LOGS'] === '1' });
  const database = connectDatabase(db.url);
  const tokens = new TokensRepository(database);
  /** A token for these cluster names (registered when new), or every cluster (default). */
  const issueToken = async (scopes: TokenScope[], clusters: '*' | string[] = '*') => {
    const ids =
      clusters === '*'
        ? '*'
        : await Promise.all(
            clusters.map((name) => new ClustersRepository(database).ensureCluster(database, name)),
          );
    return (await tokens.issueToken({ name: `test ${scopes.join(',')}`, scopes, clusters: ids }))
      .token;
  };
  const adminToken = await issueToken(['admin']);
  const users = new UsersRepository(database);
  let userCount = 0;
  const createUser = (role: Role, options: { email?: string; clusters?: '*' | string[] } = {}) =>
    users.createUser({
      email: options.email ?? `${role}-${++userCount}@example.test`,
      role,
      password: TEST_PASSWORD,
      clusters: options.clusters ?? '*',
    });
  return {
    app,
    server: app.getHttpServer(),
    databaseUrl: db.url,
    config,
    adminToken,
    issueToken,
    users,
    createUser,
    async close() {
      await app.close();
      await database.close();
      await db.drop();
    },
  };
}
