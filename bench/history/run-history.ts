/**
 * `npm run bench:history` (`node dist/bench/history/run-history.js [--hours N]`):
 * the posture-history targets at 150,000 pods, through the real API and worker
 * processes on a fresh database of the Postgres at BENCH_DATABASE_URL (default:
 * the local server), and writes the results into docs/benchmarks.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, Pool } from 'pg';
import { applyMigrations, TokensRepository, connectDatabase } from '@kordon/db';
import { machine } from '../machine';
import { snapshotFile } from '../snapshot-file';
import { SCALE_150K } from '../synthetic-cluster';
import { writeChurnedSnapshot } from './churn';
import { copyRateBench } from './copy-rate';
import { renderHistory, type HistoryResult } from './report-history';
import { startService, waitForHttp, type Service } from './services';
import { trendBench } from './trend';
import { uploadFile, waitDone, type SnapshotState } from './upload';
import { writeBenchSection } from './write-section';
import { readModelBench, readModelBytes } from '../read-model/read-model-history';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SERVER = process.env['BENCH_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const log = (line: string) => process.stderr.write(`bench:history: ${line}\n`);

async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `kordon_bench_${Date.now()}`;
  const admin = new Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: SERVER });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function adminToken(url: string): Promise<string> {
  const database = connectDatabase(url);
  const { token } = await new TokensRepository(database).issueToken({
    name: 'bench',
    scopes: ['admin'],
  });
  await database.close();
  return token;
}

const ms = (a: string | null, b: string | null) => (a && b ? Date.parse(b) - Date.parse(a) : 0);

async function uploadAndWait(
  api: string,
  token: string,
  file: string,
  onTick: () => void,
): Promise<{ state: SnapshotState; ms: number }> {
  const started = performance.now();
  const id = await uploadFile(api, token, SCALE_150K.clusterName, file);
  const state = await waitDone(api, token, id, onTick);
  return { state, ms: performance.now() - started };
}

async function storage(
  pool: Pool,
): Promise<{ total: number; byTable: { table: string; bytes: number }[] }> {
  const { rows } = await pool.query<{ table: string; bytes: string }>(
    `SELECT c.relname AS table, pg_total_relation_size(c.oid) AS bytes FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT IN ('snapshot_chunk', '_prisma_migrations')
     ORDER BY 2 DESC`,
  );
  const byTable = rows.map((r) => ({ table: r.table, bytes: Number(r.bytes) }));
  return { total: byTable.reduce((a, t) => a + t.bytes, 0), byTable };
}

async function run(
  hours: number,
  services: Service[],
  db: { url: string },
  work: string,
): Promise<HistoryResult> {
  const port = 4900 + Math.floor(Math.random() * 90);
  const env = {
    DATABASE_URL: db.url,
    KORDON_API_PORT: String(port),
    KORDON_ANALYSIS_TIMEOUT_S: '1800',
    KORDON_HOME: work,
  };
  const apiService = startService('api', env);
  const worker = startService('worker', env);
  services.push(apiService, worker);
  const api = `http://127.0.0.1:${port}`;
  await waitForHttp(`${api}/api/v1/health`);
  const token = await adminToken(db.url);
  const file = await snapshotFile(path.join(ROOT, 'bench', 'out'), 'synthetic-150k', SCALE_150K);
  const apiBefore = apiService.rss();
  let apiMax = apiBefore;
  log('uploading the 150k-pod snapshot…');
  const first = await uploadAndWait(
    api,
    token,
    file,
    () => (apiMax = Math.max(apiMax, apiService.rss())),
  );
  const pool = new Pool({ connectionString: db.url, max: 4 });
  const readModelFirst = await readModelBytes(pool);
  const written: number[] = [first.state.written.issueRows];
  for (let h = 1; h < hours; h++) {
    const variant = path.join(work, `hour-${h}.ndjson.gz`);
    await writeChurnedSnapshot(file, variant, h, 0.01);
    const next = await uploadAndWait(api, token, variant, () => undefined);
    written.push(next.state.written.issueRows);
    log(
      `hour ${h + 1}/${hours}: done in ${(next.ms / 1000).toFixed(1)} s, ${next.state.written.issueRows} issue rows`,
    );
    rmSync(variant, { force: true });
  }
  const size = await storage(pool);
  log('read model: storage and one reachability question at 150k pods…');
  const readModel = await readModelBench(pool, api, token, readModelFirst, hours);
  const cluster = await pool.query<{ id: string }>('SELECT id FROM cluster WHERE name = $1', [
    SCALE_150K.clusterName,
  ]);
  log('COPY rate and posture trend…');
  const copy = await copyRateBench(pool, db.url, (cluster.rows[0] as { id: string }).id);
  const trend = await trendBench(pool, api, token);
  await pool.end();
  return {
    pods: SCALE_150K.deployments * SCALE_150K.podsPerDeployment,
    uploadToDoneMs: first.ms,
    intakeMs: ms(first.state.receivedAt, first.state.startedAt),
    analysisMs: ms(first.state.startedAt, first.state.finishedAt),
    workerPeakBytes: worker.peak(),
    apiGrowthBytes: Math.max(0, apiMax - apiBefore),
    firstIssueRows: written[0] ?? 0,
    secondIssueRows: written[1] ?? 0,
    snapshots: hours,
    storageBytes: size.total,
    storageByTable: size.byTable,
    copy,
    trend,
    readModel,
  };
}

async function main(argv: readonly string[]): Promise<void> {
  const at = argv.indexOf('--hours');
  const hours = at >= 0 ? Math.max(2, Number(argv[at + 1]) || 24) : 24;
  const work = mkdtempSync(path.join(tmpdir(), 'kordon-bench-history-'));
  const db = await freshDatabase();
  const services: Service[] = [];
  try {
    const result = await run(hours, services, db, work);
    const m = machine(new Date());
    const section = renderHistory(
      result,
      `Measured ${m.date.slice(0, 10)} on ${m.cpus} × ${m.cpuModel}, ${m.totalMemoryGiB} GiB, Node ${m.node}; PostgreSQL ${SERVER.replace(/\/\/[^@]*@/, '//')}.`,
    );
    process.stdout.write(section + '\n');
    writeBenchSection(path.join(ROOT, 'docs', 'benchmarks.md'), 'history', section);
  } finally {
    for (const s of services) await s.stop();
    await db.drop();
    rmSync(work, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
