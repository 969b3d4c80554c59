import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** A system user as far as file permissions are concerned. */
export interface UnixUser {
  name: string;
  uid: number;
  gids: number[];
}

export interface TraversalProblem {
  /** The folder the user cannot enter. */
  dir: string;
  /** Its mode, e.g. `0700`. */
  mode: string;
  /** The path that was being checked. */
  target: string;
}

/** Whether `user` may enter (execute bit) a folder with this owner and mode. */
export function canTraverse(
  stat: { uid: number; gid: number; mode: number },
  user: UnixUser,
): boolean {
  if (user.uid === 0) return true;
  if (stat.uid === user.uid) return (stat.mode & 0o100) !== 0;
  if (user.gids.includes(stat.gid)) return (stat.mode & 0o010) !== 0;
  return (stat.mode & 0o001) !== 0;
}

/**
 * The first folder on the way from `/` to `target` that `user` cannot enter, or
 * null. A target that does not exist yet is checked up to its nearest existing
 * ancestor (the folders Kordon creates below it are traversable).
 */
export function findUntraversable(target: string, user: UnixUser): TraversalProblem | null {
  const absolute = path.resolve(target);
  const parts = absolute.split(path.sep).filter(Boolean);
  let dir: string = path.sep;
  for (let i = 0; i <= parts.length; i += 1) {
    if (!existsSync(dir)) return null;
    const stat = statSync(dir);
    if (stat.isDirectory() && !canTraverse(stat, user)) {
      return { dir, mode: `0${(stat.mode & 0o777).toString(8)}`, target: absolute };
    }
    const next = parts[i];
    if (next === undefined) break;
    dir = path.join(dir, next);
  }
  return null;
}
