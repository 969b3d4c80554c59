import type { CheckResult } from '../catalog/check-definition';
import type { PodShape } from '../model/kube';
import { checkDefaultServiceAccountToken } from './check-default-service-account-token';
import { checkImageLatestTag } from './check-image-latest-tag';
import { checkMissingLimits } from './check-missing-limits';
import { checkReadOnlyRootFs } from './check-read-only-root-fs';
import { checkRootGroup } from './check-root-group';

/** Every hardening finding beyond the Pod Security Standards, in catalog order. */
export function hardeningFindings(pod: PodShape): CheckResult[] {
  return [
    ...checkReadOnlyRootFs(pod),
    ...checkRootGroup(pod),
    ...checkMissingLimits(pod),
    ...checkDefaultServiceAccountToken(pod),
    ...checkImageLatestTag(pod),
  ];
}
