/**
 * `npm run bench:web [-- --runs N]`: how long each dashboard route takes, in Chromium, from
 * navigation to its main content being visible, against the benchmark seed (5 clusters × 90
 * daily 15,000-pod snapshots, bench/api/seed-database.ts). The launcher runs the API, worker
 * and built dashboard from dist/ and apps/web/.next (`npm run build` first). Target: 2 s.
 * Writes its section of docs/benchmarks.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { freePort } from '@kordon/testing';
import { startKordon } from '../../apps/launcher/src/start-kordon';
import { writeBenchSection } from '../history/write-section';
import { machine } from '../machine';
import { SEED_CLUSTERS, seededDatabase } from '../api/seed-database';
import { renderWebBench, type RouteTiming } from './report-web-bench';
import { webRoutes, type WebTargets } from './web-bench-routes';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const TARGET_MS = 2000;
const log = (line: string) => process.stderr.write(`bench:web: ${line}\n`);

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

async function targets(apiUrl: string, token: string): Promise<WebTargets> {
  const headers = { authorization: `Bearer ${token}` };
  const get = async <T>(route: string): Promise<T> => {
    const res = await fetch(`${apiUrl}/api/v1${route}`, { headers });
    if (!res.ok) throw new Error(`${route} answered ${res.status}`);
    return (await res.json()) as T;
  };
  const cluster = SEED_CLUSTERS[0] ?? 'bench-1';
  const snapshots = await get<{ items: { id: string; status: string }[] }>(
    `/clusters/${cluster}/snapshots?limit=5`,
  );
  const latest = snapshots.items.find((s) => s.status === 'done');
  if (!latest) throw new Error(`${cluster} has no analysed snapshot`);
  const workloads = await get<{ items: { namespace: string; kind: string; name: string }[] }>(
    `/snapshots/${latest.id}/workloads?limit=1`,
  );
  const workload = workloads.items[0];
  if (!workload) throw new Error(`snapshot ${latest.id} has no workload`);
  return { cluster, latest: latest.id, workload };
}

async function signIn(page: Page, webUrl: string, email: string, password: string) {
  await page.goto(`${webUrl}/login`);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
}

const TIMEOUT_MS = 30_000;

/** Milliseconds from navigation start to `ready` visible; the timeout when it never shows. */
async function timeRoute(page: Page, url: string, ready: string): Promise<number> {
  const started = performance.now();
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    await page.locator(ready).first().waitFor({ state: 'visible', timeout: TIMEOUT_MS });
  } catch (error) {
    log(
      `${url}: ${ready} not visible (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
    );
    return Number.POSITIVE_INFINITY;
  }
  return performance.now() - started;
}

async function main(): Promise<void> {
  const runs = flag('--runs', 5);
  const db = await seededDatabase();
  log(db.built ? `seed template built in ${db.buildSeconds.toFixed(0)} s` : 'seed template reused');
  const home = mkdtempSync(path.join(tmpdir(), 'kordon-bench-web-'));
  const profile = mkdtempSync(path.join(tmpdir(), 'kordon-bench-web-chromium-'));
  const ports = new Set<number>();
  while (ports.size < 3) ports.add(await freePort());
  const [apiPort = 0, webPort = 0, pgPort = 0] = [...ports];
  const kordon = await startKordon({
    home,
    databaseUrl: db.url,
    apiPort,
    webPort,
    pgPort,
    startWeb: true,
    log: () => undefined,
  });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
    viewport: { width: 1440, height: 900 },
  });
  const stopOnSignal = () => {
    void context
      .close()
      .finally(() => kordon.stop())
      .finally(() => db.drop())
      .finally(() => process.exit(130));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    if (!kordon.adminPassword || !kordon.adminToken)
      throw new Error('the seeded database already had an admin: no password to sign in with');
    const page = context.pages()[0] ?? (await context.newPage());
    await signIn(page, kordon.webUrl, kordon.adminEmail, kordon.adminPassword);
    const routes = webRoutes(await targets(kordon.apiUrl, kordon.adminToken));
    const timings: RouteTiming[] = [];
    const loadBefore = loadavg()[0] ?? 0;
    for (const route of routes) {
      const url = `${kordon.webUrl}${route.path}`;
      const firstMs = await timeRoute(page, url, route.ready);
      const samples: number[] = [];
      for (let i = 0; i < runs; i += 1) samples.push(await timeRoute(page, url, route.ready));
      timings.push({ name: route.name, path: route.path, firstMs, samples });
      log(
        `${route.name}: first ${firstMs.toFixed(0)} ms, ${samples.map((s) => s.toFixed(0)).join(' ')} ms`,
      );
    }
    const section = renderWebBench({
      machine: machine(new Date()),
      seed: { built: db.built, buildSeconds: db.buildSeconds, copySeconds: db.copySeconds },
      clusters: SEED_CLUSTERS.length,
      runs,
      targetMs: TARGET_MS,
      load: { before: loadBefore, after: loadavg()[0] ?? 0 },
      timings,
    });
    writeBenchSection(path.join(ROOT, 'docs', 'benchmarks.md'), 'web', section);
    process.stdout.write(`${section}\n`);
  } finally {
    await context.close();
    await kordon.stop();
    await db.drop();
    rmSync(home, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:web failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
