import type { Pool, PoolClient } from 'pg';
import {
  clientOf,
  poolOf,
  runTransaction,
  sqlOf,
  type Database,
  type Queryable,
  type Tx,
} from '../database';
import { z } from 'zod';
import { KordonError, cursorField, decodeCursor, type Page } from '@kordon/contracts';
import type { SeverityCounts, SnapshotStatus } from './snapshot-record';
import { keysetPage } from './keyset-page';

export interface ClusterSummary {
  id: string;
  name: string;
  createdAt: Date;
  snapshotCount: number;
  /** Names the cluster had before, oldest rename first. */
  formerNames: string[];
  latestSnapshot: {
    id: string;
    status: SnapshotStatus;
    collectedAt: Date;
    counts: SeverityCounts | null;
  } | null;
}

interface ClusterRow {
  id: string;
  name: string;
  created_at: Date;
  snapshot_count: string;
  former_names: string[];
  latest_id: string | null;
  latest_status: SnapshotStatus | null;
  latest_collected_at: Date | null;
  latest_summary: { counts?: SeverityCounts } | null;
}

function toSummary(row: ClusterRow): ClusterSummary {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    snapshotCount: Number(row.snapshot_count),
    formerNames: row.former_names,
    latestSnapshot:
      row.latest_id && row.latest_status && row.latest_collected_at
        ? {
            id: row.latest_id,
            status: row.latest_status,
            collectedAt: row.latest_collected_at,
            counts: row.latest_summary?.counts ?? null,
          }
        : null,
  };
}

const SUMMARY_SQL = `
  SELECT c.id, c.name, c.created_at,
         (SELECT count(*) FROM snapshot s WHERE s.cluster_id = c.id) AS snapshot_count,
         ARRAY(SELECT f.name FROM cluster_former_name f WHERE f.cluster_id = c.id
               ORDER BY f.renamed_at, f.name) AS former_names,
         l.id AS latest_id, l.status AS latest_status, l.collected_at AS latest_collected_at,
         l.summary AS latest_summary
  FROM cluster c
  LEFT JOIN LATERAL (
    SELECT id, status, collected_at, summary FROM snapshot s
    WHERE s.cluster_id = c.id ORDER BY collected_at DESC, received_at DESC LIMIT 1
  ) l ON true`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class ClustersRepository {
  private readonly pool: Pool;

  constructor(db: Database) {
    this.pool = poolOf(db);
  }

  async findByName(name: string): Promise<ClusterSummary | null> {
    const { rows } = await this.pool.query<ClusterRow>(`${SUMMARY_SQL} WHERE c.name = $1`, [name]);
    return rows[0] ? toSummary(rows[0]) : null;
  }

  /** Several clusters by id in one statement (GraphQL batches); unknown ids are left out. */
  async findByIds(ids: readonly string[]): Promise<ClusterSummary[]> {
    const { rows } = await this.pool.query<ClusterRow>(
      `${SUMMARY_SQL} WHERE c.id = ANY($1::uuid[])`,
      [ids.filter((id) => UUID.test(id))],
    );
    return rows.map(toSummary);
  }

  /** Several clusters by name in one statement (GraphQL batches); unknown names are left out. */
  async findByNames(names: readonly string[]): Promise<ClusterSummary[]> {
    const { rows } = await this.pool.query<ClusterRow>(
      `${SUMMARY_SQL} WHERE c.name = ANY($1::text[])`,
      [names],
    );
    return rows.map(toSummary);
  }

  /** Clusters by name, paged. */
  async listClusters(
    limit: number,
    cursor?: string,
    /** Only these cluster ids (a caller's restriction); null or absent: every cluster. */
    visibleIds?: readonly string[] | null,
  ): Promise<Page<ClusterSummary>> {
    const after = cursor ? decodeCursor(cursor, z.object({ name: cursorField.name })).name : '';
    const { rows } = await this.pool.query<ClusterRow>(
      `${SUMMARY_SQL} WHERE c.name > $1 AND ($3::uuid[] IS NULL OR c.id = ANY($3::uuid[]))
       ORDER BY c.name LIMIT $2`,
      [after, limit + 1, visibleIds ?? null],
    );
    return keysetPage(rows, limit, toSummary, (last) => ({ name: last.name }));
  }

  /**
   * The cluster's id, creating it on first use (inside the caller's transaction).
   * A former name of a renamed cluster is refused (`cluster_renamed`, naming the current one).
   */
  async ensureCluster(db: Database | Tx, name: string): Promise<string> {
    const client = sqlOf(db);
    await refuseFormerName(client, name, 'params.name');
    const inserted = await client.query<{ id: string }>(
      'INSERT INTO cluster (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING id',
      [name],
    );
    if (inserted.rows[0]) return inserted.rows[0].id;
    const { rows } = await client.query<{ id: string }>('SELECT id FROM cluster WHERE name = $1', [
      name,
    ]);
    return (rows[0] as { id: string }).id;
  }

  /** Current names of clusters by id (ids that no longer exist are left out). */
  async namesByIds(ids: readonly string[]): Promise<Map<string, string>> {
    const uuids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (uuids.length === 0) return new Map();
    const { rows } = await this.pool.query<{ id: string; name: string }>(
      'SELECT id, name FROM cluster WHERE id = ANY($1::uuid[])',
      [uuids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /**
   * Renames a cluster (its id, and everything keyed by it, stays); the old name
   * is kept as a former name. `conflict` when the new name is taken by another
   * cluster, now or formerly.
   */
  async renameCluster(name: string, newName: string): Promise<ClusterSummary | null> {
    const renamed = await runTransaction(this.pool, async (tx) => {
      const client = clientOf(tx);
      const { rows } = await client.query<{ id: string }>(
        'SELECT id FROM cluster WHERE name = $1 FOR UPDATE',
        [name],
      );
      const id = rows[0]?.id;
      if (!id) return false;
      if (newName !== name) await this.moveName(client, id, name, newName);
      return true;
    });
    if (!renamed) return null;
    return this.findByName(newName);
  }

  /** Deletes a cluster and all its data (snapshots, stored bodies, issues, posture, former names). */
  async deleteCluster(name: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('DELETE FROM cluster WHERE name = $1', [name]);
    return (rowCount ?? 0) > 0;
  }

  private async moveName(client: PoolClient, id: string, name: string, newName: string) {
    const taken = await client.query<{ owner: string }>(
      `SELECT id AS owner FROM cluster WHERE name = $1
       UNION ALL SELECT cluster_id FROM cluster_former_name WHERE name = $1 AND cluster_id <> $2`,
      [newName, id],
    );
    if (taken.rows.length > 0)
      throw new KordonError('conflict', `the name "${newName}" is taken by another cluster`, [
        { path: 'body.name', problem: 'in use (or formerly used) by another cluster' },
      ]);
    await client.query('DELETE FROM cluster_former_name WHERE name = $1', [newName]);
    await client.query(
      'INSERT INTO cluster_former_name (name, cluster_id) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
      [name, id],
    );
    await client.query('UPDATE cluster SET name = $2 WHERE id = $1', [id, newName]);
  }
}

async function refuseFormerName(client: Queryable, name: string, path: string): Promise<void> {
  const { rows } = await client.query<{ current: string }>(
    `SELECT c.name AS current FROM cluster_former_name f JOIN cluster c ON c.id = f.cluster_id
     WHERE f.name = $1`,
    [name],
  );
  const current = rows[0]?.current;
  if (current)
    throw new KordonError(
      'cluster_renamed',
      `cluster "${name}" was renamed to "${current}": send to "${current}"`,
      [{ path, problem: `renamed to "${current}"` }],
    );
}
