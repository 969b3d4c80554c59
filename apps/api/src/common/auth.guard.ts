import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { KordonError, grantsAny, type Scope } from '@kordon/contracts';
import { Authenticator } from './authenticator';
import { requestOf } from './request-context';
import { ANY_PRINCIPAL_KEY, PUBLIC_KEY, SCOPES_KEY } from './scopes.decorator';

/**
 * Every route and resolver needs a principal — a bearer token or a session cookie
 * (cookie-authenticated writes also need the CSRF header). A handler without
 * `@Scopes` and without `@Public` is admin-only, so forgetting the decorator fails closed.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = requestOf(context);
    const principal = await this.authenticator.authenticate(request);
    const needed = this.reflector.getAllAndOverride<Scope[]>(SCOPES_KEY, targets) ?? [];
    const anyone = this.reflector.getAllAndOverride<boolean>(ANY_PRINCIPAL_KEY, targets) ?? false;
    if (!anyone && !grantsAny(principal.scopes, needed)) {
      const who = principal.kind === 'token' ? 'token' : `role ${principal.user?.role ?? ''}`;
      throw new KordonError(
        'forbidden',
        `this ${principal.kind === 'token' ? 'token' : 'user'} lacks the scope this call needs (one of: ${['admin', ...needed].join(', ')})`,
        [
          {
            path: 'headers.authorization',
            problem: `${who} scopes: ${principal.scopes.join(', ') || 'none'}`,
          },
        ],
      );
    }
    request.principal = principal;
    if (principal.token) request.kordonToken = principal.token;
    return true;
  }
}
