import type { CheckResult } from '../catalog/check-definition';
import type { PodShape } from '../model/kube';
import { containerPath, podContext } from '../pss/pod-context';

export const READ_ONLY_ROOT_FS = 'workload.read-only-root-fs';

/** Every container (init, regular, ephemeral) whose readOnlyRootFilesystem is not true. */
export function checkReadOnlyRootFs(pod: PodShape): CheckResult[] {
  const results: CheckResult[] = [];
  for (const visited of podContext(pod).containers) {
    const value = visited.container.securityContext?.readOnlyRootFilesystem;
    if (value === true) continue;
    results.push({
      checkId: READ_ONLY_ROOT_FS,
      container: visited.name,
      path: `${containerPath(visited)}.securityContext.readOnlyRootFilesystem`,
      observed: value ?? null,
      expected: 'true',
      message: `container "${visited.name}" has a writable root filesystem`,
    });
  }
  return results;
}
