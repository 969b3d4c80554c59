import type { Role, Scope } from '@kordon/contracts';
import { scopesOfRole } from '@kordon/contracts';
import { tokenClusterAccess, type ApiTokenRecord, type UserRecord } from '@kordon/db';

/**
 * Whoever makes a request: an API token or a signed-in user's session. Controllers and
 * resolvers read it with `@CurrentPrincipal()`; services receive it as a plain argument.
 */
export interface Principal {
  kind: 'token' | 'session';
  /** For the audit log: `token:<id>` or `user:<id>`. */
  auditId: string;
  /** Human label: the token's name or the user's email. */
  label: string;
  /** Effective scopes (a user's come from their role; `admin` grants everything). */
  scopes: Scope[];
  /** `'*'`: every cluster; otherwise the ids of the clusters this principal may see. */
  clusters: '*' | readonly string[];
  /** Set for sessions. */
  user?: { id: string; email: string; role: Role };
  /** Set for tokens. */
  token?: ApiTokenRecord;
  /** Set for sessions (sign-out ends this one). */
  sessionId?: string;
}

export function principalFromToken(token: ApiTokenRecord): Principal {
  return {
    kind: 'token',
    auditId: `token:${token.id}`,
    label: token.name,
    scopes: [...token.scopes],
    clusters: tokenClusterAccess(token),
    token,
  };
}

export function principalFromUser(user: UserRecord, sessionId: string): Principal {
  return {
    kind: 'session',
    auditId: `user:${user.id}`,
    label: user.email,
    scopes: scopesOfRole(user.role),
    clusters: user.clusters,
    user: { id: user.id, email: user.email, role: user.role },
    sessionId,
  };
}

/** Whether the principal may see the cluster with this id. */
export function maySeeCluster(principal: Principal, clusterId: string): boolean {
  return principal.clusters === '*' || principal.clusters.includes(clusterId);
}
