import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { LauncherError } from './launcher-error';
import type { PostgresBinaries } from './postgres-binaries';
import { runToCompletion } from './run-process';
import type { UnixUser } from './traversable';

export interface PostgresData {
  dataDir: string;
  password: string;
  /** True when initdb ran now (first start); false when existing data is reused. */
  created: boolean;
}

const asUser = (user: UnixUser | null) =>
  user ? { uid: user.uid, gid: user.gids[0] ?? user.uid } : {};

function readPassword(passwordFile: string, dataDir: string): string {
  if (!existsSync(passwordFile)) {
    throw new LauncherError(
      `The embedded Postgres data in ${dataDir} exists but its password file ${passwordFile} is missing.\n` +
        `Restore the file, or delete ${dataDir} to start over with an empty database.`,
    );
  }
  return readFileSync(passwordFile, 'utf8').trim();
}

async function initdb(
  binaries: PostgresBinaries,
  dataDir: string,
  password: string,
  user: UnixUser | null,
): Promise<void> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const pwFile = path.join(path.dirname(dataDir), `.initdb-pw-${randomBytes(4).toString('hex')}`);
  writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if (user) {
    chownSync(dataDir, user.uid, user.gids[0] ?? user.uid);
    chownSync(pwFile, user.uid, user.gids[0] ?? user.uid);
  }
  chmodSync(dataDir, 0o700);
  try {
    const args = [
      `--pgdata=${dataDir}`,
      '--username=postgres',
      `--pwfile=${pwFile}`,
      '--auth=scram-sha-256',
    ];
    args.push('--encoding=UTF8', '--locale=C', '--lc-messages=C', '--no-sync');
    const { code, output } = await runToCompletion(binaries.initdb, args, {
      ...asUser(user),
      cwd: path.dirname(dataDir), // somewhere that user can enter, unlike perhaps our own cwd
    });
    if (code !== 0) {
      throw new LauncherError(
        `initdb failed (exit code ${code}) for ${dataDir}:\n${output.slice(-15).join('\n')}`,
      );
    }
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(pwFile, { force: true });
  }
}

/**
 * The data folder (`$KORDON_HOME/postgres`, or where `locatePostgresData` put it):
 * created with initdb on the first start (the generated superuser password kept in
 * `$KORDON_HOME/postgres-password`, mode 0600), reused as is on later starts.
 */
export async function initPostgresData(
  binaries: PostgresBinaries,
  place: { home: string; dataDir: string },
  user: UnixUser | null,
): Promise<PostgresData> {
  const { dataDir } = place;
  const passwordFile = path.join(place.home, 'postgres-password');
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) {
    return { dataDir, password: readPassword(passwordFile, dataDir), created: false };
  }
  mkdirSync(place.home, { recursive: true, mode: 0o755 });
  const password = randomBytes(18).toString('hex');
  await initdb(binaries, dataDir, password, user);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  chmodSync(passwordFile, 0o600);
  return { dataDir, password, created: true };
}

export { asUser };
