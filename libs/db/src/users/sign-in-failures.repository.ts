import type { Pool } from 'pg';
import { poolOf, type Database } from '../database';

export interface FailureCounts {
  account: number;
  ip: number;
}

/** Failed password sign-ins, counted per account and per address over a window. */
export class SignInFailuresRepository {
  private readonly pool: Pool;

  constructor(db: Database) {
    this.pool = poolOf(db);
  }

  async recordFailure(email: string, ip: string, at: Date): Promise<void> {
    await this.pool.query('INSERT INTO sign_in_failure (email, ip, at) VALUES ($1, $2, $3)', [
      email,
      ip,
      at,
    ]);
  }

  async countSince(email: string, ip: string, since: Date): Promise<FailureCounts> {
    const { rows } = await this.pool.query<FailureCounts>(
      `SELECT (SELECT count(*)::int FROM sign_in_failure WHERE email = $1 AND at > $3) AS account,
              (SELECT count(*)::int FROM sign_in_failure WHERE ip = $2 AND at > $3) AS ip`,
      [email, ip, since],
    );
    return rows[0] ?? { account: 0, ip: 0 };
  }

  /** After a successful sign-in the account's count starts over (the address's does not). */
  async clearAccount(email: string): Promise<void> {
    await this.pool.query('DELETE FROM sign_in_failure WHERE email = $1', [email]);
  }

  async deleteOlderThan(before: Date): Promise<void> {
    await this.pool.query('DELETE FROM sign_in_failure WHERE at < $1', [before]);
  }
}
