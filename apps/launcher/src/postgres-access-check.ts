import { LauncherError } from './launcher-error';
import { findUntraversable, type TraversalProblem, type UnixUser } from './traversable';

/** The message for a folder the `postgres` user cannot enter: what happened and what to do. */
export function describeUnreachable(
  problem: TraversalProblem,
  user: UnixUser,
  what: string,
): string {
  const move =
    what === 'the data folder'
      ? '  - set KORDON_HOME to a folder every user can enter (e.g. /var/lib/kordon or /srv/kordon);'
      : '  - move the Kordon checkout to a folder every user can enter (e.g. /opt/kordon or /srv/kordon) and run npm install there;';
  return [
    `Kordon cannot run its embedded Postgres: Postgres refuses to run as root, so it runs as the "${user.name}" system user,`,
    `and that user cannot enter ${problem.dir} (mode ${problem.mode}) on the way to ${what} (${problem.target}).`,
    'Do one of:',
    move,
    '  - set DATABASE_URL to an existing PostgreSQL server, e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/kordon npm start;',
    `  - or let other users enter that folder: chmod o+x ${problem.dir}`,
  ].join('\n');
}

/**
 * Checks up front that `user` can reach the Postgres binaries and the data folder,
 * since initdb otherwise dies with a bare `spawn … EACCES`.
 */
export function checkPostgresCanReach(
  user: UnixUser,
  paths: { binaries: string; data: string },
): void {
  const checks: [string, string][] = [
    [paths.binaries, 'the Postgres binaries'],
    [paths.data, 'the data folder'],
  ];
  for (const [target, what] of checks) {
    const problem = findUntraversable(target, user);
    if (problem) throw new LauncherError(describeUnreachable(problem, user, what));
  }
}
