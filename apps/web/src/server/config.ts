/**
 * The dashboard server's configuration. This is the only file that reads
 * `process.env`; it does so on every request, so a built app can be pointed at
 * another API without rebuilding. The dashboard holds no token: it reads the API
 * with the signed-in user's session (server/session-headers.ts).
 */
export interface WebConfig {
  /** Base URL of the Kordon API, without a trailing slash. */
  apiUrl: string;
}

const DEFAULT_API_URL = 'http://127.0.0.1:4000';

type Env = Record<string, string | undefined>;

/** Reads the configuration now (per request). The parameter exists for tests. */
export function loadWebConfig(env: Env = process.env): WebConfig {
  const apiUrl = (env.KORDON_API_URL?.trim() || DEFAULT_API_URL).replace(/\/+$/, '');
  return { apiUrl };
}
