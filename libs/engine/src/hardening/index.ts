export { hardeningFindings } from './hardening-findings';
export { checkReadOnlyRootFs, READ_ONLY_ROOT_FS } from './check-read-only-root-fs';
export { checkRootGroup, ROOT_GROUP } from './check-root-group';
export { checkMissingLimits, MISSING_LIMITS } from './check-missing-limits';
export {
  checkDefaultServiceAccountToken,
  DEFAULT_SERVICE_ACCOUNT_TOKEN,
} from './check-default-service-account-token';
export { checkImageLatestTag, IMAGE_LATEST_TAG } from './check-image-latest-tag';
export { parseImageReference } from './image-reference';
export type { ImageReference } from './image-reference';
export { WORKLOAD_CHECKS, workloadCheckDefinition } from '../catalog/workload-catalog';
