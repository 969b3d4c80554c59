import { existsSync } from 'node:fs';
import path from 'node:path';
import { CI_VARIABLES, type CiVariables } from './ci/ci-variables';

/** Every environment variable the CLI reads, parsed in this one place. */
export interface CliEnv {
  /** `KORDON_API_URL`. */
  apiUrl: string | undefined;
  /** `KORDON_TOKEN`. */
  token: string | undefined;
  /** `KORDON_API_PORT` (the local `npm start` instance), default 4000. */
  apiPort: number;
  /** `KORDON_HOME`, else `.kordon` in the current directory, else in the enclosing Nx workspace. */
  home: string;
  /** The CI system's variables (`CI_VARIABLES`), for the context of uploaded scans. */
  ci: CiVariables;
  /**
   * `KORDON_IN_CLUSTER_ROOT`: a folder holding `var/run/secrets/kubernetes.io/serviceaccount`
   * for `collect --in-cluster` (tests, chroots); unset = `/`.
   */
  inClusterRoot?: string;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** `.kordon` here if it exists, else next to the nearest `nx.json` above, else here. */
export function defaultKordonHome(cwd: string): string {
  const local = path.join(cwd, '.kordon');
  if (existsSync(local)) return local;
  let dir = cwd;
  for (;;) {
    if (existsSync(path.join(dir, 'nx.json'))) return path.join(dir, '.kordon');
    const parent = path.dirname(dir);
    if (parent === dir) return local;
    dir = parent;
  }
}

export function readCliEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): CliEnv {
  const port = Number(nonEmpty(env['KORDON_API_PORT']) ?? '4000');
  const home = nonEmpty(env['KORDON_HOME']);
  return {
    apiUrl: nonEmpty(env['KORDON_API_URL']),
    token: nonEmpty(env['KORDON_TOKEN']),
    apiPort: Number.isInteger(port) && port > 0 ? port : 4000,
    home: home ? path.resolve(cwd, home) : defaultKordonHome(cwd),
    inClusterRoot: nonEmpty(env['KORDON_IN_CLUSTER_ROOT']),
    ci: Object.fromEntries(
      CI_VARIABLES.flatMap((name) => {
        const value = nonEmpty(env[name]);
        return value === undefined ? [] : [[name, value]];
      }),
    ),
  };
}
