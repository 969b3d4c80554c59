import type { Scope } from '@kordon/contracts';

/**
 * The cluster a restricted principal may see (`own`), one it may not (`other`), and one that
 * does not exist (`ghost`: what `other` must be indistinguishable from).
 */
export type Side = 'own' | 'other' | 'ghost';

export interface ClusterWorld {
  name: string;
  id: string;
  /** Analyzed, oldest first. */
  snapshots: [string, string];
  suppression: string;
}

export interface World {
  own: ClusterWorld;
  other: ClusterWorld;
  ghost: ClusterWorld;
  scanId: string;
  /** A suppression in `side`'s cluster, made for this call (deleting one); `ghost`: none. */
  freshSuppression(side: Side): Promise<string>;
  /** `own`: a token the caller made; `other`: one an admin made for that cluster; `ghost`: none. */
  freshToken(ctx: ArgContext): Promise<string>;
  /** The email of a user made for this call. */
  freshUser(): Promise<string>;
  /** An email no user has yet. */
  freshEmail(): string;
}

export interface ArgContext {
  side: Side;
  world: World;
  /** The caller's scopes (a token it creates may not exceed them). */
  scopes: readonly Scope[];
  /** The caller's credentials, as request headers. */
  headers: Record<string, string>;
}

/** A value for an argument, or why the access test leaves it out. */
export type ArgFixture = ((ctx: ArgContext) => unknown) | { omit: string };

/**
 * Who may call each root field: its scopes (any one of them; `admin` always may) or `any`
 * principal. The access test fails for a root field missing here, or listed and gone.
 */
export const ROOT_ACCESS: Record<string, Scope[] | 'any'> = {
  'Query.apiTokens': 'any',
  'Query.auditEvents': ['admin'],
  'Query.checks': ['read', 'scan'],
  'Query.cluster': ['read'],
  'Query.clusters': ['read'],
  'Query.me': 'any',
  'Query.scan': ['read', 'scan'],
  'Query.scans': ['read', 'scan'],
  'Query.snapshot': ['read'],
  'Query.suppression': ['read'],
  'Query.suppressions': ['read'],
  'Query.users': ['admin'],
  'Mutation.createSuppression': ['suppress'],
  'Mutation.createToken': 'any',
  'Mutation.createUser': ['admin'],
  'Mutation.deleteSuppression': ['suppress'],
  'Mutation.resetUserPassword': ['admin'],
  'Mutation.updateUser': ['admin'],
  'Mutation.revokeToken': 'any',
};

/** Arguments passed the same way wherever they appear: a page of two, from the start. */
export const PAGING: Record<string, ArgFixture> = {
  first: () => 2,
  after: { omit: 'the first page' },
};

/** The scopes of a token the caller makes: `read`, or the caller's own when it lacks it. */
export function tokenScopesFor(scopes: readonly Scope[]): Scope[] {
  const own = scopes.filter((s) => s !== 'admin');
  return own.length === 0 || own.includes('read') ? ['read'] : own.slice(0, 1);
}

const filter = { omit: 'a filter that names no cluster or snapshot' };
const own = (pick: (c: ClusterWorld) => unknown) => (ctx: ArgContext) => pick(ctx.world[ctx.side]);

/**
 * Every other argument of every field, by `Type.field.argument`: the value naming the `side`
 * cluster's data, or why it is left out. The access test fails on an argument missing here.
 */
export const ARGS: Record<string, ArgFixture> = {
  'Query.cluster.name': own((c) => c.name),
  'Query.snapshot.id': own((c) => c.snapshots[1]),
  'Query.suppression.id': own((c) => c.suppression),
  'Query.suppressions.cluster': own((c) => c.name),
  'Query.suppressions.includeExpired': () => true,
  'Query.suppressions.repository': filter,
  'Query.scan.id': ({ world }) => world.scanId,
  'Query.scans.branch': filter,
  'Query.scans.repository': filter,
  'Query.scans.tool': filter,
  'Query.apiTokens.includeRevoked': () => true,
  'Query.auditEvents.action': filter,
  'Query.auditEvents.actorId': filter,
  'Query.auditEvents.since': filter,
  'Query.auditEvents.until': filter,
  'Query.auditEvents.targetId': filter,
  'Query.auditEvents.targetType': filter,
  'Cluster.issues.severity': filter,
  'Cluster.issues.status': filter,
  'Cluster.issues.firstSeenAfter': filter,
  'Cluster.issues.firstSeenBefore': filter,
  'Cluster.issues.namespace': filter,
  'Cluster.issues.workload': filter,
  'Cluster.issues.kind': filter,
  'Cluster.issues.check': filter,
  'Cluster.issues.q': filter,
  'Cluster.issues.sort': filter,
  'Cluster.posture.bucket': filter,
  'Cluster.posture.from': () => '2026-11-01T00:00:00.000Z',
  'Cluster.posture.to': () => '2026-12-01T00:00:00.000Z',
  'Snapshot.diff.against': own((c) => c.snapshots[0]),
  'Snapshot.diff.limit': () => 2,
  'Snapshot.findings.severity': filter,
  'Snapshot.workloadList.namespace': filter,
  'Snapshot.workloadList.kind': filter,
  'Snapshot.workloadList.level': filter,
  'Snapshot.workloadList.exposed': filter,
  'Snapshot.workload.namespace': () => 'monitoring',
  'Snapshot.workload.kind': () => 'DaemonSet',
  'Snapshot.workload.name': () => 'log-agent',
  'Snapshot.matrixCell.from': () => 'shop',
  'Snapshot.matrixCell.to': () => 'payments',
  'Snapshot.reach.from': () => 'shop/cart',
  'Snapshot.reach.to': () => 'payments/payments-api',
  'Snapshot.reach.port': () => 8443,
  'Snapshot.reach.protocol': { omit: 'TCP by default with a port' },
  'Snapshot.defaultDenyPolicy.namespace': () => 'shop',
  'Snapshot.network.limit': () => 2,
  'Mutation.createSuppression.input': ({ side, world }) => ({
    check: 'pss.baseline.privileged',
    reason: 'graphql access test',
    cluster: world[side].name,
  }),
  'Mutation.deleteSuppression.id': ({ side, world }) => world.freshSuppression(side),
  'Mutation.createToken.input': ({ side, world, scopes }) => ({
    name: 'graphql access test',
    scopes: tokenScopesFor(scopes),
    clusters: [world[side].name],
  }),
  'Mutation.revokeToken.id': (ctx) => ctx.world.freshToken(ctx),
  'Mutation.createUser.input': ({ world }) => ({ email: world.freshEmail(), role: 'viewer' }),
  'Mutation.resetUserPassword.email': ({ world }) => world.freshUser(),
  'Mutation.resetUserPassword.password': { omit: 'generated when omitted' },
  'Mutation.updateUser.email': ({ world }) => world.freshUser(),
  'Mutation.updateUser.input': () => ({ role: 'triager' }),
};
