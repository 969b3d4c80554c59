/**
 * The real worker process (dist, as deployed) starting while Postgres cannot be reached: it
 * waits and tries again with backoff, logging each try, and works once the database is there;
 * after KORDON_WORKER_START_TIMEOUT_S it exits 1 naming the last error. Needs `npm run build`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import request from 'supertest';
import { apiEnvSchema, loadConfig } from '@kordon/config';
import { TokensRepository, applyMigrations, connectDatabase } from '@kordon/db';
import { connectTestSql, freePort } from '@kordon/testing';
import { syntheticSnapshotLines } from '../../../bench/synthetic-cluster';
import { createApiApp } from '../../api/src/create-api-app';
import { startPrivatePostgres, type PrivatePostgres } from './private-postgres';

const WORKER = path.resolve(__dirname, '../../../dist/apps/worker/src/main.js');
const ENV = {
  KORDON_WORKER_METRICS_PORT: '0',
  KORDON_QUEUE_MAINTENANCE_S: '1',
  KORDON_WORKER_START_TIMEOUT_S: '120',
};

interface Worker {
  child: ChildProcess;
  /** Every line printed so far (stdout and stderr). */
  lines: string[];
  /** Resolves with the index of the first line (from `from`) containing `text`. */
  waitFor(text: string, timeoutMs: number, from?: number): Promise<number>;
  exited: Promise<number | null>;
}

function startWorkerProcess(databaseUrl: string, env: Record<string, string> = {}): Worker {
  const child = spawn(process.execPath, [WORKER], {
    env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: databaseUrl, ...ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      waiters.forEach((check) => check());
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const waitFor = (text: string, timeoutMs: number, from = 0) =>
    new Promise<number>((resolve, reject) => {
      const check = () => {
        const index = lines.findIndex((line, i) => i >= from && line.includes(text));
        if (index < 0) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(index);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no "${text}" within ${timeoutMs} ms:\n${lines.join('\n')}`));
      }, timeoutMs);
      waiters.add(check);
      void exited.then((code) => {
        if (!waiters.has(check)) return;
        waiters.delete(check);
        clearTimeout(timer);
        reject(new Error(`the worker exited (${code}) before "${text}":\n${lines.join('\n')}`));
      });
      check();
    });
  return { child, lines, waitFor, exited };
}

async function stopWorker(worker: Worker | null): Promise<void> {
  if (!worker || worker.child.exitCode !== null) return;
  worker.child.kill('SIGTERM');
  await worker.exited;
}

/**
 * A TCP relay to Postgres that lets `allowed` connections through and then, while `closed`,
 * cuts every new one: the server "goes away" after the worker's first connection.
 */
async function flakyRelay(target: URL, allowed: number) {
  let accepted = 0;
  let closed = true;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    if (closed && accepted >= allowed) {
      socket.destroy();
      return;
    }
    accepted++;
    const upstream = connect(Number(target.port), target.hostname);
    socket.pipe(upstream).pipe(socket);
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = new URL(target);
  url.port = String(port);
  return {
    url: url.toString(),
    open: () => {
      closed = false;
    },
    close: async () => {
      sockets.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function snapshotStatus(url: string, id: string): Promise<string | null> {
  const db = connectTestSql(url);
  try {
    const { rows } = await db.query<{ status: string }>(
      'SELECT status FROM snapshot WHERE id = $1',
      [id],
    );
    return rows[0]?.status ?? null;
  } finally {
    await db.end();
  }
}

/** Uploads a small snapshot through the real API and waits until the worker has analyzed it. */
async function expectAnalyzed(databaseUrl: string, collectedAt: string): Promise<void> {
  const app = await createApiApp(loadConfig(apiEnvSchema, { DATABASE_URL: databaseUrl }), {
    logger: false,
  });
  const database = connectDatabase(databaseUrl);
  try {
    const { token } = await new TokensRepository(database).issueToken({
      name: 'admin',
      scopes: ['admin'],
      clusters: [],
    });
    const body = [
      ...syntheticSnapshotLines({
        seed: 3,
        namespaces: 3,
        deployments: 10,
        podsPerDeployment: 1,
        policyShare: 0.5,
        clusterName: 'late-database',
        collectedAt,
      }),
    ].join('\n');
    const res = await request(app.getHttpServer())
      .post('/api/v1/clusters/late-database/snapshots')
      .set('authorization', `Bearer ${token}`)
      .set('content-type', 'application/x-ndjson')
      .send(Buffer.from(`${body}\n`));
    expect({ status: res.status, body: res.status === 202 ? null : res.body }).toEqual({
      status: 202,
      body: null,
    });
    const id = res.body.snapshotId as string;
    const deadline = Date.now() + 60_000;
    let status = await snapshotStatus(databaseUrl, id);
    while (status !== 'done' && status !== 'failed' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      status = await snapshotStatus(databaseUrl, id);
    }
    expect(status).toBe('done');
  } finally {
    await app.close();
    await database.close();
  }
}

beforeAll(() => {
  if (!existsSync(WORKER))
    throw new Error(`${WORKER} is missing: run npm run build first (npm test does)`);
});

describe('the worker starting while Postgres cannot be reached', () => {
  let pg: PrivatePostgres;
  let worker: Worker | null = null;
  beforeAll(async () => {
    pg = await startPrivatePostgres();
    await applyMigrations(pg.url);
  });
  afterEach(async () => {
    await stopWorker(worker);
    worker = null;
  });
  afterAll(async () => {
    await pg.close();
  });

  it('waits for a Postgres that is down at first, logging each try, and works once it is up', async () => {
    await pg.stop();
    try {
      worker = startWorkerProcess(pg.url);
      const first = await worker.waitFor('the database is not reachable', 60_000);
      await worker.waitFor('attempt 2 failed', 60_000, first + 1);
      expect(worker.child.exitCode).toBeNull();
    } finally {
      await pg.start();
    }
    await worker.waitFor('Kordon worker ready', 90_000);
    await expectAnalyzed(pg.url, '2026-11-01T00:00:00Z');
    expect(worker.child.exitCode).toBeNull();
  }, 240_000);

  it('tries again when Postgres goes away in the middle of its start-up (creating its queues)', async () => {
    // the ping before the start gets through; every connection after it is cut
    const relay = await flakyRelay(new URL(pg.url), 1);
    try {
      worker = startWorkerProcess(relay.url);
      const retry = await worker.waitFor('attempt 1 failed', 60_000);
      // the failure came from inside the start (Nest had begun building the worker), not the ping
      expect(worker.lines.slice(0, retry).some((l) => l.includes('Starting Nest'))).toBe(true);
      expect(worker.child.exitCode).toBeNull();
      relay.open();
      await worker.waitFor('Kordon worker ready', 90_000, retry);
      await expectAnalyzed(pg.url, '2026-11-02T00:00:00Z');
      expect(worker.child.exitCode).toBeNull();
    } finally {
      await stopWorker(worker);
      await relay.close();
    }
  }, 240_000);
});

it('gives up after KORDON_WORKER_START_TIMEOUT_S, exiting 1 with the last error', async () => {
  const port = await freePort(); // nothing listens there
  const worker = startWorkerProcess(`postgresql://postgres@127.0.0.1:${port}/postgres`, {
    KORDON_WORKER_START_TIMEOUT_S: '3',
  });
  expect(await worker.exited).toBe(1);
  const output = worker.lines.join('\n');
  expect(output).toContain('attempt 1 failed');
  expect(output).toMatch(
    /worker start-up: the database stayed unreachable for \d+ s \(\d+ attempts; last: .*ECONNREFUSED/,
  );
}, 60_000);
