/**
 * `npm run bench:read-model` (`node dist/bench/read-model/run-read-model-api.js`):
 * the read-model routes of issue #10 through the real API and worker on a fresh
 * database, seeded with the 15,000-pod synthetic snapshot; each route is asked
 * 500 times at 50 requests/s after one warm-up request. Writes docs/benchmarks.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { applyMigrations, TokensRepository, connectDatabase } from '@kordon/db';
import { machine } from '../machine';
import { scaled, snapshotFile } from '../snapshot-file';
import { SCALE_150K } from '../synthetic-cluster';
import { startService, waitForHttp, type Service } from '../history/services';
import { uploadFile, waitDone } from '../history/upload';
import { writeBenchSection } from '../history/write-section';
import { measureAtRate, timeOnce, type RateResult } from './measure-at-rate';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SERVER = process.env['BENCH_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const log = (line: string) => process.stderr.write(`bench:read-model: ${line}\n`);

async function withDatabase<T>(use: (url: string) => Promise<T>): Promise<T> {
  const name = `kordon_bench_rm_${Date.now()}`;
  const admin = new Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  try {
    await applyMigrations(url.toString());
    return await use(url.toString());
  } finally {
    const c = new Client({ connectionString: SERVER });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  }
}

const routes = (snapshot: string): [string, string][] => {
  const base = `/api/v1/snapshots/${snapshot}`;
  const from = 'ns-00166/Deployment/app-166';
  const to = 'ns-00333/Deployment/app-1333';
  return [
    ['workload detail', `${base}/workloads/${from}`],
    ['workload list page (50)', `${base}/workloads?limit=50&namespace=ns-00166`],
    ['namespace matrix (network view)', `${base}/network`],
    ['matrix cell', `${base}/network/matrix/ns-00166/ns-00333`],
    ['reachability question', `${base}/network/reach?from=${from}&to=${to}&port=8080`],
    ['namespaces view', `${base}/namespaces`],
  ];
};

async function run(url: string, work: string, services: Service[]) {
  const port = 4800 + Math.floor(Math.random() * 90);
  const env = { DATABASE_URL: url, KORDON_API_PORT: String(port), KORDON_HOME: work };
  services.push(startService('api', env), startService('worker', env));
  const api = `http://127.0.0.1:${port}`;
  await waitForHttp(`${api}/api/v1/health`);
  const database = connectDatabase(url);
  const { token } = await new TokensRepository(database).issueToken({
    name: 'bench',
    scopes: ['admin'],
  });
  await database.close();
  const options = scaled(SCALE_150K, 0.1);
  const file = await snapshotFile(path.join(ROOT, 'bench', 'out'), 'synthetic-15k', options);
  log('uploading the 15k-pod snapshot…');
  const id = await uploadFile(api, token, options.clusterName, file);
  await waitDone(api, token, id, () => undefined);
  const headers = { authorization: `Bearer ${token}` };
  const out: { name: string; firstMs: number; result: RateResult }[] = [];
  for (const [name, route] of routes(id)) {
    const firstMs = await timeOnce(api + route, headers);
    const result = await measureAtRate([api + route], headers, 50, 500);
    log(`${name}: p95 ${result.p95Ms.toFixed(1)} ms`);
    out.push({ name, firstMs, result });
  }
  return out;
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'kordon-bench-rm-'));
  const services: Service[] = [];
  try {
    const rows = await withDatabase((url) => run(url, work, services));
    const m = machine(new Date());
    const ok = (r: RateResult) => r.p95Ms < 50 && r.errors === 0;
    const section = [
      '### Read model II routes at 15,000 pods (`npm run bench:read-model`)',
      '',
      `Measured ${m.date.slice(0, 10)} on ${m.cpus} × ${m.cpuModel}, Node ${m.node}: the 15,000-pod synthetic snapshot (1,501 workloads, 501 namespaces) through the real API and worker; per route one first request (it fills the API's caches), then 500 at 50 requests/s.`,
      '',
      '| route | first | p50 | p95 | max | errors | target p95 < 50 ms |',
      '|---|---|---|---|---|---|---|',
      ...rows.map(
        (r) =>
          `| ${r.name} | ${r.firstMs.toFixed(0)} ms | ${r.result.p50Ms.toFixed(1)} ms | ${r.result.p95Ms.toFixed(1)} ms | ${r.result.maxMs.toFixed(0)} ms | ${r.result.errors} | ${ok(r.result) ? 'met' : '**missed**'} |`,
      ),
      '',
    ].join('\n');
    process.stdout.write(section + '\n');
    writeBenchSection(path.join(ROOT, 'docs', 'benchmarks.md'), 'read-model', section);
  } finally {
    for (const s of services) await s.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
