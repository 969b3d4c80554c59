/**
 * The client's address the dashboard passes to the API (apps/web/server.mjs): over real HTTP,
 * the built dashboard's own server in front of a real API on the test Postgres. A client talking
 * to the dashboard directly cannot choose its address with X-Forwarded-For (the per-address
 * sign-in limit trips across spoofed headers); a configured trusted proxy can name the client.
 * Needs `npm run build:web` first.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AuditEventView } from '@kordon/contracts';
import { startApi, TEST_PASSWORD, type ApiHarness } from '../../api/test/api-harness';
import { REPO_ROOT } from './support/demo-cluster';
import { freePorts } from './support/free-port';

const SERVER = 'apps/web/server.mjs';
const NEXT = 'node_modules/next/dist/bin/next';

interface Dashboard {
  url: string;
  stop(): Promise<void>;
}

/** How the built dashboard is served: its own server (as `npm start` runs it), or plain Next. */
const SERVE = {
  server: {
    args: (port: number) => [SERVER, '--port', String(port)],
    ready: 'kordon-web: listening on',
  },
  'next start': {
    args: (port: number) => [NEXT, 'start', 'apps/web', '-p', String(port), '-H', '127.0.0.1'],
    ready: 'Ready in',
  },
};

/** Runs the dashboard until it says it listens. */
async function startDashboard(
  apiUrl: string,
  trustedProxies: string,
  how: keyof typeof SERVE = 'server',
): Promise<Dashboard> {
  const [port = 0] = await freePorts(1);
  const child = spawn(process.execPath, SERVE[how].args(port), {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      KORDON_API_URL: apiUrl,
      KORDON_TRUSTED_PROXIES: trustedProxies,
      NEXT_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(SERVE[how].ready)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`the dashboard exited:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A password sign-in through the dashboard's /auth proxy, with extra request headers. */
async function signIn(
  dashboard: Dashboard,
  email: string,
  headers: Record<string, string> = {},
  password = 'wrong password',
): Promise<{ status: number; code: unknown }> {
  const response = await fetch(`${dashboard.url}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { code?: unknown };
  return { status: response.status, code: body.code };
}

/** The address the API recorded for the failed sign-ins of this email (audit log). */
async function recordedAddresses(api: ApiHarness, email: string): Promise<unknown[]> {
  const response = await fetch(
    `${await api.app.getUrl()}/api/v1/audit-events?action=user.sign_in_failed&limit=200`,
    { headers: { authorization: `Bearer ${api.adminToken}` } },
  );
  const page = (await response.json()) as { items: AuditEventView[] };
  return page.items.filter((event) => event.details['email'] === email).map((e) => e.details['ip']);
}

async function listeningApi(env: Record<string, string>): Promise<ApiHarness> {
  const api = await startApi(env);
  await api.app.listen(0, '127.0.0.1');
  return api;
}

const LIMITS = { KORDON_SIGNIN_MAX_FAILURES: '100', KORDON_SIGNIN_MAX_FAILURES_PER_IP: '3' };

beforeAll(() => {
  if (!existsSync(path.join(REPO_ROOT, 'apps/web/.next/BUILD_ID')))
    throw new Error('apps/web is not built: run `npm run build:web` before this test');
});

describe('a client talking to the dashboard directly (no trusted proxies)', () => {
  let api: ApiHarness;
  let dashboard: Dashboard;
  beforeAll(async () => {
    api = await listeningApi(LIMITS);
    dashboard = await startDashboard(await api.app.getUrl(), '');
  });
  afterAll(async () => {
    await dashboard?.stop();
    await api?.close();
  });

  it('reaches the API as its socket address whatever X-Forwarded-For or X-Real-IP it sends, so the per-address limit trips', async () => {
    const user = await api.createUser('viewer', { email: 'direct@example.test' });
    for (const [index, spoofed] of ['203.0.113.1', '203.0.113.2', '203.0.113.3'].entries()) {
      const answer = await signIn(dashboard, `nobody-${index}@example.test`, {
        'x-forwarded-for': spoofed,
        'x-real-ip': spoofed,
        forwarded: `for=${spoofed}`,
      });
      expect(answer).toEqual({ status: 401, code: 'unauthorized' });
      expect(await recordedAddresses(api, `nobody-${index}@example.test`)).toEqual(['127.0.0.1']);
    }
    const limited = await signIn(
      dashboard,
      user.email,
      { 'x-forwarded-for': '198.51.100.99' },
      TEST_PASSWORD,
    );
    expect(limited).toEqual({ status: 429, code: 'rate_limited' });
  });
});

describe('behind a trusted proxy (KORDON_TRUSTED_PROXIES=loopback,192.0.2.0/24)', () => {
  let api: ApiHarness;
  let dashboard: Dashboard;
  beforeAll(async () => {
    api = await listeningApi(LIMITS);
    dashboard = await startDashboard(await api.app.getUrl(), 'loopback, 192.0.2.0/24');
  });
  afterAll(async () => {
    await dashboard?.stop();
    await api?.close();
  });

  it('counts the clients the proxy names separately: the per-address limit does not trip', async () => {
    for (const [index, client] of [
      '203.0.113.21',
      '203.0.113.22',
      '203.0.113.23',
      '203.0.113.24',
    ].entries()) {
      const email = `proxied-${index}@example.test`;
      const answer = await signIn(dashboard, email, { 'x-forwarded-for': client });
      expect(answer).toEqual({ status: 401, code: 'unauthorized' });
      expect(await recordedAddresses(api, email)).toEqual([client]);
    }
  });

  it.each([
    ['the only hop', '203.0.113.30', '203.0.113.30'],
    [
      'the rightmost untrusted hop, not what the client put in front',
      '198.51.100.7, 203.0.113.31',
      '203.0.113.31',
    ],
    ['the hop before a trusted proxy of the chain', '198.51.100.8, 192.0.2.5', '198.51.100.8'],
    [
      'the last trusted proxy when the hop before it is not an address',
      'unknown, 192.0.2.6',
      '192.0.2.6',
    ],
    ['the proxy itself without X-Forwarded-For', null, '127.0.0.1'],
  ])('passes %s (X-Forwarded-For: %s → %s)', async (_case, forwardedFor, expected) => {
    const email = `chain-${expected}-${forwardedFor === null ? 'none' : forwardedFor.length}@example.test`;
    const headers: Record<string, string> =
      forwardedFor === null ? {} : { 'x-forwarded-for': forwardedFor };
    expect(await signIn(dashboard, email, headers)).toEqual({ status: 401, code: 'unauthorized' });
    expect(await recordedAddresses(api, email)).toEqual([expected]);
  });
});

describe('served by plain `next start` (without the dashboard server)', () => {
  let api: ApiHarness;
  let dashboard: Dashboard;
  beforeAll(async () => {
    api = await listeningApi(LIMITS);
    dashboard = await startDashboard(await api.app.getUrl(), '', 'next start');
  });
  afterAll(async () => {
    await dashboard?.stop();
    await api?.close();
  });

  it('passes no client address, so the API counts the sign-in as the dashboard’s, not the spoofed one', async () => {
    const email = 'plain-next@example.test';
    const answer = await signIn(dashboard, email, { 'x-forwarded-for': '203.0.113.77' });
    expect(answer).toEqual({ status: 401, code: 'unauthorized' });
    expect(await recordedAddresses(api, email)).toEqual(['127.0.0.1']);
  });
});

it('refuses to start with an invalid KORDON_TRUSTED_PROXIES, naming the entry', async () => {
  const child = spawn(process.execPath, [SERVER], {
    cwd: REPO_ROOT,
    env: { ...process.env, KORDON_TRUSTED_PROXIES: '10.0.0.1, 10.0.0.0/33' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(code).toBe(2);
  expect(stderr).toContain('KORDON_TRUSTED_PROXIES: "10.0.0.0/33" is not an IP address');
});
