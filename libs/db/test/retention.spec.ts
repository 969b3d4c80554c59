import type { Pool } from 'pg';
import { poolOf } from '../src/database';
import type { ReadModelDocuments } from '@kordon/contracts';
import {
  ReadModelRepository,
  RetentionRepository,
  connectDatabase,
  type Database,
} from '@kordon/db';
import { createTestDatabase, type TestDatabase } from '@kordon/testing';
import { aCluster, aFinding, aSnapshot, applyAt } from './history-factories';

const NOW = new Date('2026-12-31T00:00:00Z');
const POLICY = { rawDays: 30, historyDays: 400 };

describe('RetentionRepository.deleteExpired', () => {
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

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await pool.query(sql, params)).rows[0].count);
  const chunk = (id: string) =>
    pool.query(`INSERT INTO snapshot_chunk (snapshot_id, seq, data) VALUES ($1, 0, '\\x00')`, [id]);
  const posture = (clusterId: string, snapshotId: string, at: string) =>
    pool.query(
      `INSERT INTO posture (snapshot_id, cluster_id, collected_at, namespace, namespaces, workloads, level_privileged, level_baseline,
         level_restricted, sev_critical, sev_high, sev_medium, sev_low, sev_info, ingress_isolated, egress_isolated,
         default_deny_ingress, default_deny_egress, exposed, attack_paths, score, score_parts)
       VALUES ($1, $2, $3, '', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, '{}')`,
      [snapshotId, clusterId, at],
    );

  it('purges old raw chunks and old history, keeping snapshot rows, open issues and recent data', async () => {
    const clusterId = await aCluster(pool, 'retention');
    const ancient = '2025-06-01T00:00:00Z'; // > 400 days before NOW
    const old = '2026-11-01T00:00:00Z'; // > 30 days, < 400 days
    const recent = '2026-12-20T00:00:00Z';
    const s1 = await aSnapshot(pool, clusterId, ancient, { receivedAt: ancient });
    const s2 = await aSnapshot(pool, clusterId, old, { receivedAt: old });
    const s3 = await aSnapshot(pool, clusterId, recent, { receivedAt: recent });
    for (const [id, at] of [
      [s1, ancient],
      [s2, old],
      [s3, recent],
    ] as const) {
      await chunk(id);
      await posture(clusterId, id, at);
    }
    const w = ['monitoring/DaemonSet/log-agent', 'monitoring/DaemonSet/keeper'];
    const fixedEarly = aFinding({ fingerprint: 'f'.repeat(64) });
    const stillOpen = aFinding({ fingerprint: 'e'.repeat(64), name: 'keeper' });
    await applyAt(database, {
      clusterId,
      snapshotId: s1,
      collectedAt: new Date(ancient),
      findings: [fixedEarly, stillOpen],
      workloadIds: w,
    });
    // resolved in the ancient past (one day later): its span and issue are expired
    const s1b = await aSnapshot(pool, clusterId, '2025-06-02T00:00:00Z', {
      receivedAt: '2025-06-02T00:00:00Z',
    });
    await applyAt(database, {
      clusterId,
      snapshotId: s1b,
      collectedAt: new Date('2025-06-02T00:00:00Z'),
      findings: [stillOpen],
      workloadIds: w,
    });

    const outcome = await new RetentionRepository(database).deleteExpired(NOW, POLICY);

    expect(outcome).toMatchObject({
      rawPurgedSnapshots: 3,
      chunksDeleted: 2,
      postureRowsDeleted: 1,
      issueSpansDeleted: 1,
      issuesDeleted: 1,
    });
    expect(await count('SELECT count(*) FROM snapshot WHERE cluster_id = $1', [clusterId])).toBe(4);
    expect(
      await count(
        'SELECT count(*) FROM snapshot WHERE raw_purged_at IS NOT NULL AND id = ANY($1::uuid[])',
        [[s1, s2]],
      ),
    ).toBe(2);
    expect(await count('SELECT count(*) FROM snapshot_chunk WHERE snapshot_id = $1', [s3])).toBe(1);
    expect(
      await count('SELECT count(*) FROM snapshot WHERE raw_purged_at IS NULL AND id = $1', [s3]),
    ).toBe(1);
    expect(
      (await pool.query('SELECT snapshot_id FROM posture ORDER BY collected_at')).rows.map(
        (r) => r.snapshot_id,
      ),
    ).toEqual([s2, s3]);
    expect(
      (await pool.query('SELECT name, open FROM issue WHERE cluster_id = $1', [clusterId])).rows,
    ).toEqual([{ name: 'keeper', open: true }]);
    expect(
      await count('SELECT count(*) FROM issue_span WHERE cluster_id = $1 AND closed_at IS NULL', [
        clusterId,
      ]),
    ).toBe(1);
  });
  /** A read model of one namespace whose detail document is `detail` (storage treats documents as opaque JSON). */
  const readModel = (detail: string, shared: string) =>
    ({
      pssVersion: 'v1.30',
      summary: { shared },
      matrix: { shared },
      namespacesSummary: { shared },
      namespaces: [{ name: 'shop', detail: { detail }, network: { shared }, workloads: [] }],
    }) as unknown as ReadModelDocuments;

  it('deletes the read models of snapshots whose raw body it purged, and the documents only they used', async () => {
    const clusterId = await aCluster(pool, 'retention-read-model');
    const old = await aSnapshot(pool, clusterId, '2026-11-01T00:00:00Z', {
      receivedAt: '2026-11-01T00:00:00Z',
    });
    const store = (snapshotId: string, detail: string) =>
      database.transaction((tx) =>
        new ReadModelRepository(database).store(tx, {
          clusterId,
          snapshotId,
          documents: readModel(detail, 'same in both'),
        }),
      );
    expect(await store(old, 'only the old one')).toBe(2); // the shared document (four times) and the detail
    // stored ten days ago: its documents were last used then
    await pool.query(
      `UPDATE read_model_document SET last_used_at = now() - interval '10 days' WHERE cluster_id = $1`,
      [clusterId],
    );
    await pool.query(
      `UPDATE snapshot_read_model SET stored_at = now() - interval '10 days' WHERE snapshot_id = $1`,
      [old],
    );
    const recent = await aSnapshot(pool, clusterId, '2026-12-20T00:00:00Z', {
      receivedAt: '2026-12-20T00:00:00Z',
    });
    expect(await store(recent, 'only the recent one')).toBe(1);
    // a cluster whose only snapshot lost its raw body keeps that read model
    const alone = await aCluster(pool, 'retention-read-model-alone');
    const only = await aSnapshot(pool, alone, '2026-10-01T00:00:00Z', {
      receivedAt: '2026-10-01T00:00:00Z',
    });
    await database.transaction((tx) =>
      new ReadModelRepository(database).store(tx, {
        clusterId: alone,
        snapshotId: only,
        documents: readModel('alone', 'alone'),
      }),
    );

    const outcome = await new RetentionRepository(database).deleteExpired(NOW, POLICY);

    expect(outcome).toMatchObject({ readModelsDeleted: 1, readModelDocumentsDeleted: 1 });
    const manifests = await pool.query(
      'SELECT snapshot_id FROM snapshot_read_model WHERE cluster_id = ANY($1::uuid[]) ORDER BY snapshot_id',
      [[clusterId, alone]],
    );
    expect(manifests.rows.map((r) => r.snapshot_id).sort()).toEqual([recent, only].sort());
    const repo = new ReadModelRepository(database);
    const kept = await repo.findManifest(recent);
    const hashes = [
      kept?.manifest.summary.network,
      kept?.manifest.summary.matrix,
      kept?.manifest.summary.namespaces,
      ...(kept?.manifest.namespaces ?? []).flatMap((n) => [n.detail, n.network]),
    ].filter((h): h is string => typeof h === 'string');
    expect((await repo.findDocuments(clusterId, hashes)).size).toBe(new Set(hashes).size);
    expect(
      await count('SELECT count(*) FROM read_model_document WHERE cluster_id = $1', [clusterId]),
    ).toBe(new Set(hashes).size);
    expect(
      await count('SELECT count(*) FROM read_model_document WHERE cluster_id = $1', [alone]),
    ).toBe(2);
  });
});
