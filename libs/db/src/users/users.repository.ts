import type { Role } from '@kordon/contracts';
import type { Pool } from 'pg';
import { poolOf, type Database } from '../database';
import { hashPassword, verifyPassword } from './password-hash';
import {
  normalizeEmail,
  toUserRecord,
  userColumns,
  type UserRecord,
  type UserRow,
} from './user-record';

export interface NewUser {
  email: string;
  role: Role;
  /** Omitted: the account can sign in only through single sign-on. */
  password?: string;
  displayName?: string | null;
  clusters?: '*' | string[];
}

function clusterColumns(clusters: '*' | string[] | undefined) {
  if (clusters === undefined || clusters === '*') return { allClusters: true, clusterIds: [] };
  return { allClusters: false, clusterIds: [...new Set(clusters)] };
}

const COLUMNS = userColumns('app_user');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Users, their passwords (argon2id) and their single sign-on links. */
export class UsersRepository {
  private readonly pool: Pool;

  constructor(db: Database) {
    this.pool = poolOf(db);
  }

  async createUser(input: NewUser): Promise<UserRecord> {
    const { allClusters, clusterIds } = clusterColumns(input.clusters);
    const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
    const { rows } = await this.pool.query<UserRow>(
      `INSERT INTO app_user (email, role, display_name, password_hash, all_clusters, cluster_ids)
       VALUES ($1, $2, $3, $4, $5, $6::uuid[]) RETURNING ${COLUMNS}`,
      [
        normalizeEmail(input.email),
        input.role,
        input.displayName ?? null,
        passwordHash,
        allClusters,
        clusterIds,
      ],
    );
    return toUserRecord(rows[0] as UserRow);
  }

  async findByEmail(email: string): Promise<UserRecord | null> {
    const row = await this.rowByEmail(email);
    return row ? toUserRecord(row) : null;
  }

  async findById(id: string): Promise<UserRecord | null> {
    if (!UUID.test(id)) return null;
    const { rows } = await this.pool.query<UserRow>(
      `SELECT ${COLUMNS} FROM app_user WHERE id = $1`,
      [id],
    );
    return rows[0] ? toUserRecord(rows[0]) : null;
  }

  async listUsers(): Promise<UserRecord[]> {
    const { rows } = await this.pool.query<UserRow>(
      `SELECT ${COLUMNS} FROM app_user ORDER BY email`,
    );
    return rows.map(toUserRecord);
  }

  /** The enabled user with this email and password, or null (the same work either way). */
  async findByPassword(email: string, password: string): Promise<UserRecord | null> {
    const row = await this.rowByEmail(email);
    const ok = await verifyPassword(row?.passwordHash ?? null, password);
    if (!row || !ok || row.disabledAt) return null;
    return toUserRecord(row);
  }

  async setPassword(userId: string, password: string): Promise<void> {
    await this.update(userId, 'password_hash = $2', [await hashPassword(password)]);
  }

  async setRoleAndClusters(
    userId: string,
    role: Role,
    clusters: '*' | string[],
  ): Promise<UserRecord> {
    const { allClusters, clusterIds } = clusterColumns(clusters);
    return this.update(userId, 'role = $2, all_clusters = $3, cluster_ids = $4::uuid[]', [
      role,
      allClusters,
      clusterIds,
    ]);
  }

  /** Disables the user at `at`, or enables them again (null). */
  async setDisabled(userId: string, at: Date | null): Promise<UserRecord> {
    return this.update(userId, 'disabled_at = $2', [at]);
  }

  /** Enabled admins. */
  async countAdmins(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM app_user WHERE role = 'admin' AND disabled_at IS NULL`,
    );
    return rows[0]?.n ?? 0;
  }

  async findByIdentity(issuer: string, subject: string): Promise<UserRecord | null> {
    const { rows } = await this.pool.query<UserRow>(
      `SELECT ${userColumns('u')} FROM user_identity i JOIN app_user u ON u.id = i.user_id
       WHERE i.issuer = $1 AND i.subject = $2`,
      [issuer, subject],
    );
    return rows[0] ? toUserRecord(rows[0]) : null;
  }

  async linkIdentity(userId: string, issuer: string, subject: string): Promise<void> {
    await this.pool.query(
      'INSERT INTO user_identity (user_id, issuer, subject) VALUES ($1, $2, $3)',
      [userId, issuer, subject],
    );
  }

  private async rowByEmail(email: string): Promise<UserRow | null> {
    const { rows } = await this.pool.query<UserRow>(
      `SELECT ${COLUMNS} FROM app_user WHERE email = $1`,
      [normalizeEmail(email)],
    );
    return rows[0] ?? null;
  }

  /** Sets columns of one user (`$1` is its id) and returns it; a missing user is a bug. */
  private async update(userId: string, set: string, values: unknown[]): Promise<UserRecord> {
    const { rows } = await this.pool.query<UserRow>(
      `UPDATE app_user SET ${set} WHERE id = $1 RETURNING ${COLUMNS}`,
      [userId, ...values],
    );
    if (!rows[0]) throw new Error(`no user with id ${userId}`);
    return toUserRecord(rows[0]);
  }
}
