import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CliEnv } from '../cli-env';

export interface ApiTarget {
  /** Base URL without a trailing slash. */
  url: string;
  token: string | undefined;
  /** True when neither `--api` nor `KORDON_API_URL` named it (the local `npm start` instance). */
  local: boolean;
}

function readTokenFile(home: string): string | undefined {
  try {
    const token = readFileSync(path.join(home, 'admin-token'), 'utf8').trim();
    return token === '' ? undefined : token;
  } catch {
    return undefined;
  }
}

/** `--api`/`--token`, else `KORDON_API_URL`/`KORDON_TOKEN`, else the local instance and its admin token file. */
export function resolveApi(options: { api?: string; token?: string }, env: CliEnv): ApiTarget {
  const named = options.api ?? env.apiUrl;
  const url = (named ?? `http://127.0.0.1:${env.apiPort}`).replace(/\/+$/, '');
  const token = options.token ?? env.token ?? readTokenFile(env.home);
  return { url, token, local: named === undefined };
}
