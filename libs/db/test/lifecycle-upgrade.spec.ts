import type { Pool } from 'pg';
import { poolOf } from '../src/database';
import { connectDatabase, type Database } from '@kordon/db';
import { createTestDatabase, type TestDatabase } from '@kordon/testing';
import { aCluster, aFinding, aSnapshot, applyAt } from './history-factories';

describe('issue lifecycle across engine and catalog versions', () => {
  let db: TestDatabase;
  let database: Database;
  let pool: Pool;
  beforeAll(async () => {
    db = await createTestDatabase();
    database = connectDatabase(db.url);
    pool = poolOf(database);
  });
  afterAll(async () => {
    await database.close();
    await db.drop();
  });

  const issue = async (clusterId: string) =>
    (
      await pool.query(
        'SELECT open, message, severity, engine_version, catalog_version, reopen_count, resolved_reason FROM issue WHERE cluster_id = $1',
        [clusterId],
      )
    ).rows[0];
  const spans = async (clusterId: string) =>
    Number(
      (await pool.query('SELECT count(*) FROM issue_span WHERE cluster_id = $1', [clusterId]))
        .rows[0].count,
    );

  it('rewrites an open issue once when the engine changes its wording, without resolving or reopening it', async () => {
    const clusterId = await aCluster(pool, 'upgrade');
    const w = ['monitoring/DaemonSet/log-agent'];
    const s1 = await aSnapshot(pool, clusterId, '2026-11-01T00:00:00Z');
    await applyAt(database, {
      clusterId,
      snapshotId: s1,
      collectedAt: new Date('2026-11-01T00:00:00Z'),
      findings: [aFinding()],
      workloadIds: w,
    });

    const s2 = await aSnapshot(pool, clusterId, '2026-11-02T00:00:00Z');
    const same = await applyAt(database, {
      clusterId,
      snapshotId: s2,
      collectedAt: new Date('2026-11-02T00:00:00Z'),
      findings: [aFinding()],
      workloadIds: w,
    });
    expect(same).toMatchObject({
      opened: 0,
      reopened: 0,
      resolved: 0,
      refreshed: 0,
      rowsWritten: 0,
    });

    const s3 = await aSnapshot(pool, clusterId, '2026-11-03T00:00:00Z');
    const upgraded = await applyAt(database, {
      clusterId,
      snapshotId: s3,
      collectedAt: new Date('2026-11-03T00:00:00Z'),
      engineVersion: '2.0.0',
      findings: [
        aFinding({ message: 'container runs privileged (new wording)', severity: 'high' }),
      ],
      workloadIds: w,
    });
    expect(upgraded).toMatchObject({
      opened: 0,
      reopened: 0,
      resolved: 0,
      refreshed: 1,
      spanRows: 0,
    });
    expect(await issue(clusterId)).toMatchObject({
      open: true,
      reopen_count: 0,
      message: 'container runs privileged (new wording)',
      severity: 'high',
      engine_version: '2.0.0',
    });
    expect(await spans(clusterId)).toBe(1);

    const s4 = await aSnapshot(pool, clusterId, '2026-11-04T00:00:00Z');
    const again = await applyAt(database, {
      clusterId,
      snapshotId: s4,
      collectedAt: new Date('2026-11-04T00:00:00Z'),
      engineVersion: '2.0.0',
      findings: [
        aFinding({ message: 'container runs privileged (new wording)', severity: 'high' }),
      ],
      workloadIds: w,
    });
    expect(again.rowsWritten).toBe(0);
  });

  it('resolves issues of a check that left the catalog as check_retired, even under partial coverage', async () => {
    const clusterId = await aCluster(pool, 'retired');
    const w = ['monitoring/DaemonSet/log-agent'];
    const s1 = await aSnapshot(pool, clusterId, '2026-11-01T00:00:00Z');
    await applyAt(database, {
      clusterId,
      snapshotId: s1,
      collectedAt: new Date('2026-11-01T00:00:00Z'),
      findings: [aFinding()],
      workloadIds: w,
    });
    const s2 = await aSnapshot(pool, clusterId, '2026-11-02T00:00:00Z');
    const r = await applyAt(database, {
      clusterId,
      snapshotId: s2,
      collectedAt: new Date('2026-11-02T00:00:00Z'),
      findings: [],
      workloadIds: w,
      knownCheckIds: ['pss.baseline.host-ports'],
      incompleteKinds: ['Pod'],
    });
    expect(r.resolved).toBe(1);
    expect(await issue(clusterId)).toMatchObject({ open: false, resolved_reason: 'check_retired' });
  });

  it('resolves a fixed finding as fixed and a vanished workload as workload_gone', async () => {
    const clusterId = await aCluster(pool, 'reasons');
    const a = aFinding();
    const b = aFinding({
      fingerprint: 'b'.repeat(64),
      name: 'other',
      checkId: 'pss.baseline.host-ports',
    });
    const s1 = await aSnapshot(pool, clusterId, '2026-11-01T00:00:00Z');
    await applyAt(database, {
      clusterId,
      snapshotId: s1,
      collectedAt: new Date('2026-11-01T00:00:00Z'),
      findings: [a, b],
      workloadIds: ['monitoring/DaemonSet/log-agent', 'monitoring/DaemonSet/other'],
    });
    const s2 = await aSnapshot(pool, clusterId, '2026-11-02T00:00:00Z');
    await applyAt(database, {
      clusterId,
      snapshotId: s2,
      collectedAt: new Date('2026-11-02T00:00:00Z'),
      findings: [],
      workloadIds: ['monitoring/DaemonSet/log-agent'],
    });
    const { rows } = await pool.query(
      'SELECT name, resolved_reason FROM issue WHERE cluster_id = $1 ORDER BY name',
      [clusterId],
    );
    expect(rows).toEqual([
      { name: 'log-agent', resolved_reason: 'fixed' },
      { name: 'other', resolved_reason: 'workload_gone' },
    ]);
  });
});
