import { takeServer } from './global-setup';
import { EMBEDDED_SERVER_URL_VAR } from './test-server-url';

/** Jest globalTeardown: stops the embedded Postgres started by globalSetup, if any. */
export default async function globalTeardown(): Promise<void> {
  const server = takeServer();
  delete process.env[EMBEDDED_SERVER_URL_VAR];
  if (server) await server.stop();
}
