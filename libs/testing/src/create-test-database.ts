import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { applyMigrations } from '@kordon/db';
import { testServerUrl } from './test-server-url';

export interface TestDatabase {
  /** Connection URL of the new, migrated database. */
  url: string;
  /** Terminates the database's connections and drops it. */
  drop(): Promise<void>;
}

/** `serverUrl` with its database (the URL path) replaced by `database`. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Drops `name` on the server, first ending every session connected to it. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, async (client) => {
    await client.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [name],
    );
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  });
}

/**
 * A fresh database for one test file, with every migration applied: created on
 * `TEST_DATABASE_URL` when set, else on the embedded Postgres of this Jest run.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = testServerUrl();
  const name = `kordon_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`),
  );
  const url = withDatabase(serverUrl, name);
  try {
    await applyMigrations(url);
  } catch (error) {
    await dropDatabase(serverUrl, name);
    throw error;
  }
  return { url, drop: () => dropDatabase(serverUrl, name) };
}
