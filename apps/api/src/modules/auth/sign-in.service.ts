import { Inject, Injectable } from '@nestjs/common';
import type { ApiConfig } from '@kordon/config';
import { KordonError } from '@kordon/contracts';
import {
  AuditLogRepository,
  SessionsRepository,
  SignInFailuresRepository,
  UsersRepository,
  normalizeEmail,
  type IssuedSession,
  type SignInMethod,
  type UserRecord,
} from '@kordon/db';
import { API_CONFIG } from '../../infrastructure/tokens';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

/** Password sign-in with per-account and per-address limits, and session creation. */
@Injectable()
export class SignInService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly failures: SignInFailuresRepository,
    private readonly audit: AuditLogRepository,
  ) {}

  async signInWithPassword(
    email: string,
    password: string,
    client: ClientInfo,
  ): Promise<{ user: UserRecord; session: IssuedSession }> {
    const account = normalizeEmail(email);
    const now = new Date();
    await this.refuseWhenLimited(account, client.ip, now);
    const user = await this.users.findByPassword(account, password);
    if (!user) {
      await this.failures.recordFailure(account, client.ip, now);
      await this.audit.record({
        actor: { id: 'anonymous', label: account },
        action: 'user.sign_in_failed',
        targetType: 'user',
        details: { email: account, ip: client.ip, method: 'password' },
      });
      throw new KordonError('unauthorized', 'wrong email or password', [
        { path: 'body.password', problem: 'does not match this email' },
      ]);
    }
    await this.failures.clearAccount(account);
    return { user, session: await this.startSession(user, 'password', client) };
  }

  async startSession(
    user: UserRecord,
    method: SignInMethod,
    client: ClientInfo,
  ): Promise<IssuedSession> {
    const issued = await this.sessions.createSession({
      userId: user.id,
      method,
      now: new Date(),
      maxAgeSeconds: this.config.KORDON_SESSION_MAX_S,
      ip: client.ip,
      userAgent: client.userAgent,
    });
    await this.audit.record({
      actor: { id: `user:${user.id}`, label: user.email },
      action: 'user.sign_in',
      targetType: 'user',
      targetId: user.id,
      details: { method, ip: client.ip, role: user.role, sessionId: issued.session.id },
    });
    return issued;
  }

  async signOut(user: { id: string; email: string }, sessionId: string): Promise<void> {
    await this.sessions.revokeSession(sessionId, new Date());
    await this.audit.record({
      actor: { id: `user:${user.id}`, label: user.email },
      action: 'user.sign_out',
      targetType: 'user',
      targetId: user.id,
      details: { sessionId },
    });
  }

  private async refuseWhenLimited(account: string, ip: string, now: Date): Promise<void> {
    const windowS = this.config.KORDON_SIGNIN_WINDOW_S;
    const since = new Date(now.getTime() - windowS * 1000);
    const counts = await this.failures.countSince(account, ip, since);
    const byAccount = counts.account >= this.config.KORDON_SIGNIN_MAX_FAILURES;
    const byIp = counts.ip >= this.config.KORDON_SIGNIN_MAX_FAILURES_PER_IP;
    if (!byAccount && !byIp) return;
    throw new KordonError(
      'rate_limited',
      `too many failed sign-ins ${byAccount ? 'for this account' : 'from this address'}; try again in ${Math.ceil(windowS / 60)} minutes`,
      [{ path: byAccount ? 'body.email' : 'ip', problem: `retry after ${windowS} seconds` }],
    );
  }
}
