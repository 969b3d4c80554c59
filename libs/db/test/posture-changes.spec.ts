import type { Pool } from 'pg';
import { poolOf } from '../src/database';
import {
  PostureRepository,
  connectDatabase,
  type Database,
  withClusterLifecycleLock,
  type PostureRow,
} from '@kordon/db';
import { createTestDatabase, type TestDatabase } from '@kordon/testing';
import { aCluster, aSnapshot } from './history-factories';

function aRow(namespace: string, workloads: number, score = 80): PostureRow {
  return {
    namespace,
    namespaces: namespace === '' ? 3 : 1,
    workloads,
    levels: { privileged: 0, baseline: workloads, restricted: 0 },
    severities: { critical: 0, high: 1, medium: 0, low: 0, info: 0 },
    ingressIsolated: 0,
    egressIsolated: 0,
    defaultDenyIngress: 0,
    defaultDenyEgress: 0,
    exposed: 0,
    attackPaths: 0,
    cni: namespace === '' ? 'enforces' : null,
    score,
    // jsonb reorders keys (shorter first): unchanged parts must still compare equal when read back
    scoreParts: { findings: { weight: 30, points: 15 }, total: score },
    reach: null,
  };
}

describe('posture rows are stored as changes', () => {
  let db: TestDatabase;
  let database: Database;
  let pool: Pool;
  let repo: PostureRepository;
  beforeAll(async () => {
    db = await createTestDatabase();
    database = connectDatabase(db.url);
    pool = poolOf(database);
    repo = new PostureRepository(database);
  });
  afterAll(async () => {
    await database.close();
    await db.drop();
  });

  const write = async (clusterId: string, at: string, rows: PostureRow[], applied = true) => {
    const snapshotId = await aSnapshot(pool, clusterId, at);
    const written = await withClusterLifecycleLock(database, clusterId, (tx) =>
      repo.replaceSnapshotPosture(
        tx,
        { clusterId, snapshotId, collectedAt: new Date(at), applied },
        rows,
      ),
    );
    return { snapshotId, written };
  };
  const state = async (clusterId: string, snapshotId: string) =>
    (await repo.snapshotRows(clusterId, snapshotId)).map(
      (r) => `${r.namespace || '(cluster)'}:${r.workloads}`,
    );

  it('writes the cluster total and only the namespaces that changed or went away', async () => {
    const clusterId = await aCluster(pool, 'posture-changes');
    const first = await write(clusterId, '2026-11-01T00:00:00Z', [
      aRow('', 6),
      aRow('a', 1),
      aRow('b', 2),
      aRow('c', 3),
    ]);
    expect(first.written).toBe(4);
    const second = await write(clusterId, '2026-11-01T01:00:00Z', [
      aRow('', 5),
      aRow('a', 1),
      aRow('b', 4),
    ]);
    expect(second.written).toBe(3); // cluster total, b changed, c's tombstone
    expect(await state(clusterId, second.snapshotId)).toEqual(['(cluster):5', 'a:1', 'b:4']);
    expect(await state(clusterId, first.snapshotId)).toEqual(['(cluster):6', 'a:1', 'b:2', 'c:3']);
  });

  it("keeps an out-of-order snapshot complete and out of the later snapshots' state", async () => {
    const clusterId = await aCluster(pool, 'posture-out-of-order');
    await write(clusterId, '2026-11-01T00:00:00Z', [aRow('', 2), aRow('a', 1), aRow('b', 1)]);
    const later = await write(clusterId, '2026-11-01T02:00:00Z', [
      aRow('', 3),
      aRow('a', 1),
      aRow('b', 2),
    ]);
    const older = await write(
      clusterId,
      '2026-11-01T01:00:00Z',
      [aRow('', 9), aRow('a', 9), aRow('b', 1)],
      false,
    );
    expect(older.written).toBe(3);
    expect(await state(clusterId, older.snapshotId)).toEqual(['(cluster):9', 'a:9', 'b:1']);
    expect(await state(clusterId, later.snapshotId)).toEqual(['(cluster):3', 'a:1', 'b:2']);
  });
});
