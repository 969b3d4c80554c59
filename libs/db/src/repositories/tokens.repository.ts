import { createHash, randomBytes } from 'node:crypto';
import { SCOPES, type Scope } from '@kordon/contracts';
import type { PrismaClient } from '../generated/prisma/client';
import type { AuditActor } from './audit-log.repository';

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

const SELECT = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  clusters: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdBy: true,
} as const;

/** How often a token's last-used time is written at most (it is read on every request). */
const LAST_USED_RESOLUTION_MS = 60_000;

export class TokensRepository {
  constructor(private readonly prisma: PrismaClient) {}

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
    const row = await this.prisma.$transaction(async (tx) => {
      const created = await tx.apiToken.create({
        data: {
          name: input.name,
          tokenHash: hashToken(token),
          prefix: token.slice(0, TOKEN_PREFIX.length + 4),
          scopes: input.scopes,
          clusters,
          expiresAt: input.expiresAt ?? null,
          createdBy: actor?.id ?? null,
        },
        select: SELECT,
      });
      if (actor)
        await tx.auditEvent.create({
          data: {
            actorId: actor.id,
            actor: actor.label,
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
          },
        });
      return created;
    });
    return { token, record: toRecord(row) };
  }

  /** The active (not revoked, not expired) token with this plain text, or null. Marks it used. */
  async findActiveByPlainToken(plain: string, now = new Date()): Promise<ApiTokenRecord | null> {
    const row = await this.prisma.apiToken.findUnique({
      where: { tokenHash: hashToken(plain) },
      select: SELECT,
    });
    if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.prisma.apiToken
        .update({ where: { id: row.id }, data: { lastUsedAt: now } })
        .catch(() => undefined);
      row.lastUsedAt = now;
    }
    return toRecord(row);
  }

  async findById(id: string): Promise<ApiTokenRecord | null> {
    const row = await this.prisma.apiToken.findUnique({ where: { id }, select: SELECT });
    return row ? toRecord(row) : null;
  }

  /** Tokens newest first; `createdBy` limits to one creator's. Revoked ones only when asked. */
  async list(options: {
    createdBy?: string;
    includeRevoked?: boolean;
    limit: number;
    afterId?: { createdAt: Date; id: string };
  }): Promise<ApiTokenRecord[]> {
    const rows = await this.prisma.apiToken.findMany({
      where: {
        ...(options.createdBy ? { createdBy: options.createdBy } : {}),
        ...(options.includeRevoked ? {} : { revokedAt: null }),
        ...(options.afterId
          ? {
              OR: [
                { createdAt: { lt: options.afterId.createdAt } },
                { createdAt: options.afterId.createdAt, id: { lt: options.afterId.id } },
              ],
            }
          : {}),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: options.limit,
      select: SELECT,
    });
    return rows.map(toRecord);
  }

  /** Revokes a token (idempotent: false when it was already revoked) and records who did. */
  async revoke(id: string, actor: AuditActor, now = new Date()): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.apiToken.updateMany({
        where: { id, revokedAt: null },
        data: { revokedAt: now },
      });
      if (count > 0)
        await tx.auditEvent.create({
          data: {
            actorId: actor.id,
            actor: actor.label,
            action: 'token.revoke',
            targetType: 'token',
            targetId: id,
          },
        });
      return count > 0;
    });
  }

  /**
   * Tokens from before clusters were required (no clusters) get `*`, as they behaved.
   * Returns the ones changed so start-up can warn about them.
   */
  async migrateUnrestrictedTokens(): Promise<{ id: string; name: string }[]> {
    const rows = await this.prisma.apiToken.findMany({
      where: { clusters: { isEmpty: true } },
      select: { id: true, name: true },
    });
    if (rows.length > 0)
      await this.prisma.apiToken.updateMany({
        where: { id: { in: rows.map((r) => r.id) }, clusters: { isEmpty: true } },
        data: { clusters: ['*'] },
      });
    return rows;
  }

  async countActiveAdminTokens(): Promise<number> {
    return this.prisma.apiToken.count({ where: { revokedAt: null, scopes: { has: 'admin' } } });
  }
}
