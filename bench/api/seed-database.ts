/**
 * The benchmark seed (issues #9/#10): 5 clusters × 90 daily snapshots of the
 * 15,000-pod synthetic cluster with 1% daily churn, written with COPY.
 *
 * `seededDatabase()` answers a fresh database copied (CREATE DATABASE …
 * TEMPLATE) from the template `kordon_bench_seed`, building the template first
 * when it is missing or was built from other migrations, generator or seed
 * code. Building analyses two snapshots through the real worker — the cluster
 * as generated (A) and with every Deployment's containers flipped to or from
 * privileged (B) — and composes each day from them: see docs/benchmarks.md.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  applyMigrations,
  createDatabase,
  connectDatabase,
  dropDatabase,
  dropSeedScaffolding,
  loadSeedVariant,
  promoteToTemplate,
  tableRowCounts,
  templateKey,
  TokensRepository,
  writeSeedCluster,
  type SeedCluster,
  type SeedVariant,
} from '@kordon/db';
import { writeChurnedSnapshot } from '../history/churn';
import { startService, waitForHttp, type Service } from '../history/services';
import { uploadFile, waitDone } from '../history/upload';
import { scaled, snapshotFile } from '../snapshot-file';
import { GENERATOR_VERSION, SCALE_150K } from '../synthetic-cluster';
import { churnSchedule } from './churn-schedule';
import { composeLifecycle, type SeedDay } from './compose-lifecycle';
import { composeSnapshots } from './compose-snapshots';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SEED_SERVER =
  process.env['BENCH_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
export const SEED_TEMPLATE = 'kordon_bench_seed';
/** Bump when the composition changes: a template built by other code is rebuilt. */
const SEED_VERSION = 2;

export const SEED_SHAPE = { clusters: 5, days: 90, scale: 0.1, churn: 0.01 } as const;
export const SEED_CLUSTERS = Array.from(
  { length: SEED_SHAPE.clusters },
  (_, i) => `bench-${i + 1}`,
);
const VARIANTS = { a: 'seed-state-a', b: 'seed-state-b' };

export const seedLog = (line: string) => process.stderr.write(`bench:seed: ${line}\n`);

/** The migrations a template was built with: a template from other migrations is rebuilt. */
export function migrationsKey(): { last: string | undefined; migrations: number } {
  const migrations = readdirSync(path.join(ROOT, 'prisma', 'migrations'))
    .filter((m) => !m.endsWith('.toml'))
    .sort();
  return { last: migrations[migrations.length - 1], migrations: migrations.length };
}

function seedKey(): string {
  return JSON.stringify({
    seed: SEED_VERSION,
    generator: GENERATOR_VERSION,
    shape: SEED_SHAPE,
    ...migrationsKey(),
  });
}

/**
 * Starts the API and the worker from `dist/` on `url` and hands `use` an admin
 * token; the uploads made there are analysed by the real worker.
 */
export async function withPipeline(
  url: string,
  use: (api: string, token: string, work: string) => Promise<void>,
): Promise<void> {
  if (!existsSync(path.join(ROOT, 'dist', 'apps', 'worker', 'src', 'main.js')))
    throw new Error('dist/ is missing: run `node tools/build.mjs` first');
  const work = mkdtempSync(path.join(tmpdir(), 'kordon-bench-seed-'));
  const port = 4900 + Math.floor(Math.random() * 90);
  const env = { DATABASE_URL: url, KORDON_API_PORT: String(port), KORDON_HOME: work };
  const services: Service[] = [startService('api', env), startService('worker', env)];
  try {
    const api = `http://127.0.0.1:${port}`;
    await waitForHttp(`${api}/api/v1/health`);
    const database = connectDatabase(url);
    const { token } = await new TokensRepository(database).issueToken({
      name: 'bench-seed',
      scopes: ['admin'],
    });
    await database.close();
    await use(api, token, work);
  } finally {
    for (const s of services) await s.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

/** Uploads `file` to `cluster` and waits until the worker has analysed it. */
export async function uploadAnalysed(
  api: string,
  token: string,
  cluster: string,
  file: string,
): Promise<void> {
  const started = performance.now();
  const id = await uploadFile(api, token, cluster, file);
  await waitDone(api, token, id);
  seedLog(`${cluster} analysed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function analyseStates(url: string): Promise<void> {
  await withPipeline(url, async (api, token, work) => {
    const options = scaled(SCALE_150K, SEED_SHAPE.scale);
    const source = await snapshotFile(path.join(ROOT, 'bench', 'out'), 'synthetic-15k', options);
    const fileA = path.join(work, 'state-a.ndjson.gz');
    const fileB = path.join(work, 'state-b.ndjson.gz');
    await writeChurnedSnapshot(source, fileA, 0, 0, VARIANTS.a);
    await writeChurnedSnapshot(source, fileB, 0, 1, VARIANTS.b);
    await uploadAnalysed(api, token, VARIANTS.a, fileA);
    await uploadAnalysed(api, token, VARIANTS.b, fileB);
  });
}

/** Day i of cluster c: midnight UTC (90 − i) days before today's, plus c × 7 minutes. */
function seedDays(cluster: number, today: Date): SeedDay[] {
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Array.from({ length: SEED_SHAPE.days }, (_, i) => ({
    id: randomUUID(),
    at: new Date(midnight - (SEED_SHAPE.days - i) * 86_400_000 + cluster * 7 * 60_000),
  }));
}

function composeCluster(a: SeedVariant, b: SeedVariant, index: number, today: Date): SeedCluster {
  const days = seedDays(index, today);
  const schedule = churnSchedule(a, b, days.length, 1000 + index, SEED_SHAPE.churn);
  const lifecycle = composeLifecycle(a, b, schedule, days);
  const documents = new Map<string, { body: Buffer; createdAt: Date }>();
  const snapshots = composeSnapshots(a, b, schedule, days, lifecycle, documents);
  return {
    id: randomUUID(),
    name: SEED_CLUSTERS[index] as string,
    snapshots,
    issues: lifecycle.issues,
    spans: lifecycle.spans,
    workloadSpans: lifecycle.workloadSpans,
    documents,
  };
}

async function buildTemplate(server: string, key: string): Promise<void> {
  const name = `kordon_bench_seed_build_${Date.now()}`;
  const url = await createDatabase(server, name);
  try {
    await applyMigrations(url);
    const started = performance.now();
    await analyseStates(url);
    const database = connectDatabase(url, { maxConnections: 4 });
    try {
      const [a, b] = [
        await loadSeedVariant(database, VARIANTS.a),
        await loadSeedVariant(database, VARIANTS.b),
      ];
      const today = new Date();
      for (let c = 0; c < SEED_SHAPE.clusters; c++) {
        const t0 = performance.now();
        const cluster = composeCluster(a, b, c, today);
        await writeSeedCluster(database, cluster);
        seedLog(
          `${cluster.name}: ${cluster.snapshots.length} snapshots in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
        );
      }
      await dropSeedScaffolding(database, Object.values(VARIANTS));
    } finally {
      await database.close();
    }
    await promoteToTemplate(server, name, SEED_TEMPLATE, key);
    seedLog(
      `template ${SEED_TEMPLATE} built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    await dropDatabase(server, name).catch(() => undefined);
    throw error;
  }
}

export interface SeededDatabase {
  url: string;
  name: string;
  /** Whether the template had to be built (false: copied from the cached template). */
  built: boolean;
  /** Seconds to build (when built) and to copy. */
  buildSeconds: number;
  copySeconds: number;
  drop(): Promise<void>;
}

/**
 * A fresh copy of the template database `template`, built first by `build`
 * (into a new database, then renamed) when missing or built with another key.
 */
export async function fromTemplate(
  template: string,
  key: string,
  build: (server: string, key: string) => Promise<void>,
  options: { server?: string; rebuild?: boolean; name?: string } = {},
): Promise<SeededDatabase> {
  const server = options.server ?? SEED_SERVER;
  let built = false;
  const t0 = performance.now();
  if (options.rebuild || (await templateKey(server, template)) !== key) {
    await build(server, key);
    built = true;
  }
  const t1 = performance.now();
  const name = options.name ?? `kordon_bench_api_${Date.now()}`;
  const url = await createDatabase(server, name, template);
  return {
    url,
    name,
    built,
    buildSeconds: (t1 - t0) / 1000,
    copySeconds: (performance.now() - t1) / 1000,
    drop: () => dropDatabase(server, name),
  };
}

/**
 * A fresh database holding the seeded history, for one benchmark run; `drop()`
 * it afterwards. `rebuild` forces a new template. Needs `dist/` (the worker
 * analyses the two states once per template).
 */
export function seededDatabase(
  options: { server?: string; rebuild?: boolean; name?: string } = {},
): Promise<SeededDatabase> {
  return fromTemplate(SEED_TEMPLATE, seedKey(), buildTemplate, options);
}

export { tableRowCounts };
