import type { AuditActor } from '@kordon/db';
import type { Principal } from './principal';

/** The principal as the audit log records it. */
export function actorOf(principal: Principal): AuditActor {
  return { id: principal.auditId, label: principal.label };
}

/** The cluster ids a principal may see, or null for every cluster (for repository filters). */
export function visibleClusterIds(principal: Principal): string[] | null {
  return principal.clusters === '*' ? null : [...principal.clusters];
}
