import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { connectDatabase, TokensRepository } from '@kordon/db';

export interface AdminToken {
  /** The plain token when known: just issued, or read back from the token file. */
  token: string | null;
  /** Whether this start issued it (first start). */
  issued: boolean;
  /** `$KORDON_HOME/admin-token` */
  file: string;
}

export const ADMIN_TOKEN_NAME = 'admin (created by npm start)';

/**
 * On a first start (no active admin token, or no token file) issues one and writes
 * the plain token to `$KORDON_HOME/admin-token`, mode 0600; only its hash is
 * stored. Later starts issue nothing and read the file back.
 */
export async function ensureAdminToken(databaseUrl: string, home: string): Promise<AdminToken> {
  const file = path.join(path.resolve(home), 'admin-token');
  const database = connectDatabase(databaseUrl);
  try {
    const tokens = new TokensRepository(database);
    const saved = existsSync(file) ? readFileSync(file, 'utf8').trim() || null : null;
    if (saved && (await tokens.countActiveAdminTokens()) > 0)
      return { token: saved, issued: false, file };
    const { token } = await tokens.issueToken({ name: ADMIN_TOKEN_NAME, scopes: ['admin'] });
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o755 });
    writeFileSync(file, `${token}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
    return { token, issued: true, file };
  } finally {
    await database.close();
  }
}
