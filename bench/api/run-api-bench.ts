/**
 * `npm run bench:api [-- --seconds N] [-- --skip-150k]`: the API's read
 * latencies on the seeded history (5 clusters × 90 daily 15,000-pod snapshots,
 * `seed-database.ts`), through the real API process from `dist/`, with
 * autocannon: mixed traffic at 50 requests/s (p50/p95/p99 per route), then each
 * route's ceiling alone; then one reachability question at 150,000 pods.
 * Writes docs/benchmarks.md.
 */
import { loadavg } from 'node:os';
import path from 'node:path';
import { connectDatabase } from '@kordon/db';
import { machine } from '../machine';
import type { Service } from '../history/services';
import { writeBenchSection } from '../history/write-section';
import { benchRoutes, type BenchTarget } from './api-bench-routes';
import { ceiling, mixedTraffic, warmUp } from './measure-routes';
import { renderApiBench, type ApiBenchResult } from './report-api-bench';
import { reach150k } from './reach-150k';
import { startApi } from './start-api';
import { SEED_CLUSTERS, seededDatabase, tableRowCounts } from './seed-database';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const log = (line: string) => process.stderr.write(`bench:api: ${line}\n`);
const load = () => loadavg()[0] ?? 0;

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

async function targets(api: string, headers: Record<string, string>): Promise<BenchTarget[]> {
  const out: BenchTarget[] = [];
  for (const cluster of SEED_CLUSTERS) {
    const res = await fetch(`${api}/api/v1/clusters/${cluster}/snapshots?limit=2`, { headers });
    const page = (await res.json()) as { items: { id: string }[] };
    const [latest, previous] = page.items;
    if (!latest || !previous) throw new Error(`cluster ${cluster} has fewer than 2 snapshots`);
    out.push({ cluster, latest: latest.id, previous: previous.id });
  }
  return out;
}

async function seededRun(
  seconds: number,
  services: Service[],
): Promise<Omit<ApiBenchResult, 'reach150k' | 'machine'>> {
  const db = await seededDatabase();
  log(db.built ? `seed template built in ${db.buildSeconds.toFixed(0)} s` : 'seed template reused');
  try {
    const database = connectDatabase(db.url, { maxConnections: 1 });
    const rows = await tableRowCounts(database);
    await database.close();
    const { api, headers } = await startApi(db.url, services);
    const routes = benchRoutes(await targets(api, headers), new Date());
    const first = await warmUp(api, headers, routes);
    const loadBefore = load();
    log(`mixed traffic at 50 req/s for ${seconds} s (load ${loadBefore.toFixed(1)})…`);
    const mixed = await mixedTraffic(api, headers, routes, 50, seconds);
    const loadAfter = load();
    const ceilings = new Map<string, { rps: number; p99: number; non2xx: number }>();
    for (const route of routes) {
      ceilings.set(route.name, await ceiling(api, headers, route, Math.max(5, seconds / 6)));
      log(`${route.name}: ceiling ${ceilings.get(route.name)?.rps.toFixed(0)} req/s`);
    }
    for (const s of services.splice(0)) await s.stop();
    return {
      seed: { built: db.built, buildSeconds: db.buildSeconds, copySeconds: db.copySeconds, rows },
      seconds,
      load: { before: loadBefore, after: loadAfter, ceilings: load() },
      routes: routes.map((r, i) => ({
        name: r.name,
        issue: r.issue,
        firstMs: first.get(r.name) ?? 0,
        mixed: mixed[i] as ApiBenchResult['routes'][number]['mixed'],
        ceiling: ceilings.get(r.name) ?? { rps: 0, p99: 0, non2xx: 0 },
      })),
    };
  } finally {
    await db.drop();
  }
}

async function main(): Promise<void> {
  const seconds = flag('--seconds', 60);
  const services: Service[] = [];
  try {
    const seeded = await seededRun(seconds, services);
    let reach: Awaited<ReturnType<typeof reach150k>> | null = null;
    if (!process.argv.includes('--skip-150k'))
      reach = await reach150k(services, log).catch((error: unknown) => {
        log(`150k reach failed: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      });
    const result: ApiBenchResult = { ...seeded, reach150k: reach, machine: machine(new Date()) };
    const section = renderApiBench(result);
    process.stdout.write(section + '\n');
    writeBenchSection(path.join(ROOT, 'docs', 'benchmarks.md'), 'api', section);
  } finally {
    for (const s of services) await s.stop();
  }
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
