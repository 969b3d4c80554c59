import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '@kordon/testing';

export interface TestAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
  kordon_clusters?: string[];
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

/** Starts the real oidc-provider on 127.0.0.1 as a child process, ready for discovery. */
export async function startTestProvider(
  redirectUri: string,
  accounts: Record<string, TestAccount>,
): Promise<TestProvider> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'oidc-provider.mjs')], {
    env: { ...process.env, OIDC_TEST_CONFIG: JSON.stringify({ port, redirectUri, accounts }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`oidc-provider did not start:\n${output.join('')}`)),
      15_000,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join('').includes('oidc-provider ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`oidc-provider exited (${code}):\n${output.join('')}`));
    });
  });
  return {
    issuer: `http://127.0.0.1:${port}`,
    clientId: 'kordon',
    clientSecret: 'kordon-test-secret',
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Follows the provider's redirects like a browser would (keeping its cookies) from the
 * authorization URL until it redirects to `callbackPrefix`; returns that URL.
 */
export async function authorizeAs(
  authorizationUrl: string,
  accountId: string,
  callbackPrefix: string,
): Promise<URL> {
  const jar = new Map<string, string>();
  let url = new URL(authorizationUrl);
  url.searchParams.set('login_hint', accountId);
  for (let hop = 0; hop < 12; hop++) {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const location = res.headers.get('location');
    if (!location) throw new Error(`the provider answered ${res.status}: ${await res.text()}`);
    url = new URL(location, url);
    if (url.toString().startsWith(callbackPrefix)) return url;
  }
  throw new Error('too many redirects at the provider');
}
