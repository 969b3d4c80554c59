/**
 * The real product for a browser test file: the launcher starts the API, the worker and the
 * built dashboard (`npm run build` first) on a fresh database of the test Postgres, and the
 * shared history (seed-history.ts) is uploaded through the API. One stack per test file.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@kordon/testing';
import { startKordon } from '../../../launcher/src/start-kordon';
import { adminApi, type AdminApi } from './admin-api';
import { REPO_ROOT } from './demo-cluster';
import { freePorts } from './free-port';
import { seedHistory, type SeededHistory } from './seed-history';

export interface Credentials {
  email: string;
  password: string;
}

export interface DashboardStack {
  webUrl: string;
  apiUrl: string;
  /** The launcher's first admin (its password as the launcher printed it). */
  admin: Credentials;
  api: AdminApi;
  /** Null when started with `seed: false`. */
  seed: SeededHistory | null;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Upload the shared history (default true); false gives an empty Kordon (no clusters). */
  seed?: boolean;
}

function assertBuilt(): void {
  if (!existsSync(path.join(REPO_ROOT, 'apps/web/.next/BUILD_ID'))) {
    throw new Error(
      'apps/web is not built: run `npm run build` (dist/ and the dashboard) before the browser tests',
    );
  }
}

export async function startDashboardStack(options: StackOptions = {}): Promise<DashboardStack> {
  assertBuilt();
  const database: TestDatabase = await createTestDatabase();
  const home = await mkdtemp(path.join(tmpdir(), 'kordon-web-e2e-home-'));
  const [apiPort = 0, webPort = 0, pgPort = 0] = await freePorts(3);
  const launcherLog: string[] = [];
  let kordon: Awaited<ReturnType<typeof startKordon>> | undefined;
  const stop = async () => {
    await kordon?.stop();
    await database.drop();
    await rm(home, { recursive: true, force: true });
  };
  try {
    kordon = await startKordon({
      home,
      databaseUrl: database.url,
      apiPort,
      webPort,
      pgPort,
      startWeb: true,
      log: (line) => launcherLog.push(line),
    });
    const adminToken =
      kordon.adminToken ?? (await readFile(path.join(home, 'admin-token'), 'utf8')).trim();
    if (!kordon.adminPassword) throw new Error('the launcher printed no admin password');
    const api = adminApi(kordon.apiUrl, adminToken);
    const seed = options.seed === false ? null : await seedHistory(api);
    return {
      webUrl: kordon.webUrl,
      apiUrl: kordon.apiUrl,
      admin: { email: kordon.adminEmail, password: kordon.adminPassword },
      api,
      seed,
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    const tail = launcherLog.slice(-40).join('\n');
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n--- launcher output ---\n${tail}`,
    );
  }
}
