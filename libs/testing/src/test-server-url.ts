/** Env var through which `globalSetup` hands the embedded server's URL to the test workers. */
export const EMBEDDED_SERVER_URL_VAR = 'KORDON_TEST_EMBEDDED_PG_URL';

/**
 * The Postgres server tests create their databases on: `TEST_DATABASE_URL` when
 * set, else the embedded server started by the Jest `globalSetup`.
 */
export function testServerUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env['TEST_DATABASE_URL'] || env[EMBEDDED_SERVER_URL_VAR];
  if (!url) {
    throw new Error(
      'No Postgres for tests: set TEST_DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres) ' +
        'or run the tests through jest.config.js, whose globalSetup starts an embedded Postgres.',
    );
  }
  return url;
}
