import type { Pool } from 'pg';
import { poolOf } from '../src/database';
import {
  WorkloadHistoryRepository,
  connectDatabase,
  type Database,
  withClusterLifecycleLock,
  type WorkloadLevel,
} from '@kordon/db';
import { createTestDatabase, type TestDatabase } from '@kordon/testing';
import { aCluster, aSnapshot } from './history-factories';

describe('WorkloadHistoryRepository', () => {
  let db: TestDatabase;
  let database: Database;
  let pool: Pool;
  let repo: WorkloadHistoryRepository;
  beforeAll(async () => {
    db = await createTestDatabase();
    database = connectDatabase(db.url);
    pool = poolOf(database);
    repo = new WorkloadHistoryRepository(database);
  });
  afterAll(async () => {
    await database.close();
    await db.drop();
  });

  const apply = async (
    clusterId: string,
    at: string,
    workloads: WorkloadLevel[],
    incompleteKinds: string[] = [],
  ) => {
    const snapshotId = await aSnapshot(pool, clusterId, at);
    return withClusterLifecycleLock(database, clusterId, (tx) =>
      repo.applyWorkloadSpans(tx, {
        clusterId,
        snapshotId,
        collectedAt: new Date(at),
        workloads,
        incompleteKinds,
      }),
    );
  };

  it('writes rows only for workloads that appear, disappear or change level', async () => {
    const clusterId = await aCluster(pool, 'spans');
    const a = { id: 'ns/Deployment/a', level: 'baseline' as const };
    const b = { id: 'ns/Deployment/b', level: 'restricted' as const };
    expect(await apply(clusterId, '2026-11-01T00:00:00Z', [a, b])).toBe(2);
    expect(await apply(clusterId, '2026-11-02T00:00:00Z', [a, b])).toBe(0);
    const c = { id: 'ns/DaemonSet/c', level: 'privileged' as const };
    // a changes level (close + open), b disappears (close), c appears (open)
    expect(
      await apply(clusterId, '2026-11-03T00:00:00Z', [{ ...a, level: 'privileged' as const }, c]),
    ).toBe(4);

    const changes = await repo.changesBetween(
      clusterId,
      new Date('2026-11-02T00:00:00Z'),
      new Date('2026-11-03T00:00:00Z'),
      10,
    );
    expect(changes.added).toEqual([c]);
    expect(changes.removed).toEqual([b]);
    expect(changes.levelChanged).toEqual([{ id: a.id, from: 'baseline', to: 'privileged' }]);
    expect(changes.counts).toEqual({ added: 1, removed: 1, levelChanged: 1 });
  });

  it('keeps a missing workload while its kind was not fully collected', async () => {
    const clusterId = await aCluster(pool, 'partial');
    const a = { id: 'ns/Deployment/a', level: 'baseline' as const };
    await apply(clusterId, '2026-11-01T00:00:00Z', [a]);
    expect(await apply(clusterId, '2026-11-02T00:00:00Z', [], ['Deployment'])).toBe(0);
    expect(await apply(clusterId, '2026-11-03T00:00:00Z', [])).toBe(1);
  });
});
