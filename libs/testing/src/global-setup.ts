import { startEmbeddedTestServer, type EmbeddedTestServer } from './embedded-test-server';
import { EMBEDDED_SERVER_URL_VAR } from './test-server-url';

/** Where globalSetup leaves the server for globalTeardown (both run in Jest's main process). */
export const SERVER_KEY = '__kordonEmbeddedTestServer';

/**
 * Jest globalSetup: without TEST_DATABASE_URL, starts one embedded Postgres for the
 * whole run and hands its URL to the test workers through the environment.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env['TEST_DATABASE_URL']) return;
  const server = await startEmbeddedTestServer().catch((error: unknown) => {
    throw new Error(
      `Could not start the embedded Postgres for the tests: ${error instanceof Error ? error.message : String(error)}\n` +
        'Set TEST_DATABASE_URL to a PostgreSQL server (e.g. postgresql://postgres@127.0.0.1:5432/postgres), or, when ' +
        'running as root from a folder the postgres user cannot enter (under /root), run npm run build first and ' +
        'point KORDON_PG_DIR at a folder every user can enter (default /var/lib/kordon).',
    );
  });
  (globalThis as Record<string, unknown>)[SERVER_KEY] = server;
  process.env[EMBEDDED_SERVER_URL_VAR] = server.url;
}

export function takeServer(): EmbeddedTestServer | undefined {
  const holder = globalThis as Record<string, unknown>;
  const server = holder[SERVER_KEY] as EmbeddedTestServer | undefined;
  delete holder[SERVER_KEY];
  return server;
}
