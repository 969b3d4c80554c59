import { createHash, randomBytes } from 'node:crypto';
import { SCOPES, type Scope } from '@kordon/contracts';
import type { Pool } from 'pg';
import { poolOf, runTransaction, clientOf, type Database } from '../database';
import { insertAuditEvent, type AuditActor } from './audit-log.repository';

/** A token's scopes are the scopes of libs/contracts roles.ts (declared once). */
export const TOKEN_SCOPES = SCOPES;
export type TokenScope = Scope;

/** Every token Kordon issues starts with this, so secret scanners can find leaked ones. */
export const TOKEN_PREFIX = 'kordon_';
/** `kordon_` + 43 base64url characters (32 random bytes). */
export const TOKEN_PATTERN = /^kordon_[A-Za-z0-9_-]{43}$/;

export interface ApiTokenRecord {
  id: string;
  name: string;
  /** The first characters of the token (`kordon_AbC1`), to recognise it in lists. */
  prefix: string;
  scopes: TokenScope[];
  /** Cluster ids, or `['*']` for every cluster. */
  clusters: string[];
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  /** Principal id of the creator (null: the launcher or the database). */
  createdBy: string | null;
}

export interface NewApiToken {
  name: string;
  scopes: TokenScope[];
  /** Cluster ids, or `'*'` (default) for every cluster. */
  clusters?: '*' | string[];
  expiresAt?: Date | null;
}

/** SHA-256 of a plain token; the only form a token is ever stored in. */
export function hashToken(plain: string): string {
  return createHash('sha256').update(plain, 'utf8').digest('hex');
}

/** The clusters a token may touch: `'*'` or cluster ids. */
export function tokenClusterAccess(token: Pick<ApiTokenRecord, 'clusters'>): '*' | string[] {
  return token.clusters.length === 0 || token.clusters.includes('*') ? '*' : token.clusters;
}

type Row = Omit<ApiTokenRecord, 'scopes'> & { scopes: string[] };

function toRecord(row: Row): ApiTokenRecord {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes.filter((s): s is TokenScope =>
      (TOKEN_SCOPES as readonly string[]).includes(s),
    ),
    clusters: row.clusters,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
    createdBy: row.createdBy,
  };
}

const COLUMNS = `id, name, prefix, scopes, clusters, created_at AS "createdAt", expires_at AS "expiresAt",
  last_used_at AS "lastUsedAt", revoked_at AS "revokedAt", created_by AS "createdBy"`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How often a token's last-used time is written at most (it is read on every request). */
const LAST_USED_RESOLUTION_MS = 60_000;

export class TokensRepository {
  private readonly pool: Pool;

  constructor(db: Database) {
    this.pool = poolOf(db);
  }

  /**
   * Creates a token and returns its plain text once; only the hash is stored. With an actor,
   * the creation is recorded in the audit log in the same transaction (never the secret).
   */
  async issueToken(
    input: NewApiToken,
    actor?: AuditActor,
  ): Promise<{ token: string; record: ApiTokenRecord }> {
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const clusters =
      input.clusters === undefined || input.clusters === '*' ? ['*'] : input.clusters;
    const row = await runTransaction(this.pool, async (tx) => {
      const client = clientOf(tx);
      const { rows } = await client.query<Row>(
        `INSERT INTO api_token (name, token_hash, prefix, scopes, clusters, expires_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
        [
          input.name,
          hashToken(token),
          token.slice(0, TOKEN_PREFIX.length + 4),
          input.scopes,
          clusters,
          input.expiresAt ?? null,
          actor?.id ?? null,
        ],
      );
      const created = rows[0] as Row;
      if (actor)
        await insertAuditEvent(client, {
          actor,
          action: 'token.create',
          targetType: 'token',
          targetId: created.id,
          details: {
            name: created.name,
            prefix: created.prefix,
            scopes: created.scopes,
            clusters: created.clusters,
            expiresAt: created.expiresAt?.toISOString() ?? null,
          },
        });
      return created;
    });
    return { token, record: toRecord(row) };
  }

  /** The active (not revoked, not expired) token with this plain text, or null. Marks it used. */
  async findActiveByPlainToken(plain: string, now = new Date()): Promise<ApiTokenRecord | null> {
    const { rows } = await this.pool.query<Row>(
      `SELECT ${COLUMNS} FROM api_token WHERE token_hash = $1`,
      [hashToken(plain)],
    );
    const row = rows[0];
    if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.pool
        .query('UPDATE api_token SET last_used_at = $2 WHERE id = $1', [row.id, now])
        .catch(() => undefined);
      row.lastUsedAt = now;
    }
    return toRecord(row);
  }

  async findById(id: string): Promise<ApiTokenRecord | null> {
    if (!UUID.test(id)) return null;
    const { rows } = await this.pool.query<Row>(`SELECT ${COLUMNS} FROM api_token WHERE id = $1`, [
      id,
    ]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Tokens newest first; `createdBy` limits to one creator's. Revoked ones only when asked. */
  async list(options: {
    createdBy?: string;
    includeRevoked?: boolean;
    limit: number;
    afterId?: { createdAt: Date; id: string };
  }): Promise<ApiTokenRecord[]> {
    const params: unknown[] = [options.limit];
    const where: string[] = ['true'];
    if (options.createdBy) {
      params.push(options.createdBy);
      where.push(`created_by = $${params.length}`);
    }
    if (!options.includeRevoked) where.push('revoked_at IS NULL');
    if (options.afterId) {
      params.push(options.afterId.createdAt, options.afterId.id);
      where.push(
        `(created_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    const { rows } = await this.pool.query<Row>(
      `SELECT ${COLUMNS} FROM api_token WHERE ${where.join(' AND ')}
       ORDER BY created_at DESC, id DESC LIMIT $1`,
      params,
    );
    return rows.map(toRecord);
  }

  /** Revokes a token (idempotent: false when it was already revoked) and records who did. */
  async revoke(id: string, actor: AuditActor, now = new Date()): Promise<boolean> {
    if (!UUID.test(id)) return false;
    return runTransaction(this.pool, async (tx) => {
      const client = clientOf(tx);
      const { rowCount } = await client.query(
        'UPDATE api_token SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL',
        [id, now],
      );
      const revoked = (rowCount ?? 0) > 0;
      if (revoked)
        await insertAuditEvent(client, {
          actor,
          action: 'token.revoke',
          targetType: 'token',
          targetId: id,
        });
      return revoked;
    });
  }

  /**
   * Tokens from before clusters were required (no clusters) get `*`, as they behaved.
   * Returns the ones changed so start-up can warn about them.
   */
  async migrateUnrestrictedTokens(): Promise<{ id: string; name: string }[]> {
    const { rows } = await this.pool.query<{ id: string; name: string }>(
      `UPDATE api_token SET clusters = ARRAY['*'] WHERE cardinality(clusters) = 0 RETURNING id, name`,
    );
    return rows;
  }

  async countActiveAdminTokens(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM api_token WHERE revoked_at IS NULL AND 'admin' = ANY(scopes)`,
    );
    return rows[0]?.n ?? 0;
  }
}
