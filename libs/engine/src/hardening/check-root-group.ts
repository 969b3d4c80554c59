import type { CheckResult } from '../catalog/check-definition';
import type { PodShape } from '../model/kube';
import { containerPath, podContext } from '../pss/pod-context';

export const ROOT_GROUP = 'workload.root-group';

function result(
  container: string | null,
  path: string,
  observed: unknown,
  what: string,
): CheckResult {
  const who = container === null ? 'pod' : `container "${container}"`;
  return {
    checkId: ROOT_GROUP,
    container,
    path,
    observed,
    expected: 'non-zero GID',
    message: `${who} ${what}`,
  };
}

/** runAsGroup 0 (pod or container), fsGroup 0, or GID 0 among supplementalGroups. */
export function checkRootGroup(pod: PodShape): CheckResult[] {
  const ctx = podContext(pod);
  const sc = ctx.spec.securityContext;
  const results: CheckResult[] = [];
  if (sc?.runAsGroup === 0)
    results.push(result(null, 'spec.securityContext.runAsGroup', 0, 'sets runAsGroup=0'));
  if (sc?.fsGroup === 0)
    results.push(result(null, 'spec.securityContext.fsGroup', 0, 'sets fsGroup=0'));
  if (sc?.supplementalGroups?.includes(0)) {
    const path = 'spec.securityContext.supplementalGroups';
    results.push(result(null, path, sc.supplementalGroups, 'includes GID 0 in supplementalGroups'));
  }
  for (const visited of ctx.containers) {
    if (visited.container.securityContext?.runAsGroup !== 0) continue;
    const path = `${containerPath(visited)}.securityContext.runAsGroup`;
    results.push(result(visited.name, path, 0, 'sets runAsGroup=0'));
  }
  return results;
}
