import type { CheckResult } from '../catalog/check-definition';
import type { PodShape } from '../model/kube';

export const DEFAULT_SERVICE_ACCOUNT_TOKEN = 'workload.default-service-account-token';

/**
 * The pod runs as the namespace's `default` service account (name empty or
 * `default`) and does not opt out of the token mount. The ServiceAccount's own
 * automountServiceAccountToken is not visible from the pod; the pod field wins
 * when set.
 */
export function checkDefaultServiceAccountToken(pod: PodShape): CheckResult[] {
  const spec = pod.spec ?? {};
  const account = spec.serviceAccountName || spec.serviceAccount || 'default';
  if (account !== 'default' || spec.automountServiceAccountToken === false) return [];
  return [
    {
      checkId: DEFAULT_SERVICE_ACCOUNT_TOKEN,
      container: null,
      path: 'spec.automountServiceAccountToken',
      observed: spec.automountServiceAccountToken ?? null,
      expected: 'false, or a dedicated serviceAccountName',
      message: 'pod mounts the token of the default service account',
    },
  ];
}
