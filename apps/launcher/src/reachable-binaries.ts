import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { preparePgDir } from './postgres-access-check';
import { binariesIn, type PostgresBinaries } from './postgres-binaries';
import { findUntraversable, type UnixUser } from './traversable';

/**
 * The Postgres binaries as `user` can run them: the npm package's own when that
 * user can reach them, otherwise a copy in `KORDON_PG_DIR/postgres-<version>-<platform>-<arch>`
 * (made once, reused by later starts and by other checkouts of the same version).
 */
export function reachableBinaries(
  binaries: PostgresBinaries,
  user: UnixUser | null,
  pgDir: string,
  log: (line: string) => void,
): PostgresBinaries {
  if (!user) return binaries;
  const problem = findUntraversable(binaries.nativeDir, user);
  if (!problem) return binaries;
  const base = preparePgDir(pgDir, user);
  const copy = path.join(base, `postgres-${binaries.version}-${process.platform}-${process.arch}`);
  const because = `the "${user.name}" user cannot enter ${problem.dir}`;
  if (existsSync(path.join(copy, 'bin', 'postgres'))) {
    log(`running the Postgres binaries from ${copy} (${because})`);
  } else {
    copyTree(realpathSync(binaries.nativeDir), copy);
    log(`copied the Postgres binaries to ${copy} (${because}); later starts reuse them`);
  }
  return binariesIn(copy, binaries.version);
}

/** Copies a folder (symlinks kept, everything readable by all) into place atomically. */
function copyTree(from: string, to: string): void {
  const partial = `${to}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  try {
    execFileSync('cp', [
      '-R',
      '--preserve=mode,timestamps,links',
      '--no-dereference',
      from,
      partial,
    ]);
    execFileSync('chmod', ['-R', 'a+rX,go-w', partial]);
    renameSync(partial, to);
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}
