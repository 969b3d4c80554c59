import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { KordonError } from '@kordon/contracts';
import type { ApiTokenRecord } from '@kordon/db';
import type { Principal } from './principal';

export interface AuthenticatedRequest {
  method?: string;
  ip?: string;
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string | undefined>;
  /** Whoever calls; set by the AuthGuard on every non-public route. */
  principal?: Principal;
  /** The token, when the principal is one (snapshot intake reads it). */
  kordonToken?: ApiTokenRecord;
}

/** The underlying request, for REST and GraphQL alike. */
export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** The caller, for services that need it; throws (fail closed) when the guard set none. */
export function principalOf(context: ExecutionContext): Principal {
  const principal = requestOf(context).principal;
  if (!principal) throw new KordonError('unauthorized', 'not signed in');
  return principal;
}

/** `@CurrentPrincipal() principal: Principal` in a controller method or resolver. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  principalOf(context),
);

/** The first value of a request header. */
export function headerValue(request: AuthenticatedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
