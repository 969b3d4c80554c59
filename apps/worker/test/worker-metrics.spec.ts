import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import request from 'supertest';
import { freePort } from '@kordon/testing';
import { startApi, type ApiHarness } from '../../api/test/api-harness';
import { demoLines, serialize, waitForStatus } from '../../api/test/history-fixtures';

const WORKER = path.resolve(__dirname, '../../../dist/apps/worker/src/main.js');

describe('the worker process (dist) as deployed', () => {
  let api: ApiHarness;
  let child: ChildProcess | null = null;
  const lines: string[] = [];
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child?.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await api.close();
  });

  it('serves Prometheus metrics (analyses, analysis time, queue depth, snapshots by status) and logs JSON lines', async () => {
    api = await startApi();
    const port = await freePort();
    child = spawn(process.execPath, [WORKER], {
      env: {
        PATH: process.env['PATH'] ?? '',
        DATABASE_URL: api.databaseUrl,
        KORDON_WORKER_METRICS_PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr])
      createInterface({ input: stream as NodeJS.ReadableStream }).on('line', (l) => lines.push(l));
    const demo = demoLines();
    const body = serialize(
      { ...demo.header, cluster: { name: 'measured', kubernetesVersion: 'v1.31.4' } },
      demo.objects,
    );
    const res = await request(api.server)
      .post('/api/v1/clusters/measured/snapshots')
      .set('authorization', `Bearer ${api.adminToken}`)
      .set('content-type', 'application/x-ndjson')
      .send(body);
    expect(res.status).toBe(202);
    const done = await waitForStatus(api, res.body.snapshotId, ['done', 'failed'], 60_000);
    expect(done['status']).toBe('done');

    const metrics = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(metrics.status).toBe(200);
    const text = await metrics.text();
    expect(text).toMatch(/^kordon_analyses_total\{outcome="done"\} 1$/m);
    expect(text).toMatch(/^kordon_analysis_duration_seconds_count\{outcome="done"\} 1$/m);
    expect(text).toMatch(/^kordon_queue_depth 0$/m);
    expect(text).toMatch(/^kordon_snapshots\{status="done"\} 1$/m);
    expect(text).toMatch(/^kordon_worker_process_resident_memory_bytes /m);
    expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);

    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(lines.map((l) => (JSON.parse(l) as { message?: string }).message)).toContainEqual(
      expect.stringMatching(/snapshot .* done in \d+ ms/),
    );
  });
});
