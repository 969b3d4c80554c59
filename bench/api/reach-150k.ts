import { loadavg } from 'node:os';
import path from 'node:path';
import { applyMigrations, createDatabase, dropDatabase, promoteToTemplate } from '@kordon/db';
import type { Service } from '../history/services';
import { snapshotFile } from '../snapshot-file';
import { GENERATOR_VERSION, SCALE_150K } from '../synthetic-cluster';
import type { BenchRoute } from './api-bench-routes';
import { mixedTraffic, warmUp, type RouteLatency } from './measure-routes';
import { startApi } from './start-api';
import { fromTemplate, migrationsKey, uploadAnalysed, withPipeline } from './seed-database';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const TEMPLATE = 'kordon_bench_seed_150k';
/** The synthetic snapshot's own cluster name (an upload must match it). */
const CLUSTER = SCALE_150K.clusterName;

export interface Reach150k {
  built: boolean;
  buildSeconds: number;
  coldMs: number;
  load: number;
  latency: RouteLatency;
}

async function build(server: string, key: string): Promise<void> {
  const name = `kordon_bench_seed_150k_build_${Date.now()}`;
  const url = await createDatabase(server, name);
  try {
    await applyMigrations(url);
    const file = await snapshotFile(path.join(ROOT, 'bench', 'out'), 'synthetic-150k', SCALE_150K);
    await withPipeline(url, (api, token) => uploadAnalysed(api, token, CLUSTER, file));
    await promoteToTemplate(server, name, TEMPLATE, key);
  } catch (error) {
    await dropDatabase(server, name).catch(() => undefined);
    throw error;
  }
}

/**
 * One reachability question on a 150,000-pod snapshot (analysed once by the real
 * worker into the template `kordon_bench_seed_150k`): the first answer (which
 * builds the network model from the stored documents), then 50 requests/s.
 */
export async function reach150k(
  services: Service[],
  log: (line: string) => void,
  seconds = 20,
): Promise<Reach150k> {
  const key = JSON.stringify({ seed: 1, generator: GENERATOR_VERSION, ...migrationsKey() });
  const db = await fromTemplate(TEMPLATE, key, build);
  try {
    const { api, headers } = await startApi(db.url, services);
    const list = await fetch(`${api}/api/v1/clusters/${CLUSTER}/snapshots?limit=1`, { headers });
    const id = ((await list.json()) as { items: { id: string }[] }).items[0]?.id;
    if (!id) throw new Error('the 150k template has no snapshot');
    const route: BenchRoute = {
      name: 'reachability question at 150,000 pods',
      issue: 10,
      requests: [
        {
          method: 'GET',
          path: `/api/v1/snapshots/${id}/network/reach?from=ns-01666/Deployment/app-1666&to=ns-03333/Deployment/app-13333&port=8080`,
        },
      ],
    };
    const cold = await warmUp(api, headers, [route]);
    const load = loadavg()[0] ?? 0;
    log(`150k reach: cold ${cold.get(route.name)?.toFixed(0)} ms; 50 req/s for ${seconds} s…`);
    const [latency] = await mixedTraffic(api, headers, [route], 50, seconds);
    for (const s of services.splice(0)) await s.stop();
    return {
      built: db.built,
      buildSeconds: db.buildSeconds,
      coldMs: cold.get(route.name) ?? 0,
      load,
      latency: latency as RouteLatency,
    };
  } finally {
    await db.drop();
  }
}
