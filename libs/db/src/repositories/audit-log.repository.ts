import type { Pool } from 'pg';
import { poolOf, type Database, type Queryable } from '../database';
import { z } from 'zod';
import { decodeCursor, type Page } from '@kordon/contracts';
import { keysetPage } from './keyset-page';

/** Who did something: a principal id (`token:<id>`, `user:<id>`, `system`) and a readable label. */
export interface AuditActor {
  id: string;
  label: string;
}

export const SYSTEM_ACTOR: AuditActor = { id: 'system', label: 'system' };

/** One change to record. `details` must never hold a secret (no token, no password). */
export interface AuditEventInput {
  actor: AuditActor;
  /** `<target type>.<verb>`: `suppression.create`, `token.revoke`, `user.sign_in`, … */
  action: string;
  targetType: string;
  targetId?: string | null;
  clusterId?: string | null;
  details?: Record<string, unknown>;
}

export interface AuditEventRecord {
  id: string;
  at: Date;
  actorId: string;
  actor: string;
  action: string;
  targetType: string;
  targetId: string | null;
  clusterId: string | null;
  details: Record<string, unknown>;
}

export interface AuditEventFilter {
  /** Cluster ids the reader may see; null = all. Events about other clusters are left out. */
  visibleClusterIds?: string[] | null;
  /** Exact action, or a prefix ending in `.` (`suppression.` = every suppression change). */
  action?: string;
  actorId?: string;
  targetType?: string;
  targetId?: string;
  since?: Date;
  until?: Date;
  limit: number;
  cursor?: string;
}

interface AuditRow {
  id: string;
  at: Date;
  actor_id: string;
  actor: string;
  action: string;
  target_type: string;
  target_id: string | null;
  cluster_id: string | null;
  details: Record<string, unknown>;
}

const toRecord = (r: AuditRow): AuditEventRecord => ({
  id: r.id,
  at: r.at,
  actorId: r.actor_id,
  actor: r.actor,
  action: r.action,
  targetType: r.target_type,
  targetId: r.target_id,
  clusterId: r.cluster_id,
  details: r.details,
});

/** Appends one audit event; pass the transaction's client so the change and its record commit together. */
export async function insertAuditEvent(db: Queryable, event: AuditEventInput): Promise<void> {
  await db.query(
    `INSERT INTO audit_event (actor_id, actor, action, target_type, target_id, cluster_id, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      event.actor.id,
      event.actor.label,
      event.action,
      event.targetType,
      event.targetId ?? null,
      event.clusterId ?? null,
      JSON.stringify(event.details ?? {}),
    ],
  );
}

const cursorSchema = z.object({ at: z.string(), id: z.string().uuid() });

/** The append-only audit log: every change to suppressions, tokens, users and roles, and sign-ins. */
export class AuditLogRepository {
  private readonly pool: Pool;

  constructor(db: Database) {
    this.pool = poolOf(db);
  }

  /** Records one event outside any other transaction (sign-ins, failed sign-ins). */
  async record(event: AuditEventInput): Promise<void> {
    await insertAuditEvent(this.pool, event);
  }

  /** Events newest first, filtered, paged. */
  async list(filter: AuditEventFilter): Promise<Page<AuditEventRecord>> {
    const params: unknown[] = [filter.limit + 1];
    const where: string[] = ['true'];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (filter.visibleClusterIds)
      add(
        (p) => `(cluster_id IS NULL OR cluster_id = ANY(${p}::uuid[]))`,
        filter.visibleClusterIds,
      );
    if (filter.action?.endsWith('.')) add((p) => `starts_with(action, ${p})`, filter.action);
    else if (filter.action) add((p) => `action = ${p}`, filter.action);
    if (filter.actorId) add((p) => `actor_id = ${p}`, filter.actorId);
    if (filter.targetType) add((p) => `target_type = ${p}`, filter.targetType);
    if (filter.targetId) add((p) => `target_id = ${p}`, filter.targetId);
    if (filter.since) add((p) => `at >= ${p}`, filter.since);
    if (filter.until) add((p) => `at < ${p}`, filter.until);
    if (filter.cursor) {
      const c = decodeCursor(filter.cursor, cursorSchema);
      params.push(c.at, c.id);
      where.push(`(at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const { rows } = await this.pool.query<AuditRow>(
      `SELECT * FROM audit_event WHERE ${where.join(' AND ')} ORDER BY at DESC, id DESC LIMIT $1`,
      params,
    );
    return keysetPage(rows, filter.limit, toRecord, (_, last) => ({
      at: last.at.toISOString(),
      id: last.id,
    }));
  }
}
