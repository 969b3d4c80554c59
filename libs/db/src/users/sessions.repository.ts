import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client';
import { hashToken } from '../repositories/tokens.repository';
import type { ActiveSession, IssuedSession, SessionRecord, SignInMethod } from './session-record';
import { toUserRecord } from './user-record';

/** Touch `last_seen_at` at most this often (idle expiry is measured from it). */
const TOUCH_EVERY_MS = 15_000;

function toSessionRecord(row: {
  id: string;
  userId: string;
  method: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}): SessionRecord {
  return {
    id: row.id,
    userId: row.userId,
    method: row.method === 'oidc' ? 'oidc' : 'password',
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    expiresAt: row.expiresAt,
  };
}

/** Dashboard sessions. Only hashes of the cookie value and the CSRF token are stored. */
export class SessionsRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async createSession(input: {
    userId: string;
    method: SignInMethod;
    now: Date;
    maxAgeSeconds: number;
    ip: string | null;
    userAgent: string | null;
  }): Promise<IssuedSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const row = await this.prisma.userSession.create({
      data: {
        userId: input.userId,
        tokenHash: hashToken(token),
        csrfHash: hashToken(csrfToken),
        method: input.method,
        createdAt: input.now,
        lastSeenAt: input.now,
        expiresAt: new Date(input.now.getTime() + input.maxAgeSeconds * 1000),
        ip: input.ip,
        userAgent: input.userAgent?.slice(0, 512) ?? null,
      },
    });
    return { token, csrfToken, session: toSessionRecord(row) };
  }

  /**
   * The session behind a cookie value, when it is neither revoked, past its absolute
   * expiry, idle for longer than `idleSeconds`, nor its user disabled; marks it seen.
   */
  async findActive(token: string, now: Date, idleSeconds: number): Promise<ActiveSession | null> {
    const row = await this.prisma.userSession.findUnique({
      where: { tokenHash: hashToken(token) },
      include: { user: true },
    });
    if (!row || row.revokedAt || row.user.disabledAt) return null;
    if (row.expiresAt <= now) return null;
    if (now.getTime() - row.lastSeenAt.getTime() > idleSeconds * 1000) return null;
    if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.prisma.userSession.update({ where: { id: row.id }, data: { lastSeenAt: now } });
    }
    return { session: toSessionRecord(row), user: toUserRecord(row.user), csrfHash: row.csrfHash };
  }

  async revokeSession(sessionId: string, now: Date): Promise<void> {
    await this.prisma.userSession.updateMany({
      where: { id: sessionId, revokedAt: null },
      data: { revokedAt: now },
    });
  }

  /** Signs a user out everywhere (password reset, role change). Returns how many ended. */
  async revokeUserSessions(userId: string, now: Date): Promise<number> {
    const result = await this.prisma.userSession.updateMany({
      where: { userId, revokedAt: null },
      data: { revokedAt: now },
    });
    return result.count;
  }
}
