import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { ApiTokenRecord } from '@kordon/db';

export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  kordonToken?: ApiTokenRecord;
}

/** The underlying request, for REST and GraphQL alike. */
export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}
