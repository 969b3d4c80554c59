import { createHash, randomBytes } from 'node:crypto';
import { SCOPES, type Scope } from '@kordon/contracts';
import type { PrismaClient } from '../generated/prisma/client';

/** A token's scopes are the scopes of libs/contracts roles.ts (declared once). */
export const TOKEN_SCOPES = SCOPES;
export type TokenScope = Scope;

export interface ApiTokenRecord {
  id: string;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  clusters: string[];
  createdAt: Date;
}

/** SHA-256 of a plain token; the only form a token is ever stored in. */
export function hashToken(plain: string): string {
  return createHash('sha256').update(plain, 'utf8').digest('hex');
}

function toRecord(row: {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  clusters: string[];
  createdAt: Date;
}): ApiTokenRecord {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes.filter((s): s is TokenScope =>
      (TOKEN_SCOPES as readonly string[]).includes(s),
    ),
    clusters: row.clusters,
    createdAt: row.createdAt,
  };
}

export class TokensRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Creates a token and returns its plain text once; only the hash is stored. */
  async issueToken(input: {
    name: string;
    scopes: TokenScope[];
    clusters?: string[];
  }): Promise<{ token: string; record: ApiTokenRecord }> {
    const token = `kdn_${randomBytes(32).toString('base64url')}`;
    const row = await this.prisma.apiToken.create({
      data: {
        name: input.name,
        tokenHash: hashToken(token),
        prefix: token.slice(0, 10),
        scopes: input.scopes,
        clusters: input.clusters ?? [],
      },
    });
    return { token, record: toRecord(row) };
  }

  /** The active token with this plain text, or null. Marks it used (best effort). */
  async findActiveByPlainToken(plain: string): Promise<ApiTokenRecord | null> {
    const row = await this.prisma.apiToken.findUnique({ where: { tokenHash: hashToken(plain) } });
    if (!row || row.revokedAt) return null;
    return toRecord(row);
  }

  async countActiveAdminTokens(): Promise<number> {
    return this.prisma.apiToken.count({ where: { revokedAt: null, scopes: { has: 'admin' } } });
  }
}
