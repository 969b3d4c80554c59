import { spawn, type ChildProcess } from 'node:child_process';
import { connectTestSql, type TestSql } from '@kordon/testing';
import { existsSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { syntheticSnapshotLines } from '../../../bench/synthetic-cluster';
import { startApi, type ApiHarness } from '../../api/test/api-harness';

const WORKER = path.resolve(__dirname, '../../../dist/apps/worker/src/main.js');
const QUEUE_ENV = {
  KORDON_ANALYSIS_TIMEOUT_S: '2',
  KORDON_QUEUE_MAINTENANCE_S: '1',
  KORDON_RETRY_DELAY_S: '0',
  KORDON_WORKER_METRICS_PORT: '0', // no /metrics listener: several workers run at once in tests
};

function spawnWorker(databaseUrl: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [WORKER], {
    env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: databaseUrl, ...QUEUE_ENV, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function statusOf(
  db: TestSql,
  id: string,
): Promise<{ status: string; attempts: number; failure_reason: string | null }> {
  const { rows } = await db.query(
    'SELECT status, attempts, failure_reason FROM snapshot WHERE id = $1',
    [id],
  );
  return rows[0];
}

async function waitFor<T>(
  probe: () => Promise<T | null>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => child.once('exit', () => resolve()));

/** A snapshot big enough (20,000 pods) that its analysis can be interrupted. */
const body = Buffer.from(
  [
    ...syntheticSnapshotLines({
      seed: 7,
      namespaces: 200,
      deployments: 2000,
      podsPerDeployment: 10,
      policyShare: 0.4,
      clusterName: 'crash',
      collectedAt: '2026-11-02T00:00:00Z',
    }),
  ].join('\n') + '\n',
);

describe('a worker killed in the middle of an analysis', () => {
  let api: ApiHarness;
  let db: TestSql;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    if (!existsSync(WORKER))
      throw new Error(`${WORKER} is missing: run npm run build first (npm test does)`);
    api = await startApi({ ...QUEUE_ENV, KORDON_ANALYSIS_RETRIES: '2' });
    db = connectTestSql(api.databaseUrl);
  });
  afterEach(async () => {
    // no worker of one test may pick up the next test's job
    await Promise.all(
      children
        .filter((c) => c.exitCode === null && c.signalCode === null)
        .map((c) => {
          const exited = killed(c);
          c.kill('SIGKILL');
          return exited;
        }),
    );
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const upload = async (key: string) => {
    const res = await request(api.server)
      .post('/api/v1/clusters/crash/snapshots')
      .set('authorization', `Bearer ${api.adminToken}`)
      .set('idempotency-key', key)
      .set('content-type', 'application/x-ndjson')
      .send(body);
    expect(res.status).toBe(202);
    return res.body.snapshotId as string;
  };

  const killMidAnalysis = async (id: string, env: Record<string, string>) => {
    const first = spawnWorker(api.databaseUrl, env);
    children.push(first);
    await waitFor(
      async () => ((await statusOf(db, id)).status === 'analyzing' ? true : null),
      30_000,
      'the analysis to start',
    );
    const exited = killed(first);
    first.kill('SIGKILL');
    await exited;
    expect((await statusOf(db, id)).status).toBe('analyzing');
  };

  it('is retried by a restarted worker, which finishes the snapshot', async () => {
    const id = await upload('retry');
    await killMidAnalysis(id, { KORDON_ANALYSIS_RETRIES: '2' });
    // The killed attempt expires after the 2 s timeout and is queued for a retry. The retry gets
    // time to finish even on a loaded machine: only the dead attempt has to be detected quickly.
    await waitFor(
      async () => {
        const { rowCount } = await db.query(
          `UPDATE pgboss.job SET expire_in = interval '120 seconds'
            WHERE data->>'snapshotId' = $1 AND state = 'retry'`,
          [id],
        );
        return rowCount ? true : null;
      },
      30_000,
      'the killed attempt to be queued for a retry',
    );
    children.push(spawnWorker(api.databaseUrl, { KORDON_ANALYSIS_RETRIES: '2' }));
    const done = await waitFor(
      async () => {
        const s = await statusOf(db, id);
        return s.status === 'done' || s.status === 'failed' ? s : null;
      },
      60_000,
      'the snapshot to finish',
    );
    expect(done.status).toBe('done');
    expect(done.attempts).toBeGreaterThanOrEqual(2);
    const { rows } = await db.query(
      'SELECT count(*)::int AS n FROM issue_span sp JOIN snapshot s ON s.id = sp.opened_snapshot_id WHERE s.id = $1',
      [id],
    );
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it('is marked failed, not left analyzing, when it runs out of retries', async () => {
    const id = await upload('no-retries');
    // this job may not be retried (as if KORDON_ANALYSIS_RETRIES had been 0 when it was queued)
    await db.query(`UPDATE pgboss.job SET retry_limit = 0 WHERE data->>'snapshotId' = $1`, [id]);
    await killMidAnalysis(id, { KORDON_ANALYSIS_RETRIES: '0' });
    children.push(spawnWorker(api.databaseUrl, { KORDON_ANALYSIS_RETRIES: '0' }));
    const failed = await waitFor(
      async () => {
        const s = await statusOf(db, id);
        return s.status === 'failed' || s.status === 'done' ? s : null;
      },
      60_000,
      'the snapshot to be marked failed',
    );
    expect(failed.status).toBe('failed');
    expect(failed.failure_reason).toMatch(/did not complete/);
  });
});
