import type { Pool, PoolClient } from 'pg';
import { z } from 'zod';
import { cursorField, decodeCursor, encodeCursor, type Page } from '@kordon/contracts';
import type { SeverityCounts, SnapshotStatus } from './snapshot-record';

export interface ClusterSummary {
  id: string;
  name: string;
  createdAt: Date;
  snapshotCount: number;
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
         l.id AS latest_id, l.status AS latest_status, l.collected_at AS latest_collected_at,
         l.summary AS latest_summary
  FROM cluster c
  LEFT JOIN LATERAL (
    SELECT id, status, collected_at, summary FROM snapshot s
    WHERE s.cluster_id = c.id ORDER BY collected_at DESC, received_at DESC LIMIT 1
  ) l ON true`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class ClustersRepository {
  constructor(private readonly pool: Pool) {}

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
    const items = rows.slice(0, limit).map(toSummary);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > limit && last ? encodeCursor({ name: last.name }) : null,
    };
  }

  /** The cluster's id, creating it on first use (inside the caller's transaction). */
  async ensureCluster(client: Pool | PoolClient, name: string): Promise<string> {
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
}
