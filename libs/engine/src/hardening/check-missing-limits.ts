import type { CheckResult } from '../catalog/check-definition';
import type { PodShape } from '../model/kube';
import { containerPath, podContext } from '../pss/pod-context';

export const MISSING_LIMITS = 'workload.missing-limits';

const RESOURCES = ['cpu', 'memory'] as const;

/**
 * One result per init or regular container and missing limit (cpu, memory).
 * Ephemeral containers are skipped: the API forbids resources on them.
 */
export function checkMissingLimits(pod: PodShape): CheckResult[] {
  const results: CheckResult[] = [];
  for (const visited of podContext(pod).containers) {
    if (visited.kind === 'ephemeralContainers') continue;
    const limits = visited.container.resources?.limits;
    for (const resource of RESOURCES) {
      const value = limits?.[resource];
      if (value !== undefined && value !== null && value !== '') continue;
      results.push({
        checkId: MISSING_LIMITS,
        container: visited.name,
        path: `${containerPath(visited)}.resources.limits.${resource}`,
        observed: null,
        expected: `a ${resource} limit`,
        message: `container "${visited.name}" has no ${resource} limit`,
      });
    }
  }
  return results;
}
