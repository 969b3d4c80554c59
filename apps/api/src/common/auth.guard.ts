import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { KordonError } from '@kordon/contracts';
import { TokensRepository, type TokenScope } from '@kordon/db';
import { requestOf } from './request-context';
import { PUBLIC_KEY, SCOPES_KEY } from './scopes.decorator';

/**
 * Bearer tokens on every route and resolver. A handler without `@Scopes` and
 * without `@Public` is admin-only, so forgetting the decorator fails closed.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokensRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = requestOf(context);
    const header = request.headers['authorization'];
    const value = Array.isArray(header) ? header[0] : header;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(value ?? '');
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
    const needed = this.reflector.getAllAndOverride<TokenScope[]>(SCOPES_KEY, targets) ?? [];
    const allowed = token.scopes.includes('admin') || needed.some((s) => token.scopes.includes(s));
    if (!allowed) {
      throw new KordonError(
        'forbidden',
        `this token lacks the scope this call needs (one of: ${['admin', ...needed].join(', ')})`,
        [
          {
            path: 'headers.authorization',
            problem: `token scopes: ${token.scopes.join(', ') || 'none'}`,
          },
        ],
      );
    }
    request.kordonToken = token;
    return true;
  }
}
