import type { Pool } from 'pg';
import { clientOf, poolOf, runTransaction, type Database } from '../database';
import { z } from 'zod';
import { decodeCursor, type Page, type SuppressionRule } from '@kordon/contracts';
import { insertAuditEvent, type AuditActor } from './audit-log.repository';
import { keysetPage } from './keyset-page';

export interface NewSuppression {
  checkId: string;
  clusterId: string | null;
  repository: string | null;
  namespace: string | null;
  workload: string | null;
  container: string | null;
  reason: string;
  expiresAt: Date | null;
}

export interface SuppressionRecord extends NewSuppression {
  id: string;
  clusterName: string | null;
  authorId: string;
  author: string;
  createdAt: Date;
}

export interface SuppressionFilter {
  /** Cluster ids the caller may see; null = every cluster. Repository suppressions are always visible. */
  visibleClusterIds: string[] | null;
  clusterId?: string;
  repository?: string;
  /** Include suppressions past their expiry (default: only those in force). */
  includeExpired?: boolean;
  limit: number;
  cursor?: string;
}

interface Row {
  id: string;
  check_id: string;
  cluster_id: string | null;
  cluster_name: string | null;
  repository: string | null;
  namespace: string | null;
  workload: string | null;
  container: string | null;
  reason: string;
  author_id: string;
  author: string;
  created_at: Date;
  expires_at: Date | null;
}

const toRecord = (r: Row): SuppressionRecord => ({
  id: r.id,
  checkId: r.check_id,
  clusterId: r.cluster_id,
  clusterName: r.cluster_name,
  repository: r.repository,
  namespace: r.namespace,
  workload: r.workload,
  container: r.container,
  reason: r.reason,
  authorId: r.author_id,
  author: r.author,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
});

/** A stored suppression as a rule `matchSuppression` understands. */
export function toSuppressionRule(s: SuppressionRecord): SuppressionRule {
  return {
    check: s.checkId,
    reason: s.reason,
    ...(s.namespace !== null ? { namespace: s.namespace } : {}),
    ...(s.workload !== null ? { workload: s.workload } : {}),
    ...(s.container !== null ? { container: s.container } : {}),
    ...(s.expiresAt !== null ? { expires: s.expiresAt.toISOString() } : {}),
  };
}

const SELECT = `SELECT s.*, c.name AS cluster_name FROM suppression s LEFT JOIN cluster c ON c.id = s.cluster_id`;
const cursorSchema = z.object({ at: z.string(), id: z.string().uuid() });

/** Suppressions: written with their audit event in one transaction; read by the API, worker and CI gate. */
export class SuppressionsRepository {
  private readonly pool: Pool;

  constructor(db: Database) {
    this.pool = poolOf(db);
  }

  async create(input: NewSuppression, actor: AuditActor): Promise<SuppressionRecord> {
    const id = await runTransaction(this.pool, async (tx) => {
      const client = clientOf(tx);
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO suppression (check_id, cluster_id, repository, namespace, workload, container,
           reason, author_id, author, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          input.checkId,
          input.clusterId,
          input.repository,
          input.namespace,
          input.workload,
          input.container,
          input.reason,
          actor.id,
          actor.label,
          input.expiresAt,
        ],
      );
      const id = (rows[0] as { id: string }).id;
      await insertAuditEvent(client, {
        actor,
        action: 'suppression.create',
        targetType: 'suppression',
        targetId: id,
        clusterId: input.clusterId,
        details: { ...input, expiresAt: input.expiresAt?.toISOString() ?? null },
      });
      return id;
    });
    return (await this.findById(id)) as SuppressionRecord;
  }

  async findById(id: string): Promise<SuppressionRecord | null> {
    const { rows } = await this.pool.query<Row>(`${SELECT} WHERE s.id = $1`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Deletes a suppression and records who did; false when it did not exist. */
  async delete(existing: SuppressionRecord, actor: AuditActor): Promise<boolean> {
    return runTransaction(this.pool, async (tx) => {
      const client = clientOf(tx);
      const { rowCount } = await client.query('DELETE FROM suppression WHERE id = $1', [
        existing.id,
      ]);
      if (rowCount)
        await insertAuditEvent(client, {
          actor,
          action: 'suppression.delete',
          targetType: 'suppression',
          targetId: existing.id,
          clusterId: existing.clusterId,
          details: { checkId: existing.checkId, reason: existing.reason },
        });
      return Boolean(rowCount);
    });
  }

  /** Newest first, paged. */
  async list(filter: SuppressionFilter): Promise<Page<SuppressionRecord>> {
    const params: unknown[] = [filter.limit + 1];
    const where: string[] = ['true'];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (filter.visibleClusterIds)
      add(
        (p) => `(s.cluster_id IS NULL OR s.cluster_id = ANY(${p}::uuid[]))`,
        filter.visibleClusterIds,
      );
    if (filter.clusterId) add((p) => `s.cluster_id = ${p}`, filter.clusterId);
    if (filter.repository) add((p) => `s.repository = ${p}`, filter.repository);
    if (!filter.includeExpired) where.push('(s.expires_at IS NULL OR s.expires_at > now())');
    if (filter.cursor) {
      const c = decodeCursor(filter.cursor, cursorSchema);
      params.push(c.at, c.id);
      where.push(
        `(s.created_at, s.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    const { rows } = await this.pool.query<Row>(
      `${SELECT} WHERE ${where.join(' AND ')} ORDER BY s.created_at DESC, s.id DESC LIMIT $1`,
      params,
    );
    return keysetPage(rows, filter.limit, toRecord, (last) => ({
      at: last.createdAt.toISOString(),
      id: last.id,
    }));
  }

  /** The rules in force for a cluster at an instant (the worker passes the snapshot's collectedAt). */
  async activeRulesForCluster(clusterId: string, at: Date): Promise<SuppressionRule[]> {
    return this.activeRules('s.cluster_id = $1', clusterId, at);
  }

  /** The rules in force for a CI repository's scans at an instant (for the CI gate). */
  async activeRulesForRepository(repository: string, at: Date): Promise<SuppressionRule[]> {
    return this.activeRules('s.repository = $1', repository, at);
  }

  private async activeRules(scope: string, value: string, at: Date): Promise<SuppressionRule[]> {
    const { rows } = await this.pool.query<Row>(
      `${SELECT} WHERE ${scope} AND (s.expires_at IS NULL OR s.expires_at > $2) ORDER BY s.created_at`,
      [value, at],
    );
    return rows.map(toRecord).map(toSuppressionRule);
  }
}
