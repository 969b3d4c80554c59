import type { INestApplicationContext } from '@nestjs/common';
import { connectTestSql, type TestSql } from '@kordon/testing';
import request from 'supertest';
import { demoLines, serialize, waitForStatus } from '../../api/test/history-fixtures';
import { startApi, type ApiHarness } from '../../api/test/api-harness';
import { startWorker } from './worker-harness';

const QUEUE_ENV = {
  KORDON_ANALYSIS_RETRIES: '1',
  KORDON_RETRY_DELAY_S: '0',
  KORDON_QUEUE_MAINTENANCE_S: '1',
};

describe('an analysis that keeps throwing', () => {
  let api: ApiHarness;
  let worker: INestApplicationContext | null = null;
  let db: TestSql;

  beforeAll(async () => {
    api = await startApi(QUEUE_ENV);
    db = connectTestSql(api.databaseUrl);
  });
  afterAll(async () => {
    await worker?.close();
    await db.end();
    await api.close();
  });

  it('marks the snapshot failed with the reason after its retries and keeps the raw chunks for re-analysis', async () => {
    const demo = demoLines();
    const res = await request(api.server)
      .post('/api/v1/clusters/broken/snapshots')
      .set('authorization', `Bearer ${api.adminToken}`)
      .set('content-type', 'application/x-ndjson')
      .send(
        serialize(
          { ...demo.header, cluster: { name: 'broken', kubernetesVersion: 'v1.31.4' } },
          demo.objects,
        ),
      );
    const id = res.body.snapshotId as string;
    // a gzip header followed by garbage: the reader throws on every attempt
    await db.query(
      `UPDATE snapshot_chunk SET data = '\\x1f8b0800000000000003ffffffff'::bytea WHERE snapshot_id = $1`,
      [id],
    );
    worker = await startWorker(api.databaseUrl, QUEUE_ENV);

    const failed = await waitForStatus(api, id, ['failed', 'done'], 30_000);
    expect(failed['status']).toBe('failed');
    expect(failed['attempts']).toBe(2);
    expect(failed['failureReason']).toEqual(expect.stringMatching(/\S/));
    const chunks = await db.query(
      'SELECT count(*)::int AS n FROM snapshot_chunk WHERE snapshot_id = $1',
      [id],
    );
    expect(chunks.rows[0].n).toBeGreaterThan(0);
    const issues = await db.query('SELECT count(*)::int AS n FROM issue');
    expect(issues.rows[0].n).toBe(0);
    const again = await request(api.server)
      .post(`/api/v1/snapshots/${id}/reanalyze`)
      .set('authorization', `Bearer ${api.adminToken}`);
    expect(again.status).toBe(202);
  });

  it('records a Kordon message as failureReason, never database text, when the analysis hits a database error', async () => {
    await worker?.close();
    worker = null;
    const demo = demoLines();
    const res = await request(api.server)
      .post('/api/v1/clusters/dbfail/snapshots')
      .set('authorization', `Bearer ${api.adminToken}`)
      .set('content-type', 'application/x-ndjson')
      .send(
        serialize(
          { ...demo.header, cluster: { name: 'dbfail', kubernetesVersion: 'v1.31.4' } },
          demo.objects,
        ),
      );
    const id = res.body.snapshotId as string;
    await db.query('ALTER TABLE issue_span RENAME TO issue_span_gone');
    try {
      worker = await startWorker(api.databaseUrl, QUEUE_ENV);
      const failed = await waitForStatus(api, id, ['failed', 'done'], 30_000);
      expect(failed['status']).toBe('failed');
      expect(failed['failureReason']).toBe(
        'internal error during analysis (the worker log has the details)',
      );
    } finally {
      await worker?.close();
      worker = null;
      await db.query('ALTER TABLE issue_span_gone RENAME TO issue_span');
    }
  });
});
