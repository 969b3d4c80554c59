import type { INestApplicationContext } from '@nestjs/common';
import { connectTestSql, type TestSql } from '@kordon/testing';
import request from 'supertest';
import {
  IssuesRepository,
  PostureRepository,
  ReadModelRepository,
  SnapshotsRepository,
  SuppressionsRepository,
  WorkloadHistoryRepository,
  connectDatabase,
} from '@kordon/db';
import { AnalyzeSnapshotUseCase } from '../../worker/src/analyze-snapshot.use-case';
import { startWorker } from '../../worker/test/worker-harness';
import { startApi, type ApiHarness } from './api-harness';
import { demoLines, serialize, uploadAndWait, waitForStatus } from './history-fixtures';

/** Everything the lifecycle and posture write, as comparable text. */
async function historyState(db: TestSql): Promise<string> {
  const issues = await db.query(
    'SELECT fingerprint, open, reopen_count, resolved_reason, first_seen_at FROM issue ORDER BY fingerprint',
  );
  const spans = await db.query('SELECT count(*)::int AS n FROM issue_span');
  const workloads = await db.query(
    'SELECT workload_id, level, opened_at, closed_at FROM workload_span ORDER BY workload_id, opened_at',
  );
  const posture = await db.query(
    'SELECT snapshot_id, namespace, score, workloads FROM posture ORDER BY snapshot_id, namespace',
  );
  return JSON.stringify([issues.rows, spans.rows, workloads.rows, posture.rows]);
}

describe('re-analysis and re-delivery', () => {
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let db: TestSql;
  let first: string;
  let second: string;
  const auth = () => ({ authorization: `Bearer ${api.adminToken}` });

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker(api.databaseUrl);
    db = connectTestSql(api.databaseUrl);
    const demo = demoLines();
    first = (await uploadAndWait(api, 'demo', serialize(demo.header, demo.objects)))[
      'id'
    ] as string;
    const later = serialize(
      { ...demo.header, collectedAt: '2026-11-21T09:00:00Z' },
      demo.objects.filter((o) => o.metadata?.name !== 'grafana'),
    );
    second = (await uploadAndWait(api, 'demo', later))['id'] as string;
  });
  afterAll(async () => {
    await db.end();
    await worker.close();
    await api.close();
  });

  it('writes no rows when a done snapshot is delivered again', async () => {
    const before = await historyState(db);
    const database = connectDatabase(api.databaseUrl, { maxConnections: 2 });
    const useCase = new AnalyzeSnapshotUseCase(
      database,
      new SnapshotsRepository(database),
      new IssuesRepository(database),
      new PostureRepository(database),
      new WorkloadHistoryRepository(database),
      new SuppressionsRepository(database),
      new ReadModelRepository(database),
    );
    const outcome = await useCase.execute(second, 2);
    await database.close();
    expect(outcome.status).toBe('skipped');
    expect(await historyState(db)).toBe(before);
  });

  it('answers a re-upload with the existing snapshot and writes nothing', async () => {
    const before = await historyState(db);
    const demo = demoLines();
    const res = await request(api.server)
      .post('/api/v1/clusters/demo/snapshots')
      .set(auth())
      .set('content-type', 'application/x-ndjson')
      .send(serialize(demo.header, demo.objects));
    expect(res.status).toBe(200);
    expect(res.body.snapshotId).toBe(first);
    expect(await historyState(db)).toBe(before);
  });

  it('is admin-only', async () => {
    const reader = await api.issueToken(['read']);
    const res = await request(api.server)
      .post(`/api/v1/snapshots/${second}/reanalyze`)
      .set('authorization', `Bearer ${reader}`);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
    expect(
      (
        await request(api.server)
          .post('/api/v1/snapshots/00000000-0000-4000-8000-000000000000/reanalyze')
          .set(auth())
      ).status,
    ).toBe(404);
  });

  it('re-analyzes the newest and an older snapshot without applying any lifecycle change twice', async () => {
    const before = await historyState(db);
    for (const id of [second, first]) {
      const original = await request(api.server).get(`/api/v1/snapshots/${id}`).set(auth());
      const res = await request(api.server).post(`/api/v1/snapshots/${id}/reanalyze`).set(auth());
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ snapshotId: id, status: 'queued' });
      const done = await waitForStatus(api, id, ['done', 'failed']);
      expect(done).toMatchObject({ status: 'done', appliedLifecycle: true });
      expect(done['written']).toMatchObject({
        issueRows: 0,
        spanRows: 0,
        workloadSpanRows: 0,
        // posture is stored as changes: the same rows as the first analysis wrote
        postureRows: original.body.written.postureRows,
      });
    }
    expect(await historyState(db)).toBe(before);
  });

  it('refuses to re-analyze a snapshot whose raw body retention purged', async () => {
    await db.query('DELETE FROM snapshot_chunk WHERE snapshot_id = $1', [first]);
    await db.query('UPDATE snapshot SET raw_purged_at = now() WHERE id = $1', [first]);
    const res = await request(api.server).post(`/api/v1/snapshots/${first}/reanalyze`).set(auth());
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('conflict');
  });
});
