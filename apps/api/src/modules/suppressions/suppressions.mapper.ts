import type { SuppressionView } from '@kordon/contracts';
import type { SuppressionRecord } from '@kordon/db';

export function toSuppressionView(s: SuppressionRecord, now = new Date()): SuppressionView {
  return {
    id: s.id,
    check: s.checkId,
    cluster: s.clusterName,
    repository: s.repository,
    namespace: s.namespace,
    workload: s.workload,
    container: s.container,
    reason: s.reason,
    author: s.author,
    createdAt: s.createdAt.toISOString(),
    expiresAt: s.expiresAt?.toISOString() ?? null,
    active: s.expiresAt === null || s.expiresAt.getTime() > now.getTime(),
  };
}
