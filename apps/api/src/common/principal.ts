import type { Role, Scope } from '@kordon/contracts';
import { grantsAny, scopesOfRole } from '@kordon/contracts';
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
    // an admin sees every cluster, even one stored with a list from before that rule
    clusters: token.scopes.includes('admin') ? '*' : tokenClusterAccess(token),
    token,
  };
}

export function principalFromUser(user: UserRecord, sessionId: string): Principal {
  return {
    kind: 'session',
    auditId: `user:${user.id}`,
    label: user.email,
    scopes: scopesOfRole(user.role),
    clusters: clustersOfUser(user),
    user: { id: user.id, email: user.email, role: user.role },
    sessionId,
  };
}

/** The clusters a user may see: an admin every one, even one stored with a list from before. */
function clustersOfUser(user: UserRecord): '*' | readonly string[] {
  return user.role === 'admin' ? '*' : user.clusters;
}

/** Whether the principal may see the cluster with this id. */
export function maySeeCluster(principal: Principal, clusterId: string): boolean {
  return principal.clusters === '*' || principal.clusters.includes(clusterId);
}

/** The user id behind a token's `createdBy` (`user:<id>`), or null (a token or the launcher). */
export function creatorUserId(token: ApiTokenRecord): string | null {
  return token.createdBy?.startsWith('user:') ? token.createdBy.slice('user:'.length) : null;
}

/**
 * A token made by a user never exceeds what that user may do *now*: after a demotion or a
 * narrower cluster list, the token keeps only the scopes and clusters the user still has.
 */
export function narrowToCreator(principal: Principal, creator: UserRecord): Principal {
  const held = scopesOfRole(creator.role);
  const scopes = principal.scopes.filter((scope) => grantsAny(held, [scope]));
  const allowed = clustersOfUser(creator);
  const clusters =
    allowed === '*'
      ? principal.clusters
      : principal.clusters === '*'
        ? [...allowed]
        : principal.clusters.filter((id) => allowed.includes(id));
  return { ...principal, scopes, clusters };
}
