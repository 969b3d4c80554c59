import type { Pool } from 'pg';
import { poolOf, type Database } from '../database';
import { hashToken } from '../repositories/tokens.repository';

export interface PendingOidcLogin {
  codeVerifier: string;
  nonce: string;
  returnTo: string;
}

/** OIDC sign-ins in flight, keyed by the hash of their `state`; each is taken once. */
export class OidcLoginsRepository {
  private readonly pool: Pool;

  constructor(db: Database) {
    this.pool = poolOf(db);
  }

  async savePending(state: string, login: PendingOidcLogin, expiresAt: Date): Promise<void> {
    await this.pool.query('DELETE FROM oidc_login WHERE expires_at < now()');
    await this.pool.query(
      `INSERT INTO oidc_login (state_hash, code_verifier, nonce, return_to, expires_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [hashToken(state), login.codeVerifier, login.nonce, login.returnTo, expiresAt],
    );
  }

  /** The pending login for `state`, removed so it cannot be replayed; null when unknown or expired. */
  async takePending(state: string, now: Date): Promise<PendingOidcLogin | null> {
    // DELETE … RETURNING: of two concurrent callbacks with the same state, one gets the row
    const { rows } = await this.pool.query<PendingOidcLogin & { expiresAt: Date }>(
      `DELETE FROM oidc_login WHERE state_hash = $1
       RETURNING code_verifier AS "codeVerifier", nonce, return_to AS "returnTo", expires_at AS "expiresAt"`,
      [hashToken(state)],
    );
    const row = rows[0];
    if (!row || row.expiresAt <= now) return null;
    return { codeVerifier: row.codeVerifier, nonce: row.nonce, returnTo: row.returnTo };
  }
}
