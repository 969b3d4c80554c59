import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The dashboard server's configuration. This is the only file that reads
 * `process.env`; it does so on every request, so a built app can be pointed at
 * another API without rebuilding.
 */
export interface WebConfig {
  /** Base URL of the Kordon API, without a trailing slash. */
  apiUrl: string;
  /** Bearer token for the API, or null when none was found. */
  token: string | null;
  /** Where the token came from, for error messages. */
  tokenSource: string;
}

const DEFAULT_API_URL = 'http://127.0.0.1:4000';
const DEFAULT_HOME = '.kordon';

/** The closest folder at or above `start` holding `nx.json` (the repo root), if any. */
function findRepoRoot(start: string): string | null {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, 'nx.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Candidate token files: `$KORDON_HOME/admin-token`, relative homes tried from cwd then the repo root. */
function tokenFileCandidates(home: string, cwd: string): string[] {
  if (path.isAbsolute(home)) return [path.join(home, 'admin-token')];
  const bases = [cwd, findRepoRoot(cwd)].filter((base): base is string => base !== null);
  return [...new Set(bases.map((base) => path.resolve(base, home, 'admin-token')))];
}

type Env = Record<string, string | undefined>;

function readToken(env: Env, home: string, cwd: string): { token: string | null; source: string } {
  const fromEnv = env.KORDON_WEB_TOKEN?.trim();
  if (fromEnv) return { token: fromEnv, source: 'KORDON_WEB_TOKEN' };
  const candidates = tokenFileCandidates(home, cwd);
  for (const file of candidates) {
    try {
      const token = readFileSync(file, 'utf8').trim();
      if (token) return { token, source: file };
    } catch {
      // Not there (or unreadable): try the next candidate.
    }
  }
  return {
    token: null,
    source: `none (KORDON_WEB_TOKEN unset; no token in ${candidates.join(', ')})`,
  };
}

/** Reads the configuration now (per request). The parameters exist for tests. */
export function loadWebConfig(env: Env = process.env, cwd: string = process.cwd()): WebConfig {
  const apiUrl = (env.KORDON_API_URL?.trim() || DEFAULT_API_URL).replace(/\/+$/, '');
  const home = env.KORDON_HOME?.trim() || DEFAULT_HOME;
  const { token, source } = readToken(env, home, cwd);
  return { apiUrl, token, tokenSource: source };
}
