import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  realpathSync,
  renameSync,
  rmSync,
  rmdirSync,
  symlinkSync,
} from 'node:fs';
import path from 'node:path';
import { LauncherError } from './launcher-error';
import { preparePgDir } from './postgres-access-check';
import { findUntraversable, type UnixUser } from './traversable';

function isSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Moves a folder, keeping owners and modes, also across file systems. */
function moveTree(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    execFileSync('cp', ['-a', from, to]);
    rmSync(from, { recursive: true, force: true });
  }
}

/** Makes room for the link: a symlink or an empty folder goes; a folder with files is kept. */
function removeLink(link: string): void {
  if (isSymlink(link)) return rmSync(link);
  if (!existsSync(link)) return;
  try {
    rmdirSync(link);
  } catch {
    throw new LauncherError(
      `${link} holds files but no Postgres data (no PG_VERSION); move it away and start again.`,
    );
  }
}

/** Where the data is now: `$KORDON_HOME/postgres`, or where that link points. */
export function currentPostgresData(home: string): string {
  const link = path.join(home, 'postgres');
  return isSymlink(link) && existsSync(link) ? realpathSync(link) : link;
}

/**
 * The embedded Postgres data folder: `$KORDON_HOME/postgres`, or — when Postgres
 * runs as a `user` who cannot enter it (root with a checkout under a mode-0700
 * `/root`) — a folder `KORDON_PG_DIR/data-<random>` that `$KORDON_HOME/postgres`
 * links to, so later starts find it. Data already under `$KORDON_HOME/postgres`
 * is moved there, not lost. Returns the real path of the folder.
 */
export function locatePostgresData(
  home: string,
  user: UnixUser | null,
  pgDir: string,
  log: (line: string) => void,
): string {
  const link = path.join(home, 'postgres');
  const current = currentPostgresData(home);
  const problem = user ? findUntraversable(current, user) : null;
  if (!user || !problem) return current;
  const outside = path.join(preparePgDir(pgDir, user), `data-${randomBytes(6).toString('hex')}`);
  const because = `the "${user.name}" user cannot enter ${problem.dir}`;
  if (existsSync(path.join(current, 'PG_VERSION'))) {
    moveTree(current, outside);
    log(`moved the embedded Postgres data from ${current} to ${outside} (${because})`);
    removeLink(link);
  } else {
    removeLink(link);
    mkdirSync(outside, { mode: 0o700 });
    chownSync(outside, user.uid, user.gids[0] ?? user.uid);
  }
  mkdirSync(home, { recursive: true, mode: 0o755 });
  symlinkSync(outside, link);
  log(`the embedded Postgres data lives in ${outside} (${link} points there; KORDON_PG_DIR)`);
  return outside;
}
