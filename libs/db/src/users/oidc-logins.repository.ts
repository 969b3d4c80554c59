import type { PrismaClient } from '../generated/prisma/client';
import { hashToken } from '../repositories/tokens.repository';

export interface PendingOidcLogin {
  codeVerifier: string;
  nonce: string;
  returnTo: string;
}

/** OIDC sign-ins in flight, keyed by the hash of their `state`; each is taken once. */
export class OidcLoginsRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async savePending(state: string, login: PendingOidcLogin, expiresAt: Date): Promise<void> {
    await this.prisma.oidcLogin.deleteMany({ where: { expiresAt: { lt: new Date() } } });
    await this.prisma.oidcLogin.create({
      data: { stateHash: hashToken(state), ...login, expiresAt },
    });
  }

  /** The pending login for `state`, removed so it cannot be replayed; null when unknown or expired. */
  async takePending(state: string, now: Date): Promise<PendingOidcLogin | null> {
    const rows = await this.prisma.oidcLogin.findMany({ where: { stateHash: hashToken(state) } });
    const row = rows[0];
    if (!row) return null;
    const deleted = await this.prisma.oidcLogin.deleteMany({ where: { stateHash: row.stateHash } });
    if (deleted.count !== 1 || row.expiresAt <= now) return null;
    return { codeVerifier: row.codeVerifier, nonce: row.nonce, returnTo: row.returnTo };
  }
}
