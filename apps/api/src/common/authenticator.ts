import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ApiConfig } from '@kordon/config';
import { KordonError } from '@kordon/contracts';
import { SessionsRepository, TokensRepository, UsersRepository, hashToken } from '@kordon/db';
import { API_CONFIG } from '../infrastructure/tokens';
import {
  creatorUserId,
  narrowToCreator,
  principalFromToken,
  principalFromUser,
  type Principal,
} from './principal';
import { headerValue, type AuthenticatedRequest } from './request-context';
import { CSRF_HEADER, SAFE_METHODS, SESSION_COOKIE } from './session-cookies';

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * Finds the principal behind a request: a bearer token, else a session cookie.
 * Anything presented and not valid is refused (never treated as anonymous).
 */
@Injectable()
export class Authenticator {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly tokens: TokensRepository,
    private readonly sessions: SessionsRepository,
    private readonly users: UsersRepository,
  ) {}

  async authenticate(request: AuthenticatedRequest): Promise<Principal> {
    const authorization = headerValue(request, 'authorization');
    if (authorization !== undefined) return this.fromBearer(authorization);
    const cookie = request.cookies?.[SESSION_COOKIE];
    if (cookie) return this.fromSession(request, cookie);
    throw new KordonError('unauthorized', 'missing bearer token or session', [
      {
        path: 'headers.authorization',
        problem: 'expected "Bearer <token>" or a signed-in session',
      },
    ]);
  }

  private async fromBearer(value: string): Promise<Principal> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(value);
    if (!match?.[1]) {
      throw new KordonError('unauthorized', 'missing bearer token', [
        { path: 'headers.authorization', problem: 'expected "Bearer <token>"' },
      ]);
    }
    const token = await this.tokens.findActiveByPlainToken(match[1]);
    if (!token)
      throw new KordonError('unauthorized', 'invalid or revoked token', [
        { path: 'headers.authorization', problem: 'unknown token' },
      ]);
    const creatorId = creatorUserId(token);
    if (creatorId === null) return principalFromToken(token);
    const creator = await this.users.findById(creatorId);
    if (!creator || creator.disabledAt)
      throw new KordonError('unauthorized', 'the user who created this token is disabled', [
        { path: 'headers.authorization', problem: 'creator disabled' },
      ]);
    return narrowToCreator(principalFromToken(token), creator);
  }

  private async fromSession(request: AuthenticatedRequest, cookie: string): Promise<Principal> {
    const active = await this.sessions.findActive(
      cookie,
      new Date(),
      this.config.KORDON_SESSION_IDLE_S,
    );
    if (!active)
      throw new KordonError('unauthorized', 'the session has expired or was signed out', [
        { path: `cookies.${SESSION_COOKIE}`, problem: 'sign in again' },
      ]);
    if (!SAFE_METHODS.has((request.method ?? 'GET').toUpperCase())) {
      const csrf = headerValue(request, CSRF_HEADER);
      if (!csrf || !sameHash(hashToken(csrf), active.csrfHash))
        throw new KordonError('csrf_rejected', 'this write needs the session’s CSRF token', [
          {
            path: `headers.${CSRF_HEADER}`,
            problem: csrf ? 'does not match the session' : 'missing',
          },
        ]);
    }
    return principalFromUser(active.user, active.session.id);
  }
}
