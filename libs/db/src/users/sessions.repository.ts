import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { poolOf, type Database } from '../database';
import { hashToken } from '../repositories/tokens.repository';
import type { ActiveSession, IssuedSession, SessionRecord, SignInMethod } from './session-record';
import { toUserRecord, userColumns, type UserRow } from './user-record';

/** Touch `last_seen_at` at most this often (idle expiry is measured from it). */
const TOUCH_EVERY_MS = 15_000;

interface SessionRow {
  id: string;
  userId: string;
  method: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

const SESSION_COLUMNS = `s.id AS "id", s.user_id AS "userId", s.method AS "method",
  s.created_at AS "createdAt", s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt"`;

function toSessionRecord(row: SessionRow): SessionRecord {
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
  private readonly pool: Pool;

  constructor(db: Database) {
    this.pool = poolOf(db);
  }

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
    const { rows } = await this.pool.query<SessionRow>(
      `INSERT INTO user_session AS s (user_id, token_hash, csrf_hash, method, created_at, last_seen_at,
         expires_at, ip, user_agent)
       VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8) RETURNING ${SESSION_COLUMNS}`,
      [
        input.userId,
        hashToken(token),
        hashToken(csrfToken),
        input.method,
        input.now,
        new Date(input.now.getTime() + input.maxAgeSeconds * 1000),
        input.ip,
        input.userAgent?.slice(0, 512) ?? null,
      ],
    );
    return { token, csrfToken, session: toSessionRecord(rows[0] as SessionRow) };
  }

  /**
   * The session behind a cookie value, when it is neither revoked, past its absolute
   * expiry, idle for longer than `idleSeconds`, nor its user disabled; marks it seen.
   */
  async findActive(token: string, now: Date, idleSeconds: number): Promise<ActiveSession | null> {
    const { rows } = await this.pool.query<
      UserRow & {
        sessionId: string;
        method: string;
        sessionCreatedAt: Date;
        lastSeenAt: Date;
        expiresAt: Date;
        revokedAt: Date | null;
        csrfHash: string;
      }
    >(
      `SELECT s.id AS "sessionId", s.method, s.created_at AS "sessionCreatedAt",
              s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt", s.revoked_at AS "revokedAt",
              s.csrf_hash AS "csrfHash", ${userColumns('u')}
       FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = $1`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row || row.revokedAt || row.disabledAt) return null;
    if (row.expiresAt <= now) return null;
    if (now.getTime() - row.lastSeenAt.getTime() > idleSeconds * 1000) return null;
    let lastSeenAt = row.lastSeenAt;
    if (now.getTime() - lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.pool.query('UPDATE user_session SET last_seen_at = $2 WHERE id = $1', [
        row.sessionId,
        now,
      ]);
      lastSeenAt = now;
    }
    const session = toSessionRecord({
      id: row.sessionId,
      userId: row.id,
      method: row.method,
      createdAt: row.sessionCreatedAt,
      lastSeenAt,
      expiresAt: row.expiresAt,
    });
    return { session, user: toUserRecord(row), csrfHash: row.csrfHash };
  }

  async revokeSession(sessionId: string, now: Date): Promise<void> {
    await this.pool.query(
      'UPDATE user_session SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL',
      [sessionId, now],
    );
  }

  /** Signs a user out everywhere (password reset, role change). Returns how many ended. */
  async revokeUserSessions(userId: string, now: Date): Promise<number> {
    const { rowCount } = await this.pool.query(
      'UPDATE user_session SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL',
      [userId, now],
    );
    return rowCount ?? 0;
  }
}
