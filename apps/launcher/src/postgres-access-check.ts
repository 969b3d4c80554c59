import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { LauncherError } from './launcher-error';
import { findUntraversable, type TraversalProblem, type UnixUser } from './traversable';

/** The message for a KORDON_PG_DIR the `postgres` user cannot enter: what happened and what to do. */
export function describeUnreachable(problem: TraversalProblem, user: UnixUser): string {
  return [
    `Kordon cannot run its embedded Postgres: Postgres refuses to run as root, so it runs as the "${user.name}" system user,`,
    `and that user cannot enter ${problem.dir} (mode ${problem.mode}) on the way to KORDON_PG_DIR (${problem.target}),`,
    'where the launcher puts the copy of the Postgres binaries and the data that user cannot reach in the checkout.',
    'Do one of:',
    '  - set KORDON_PG_DIR to a folder every user can enter (e.g. /var/lib/kordon or /srv/kordon);',
    '  - set DATABASE_URL to an existing PostgreSQL server, e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/kordon npm start;',
    `  - or let other users enter that folder: chmod o+x ${problem.dir}`,
  ].join('\n');
}

/**
 * Creates `KORDON_PG_DIR` (mode 0755) and checks that `user` can enter it: the
 * place for what the `postgres` user cannot reach where it is (binaries, data).
 */
export function preparePgDir(pgDir: string, user: UnixUser): string {
  const dir = path.resolve(pgDir);
  const problem = findUntraversable(dir, user);
  if (problem) throw new LauncherError(describeUnreachable(problem, user));
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  const created = findUntraversable(dir, user); // e.g. an existing mode-0700 KORDON_PG_DIR
  if (created) throw new LauncherError(describeUnreachable(created, user));
  return dir;
}
