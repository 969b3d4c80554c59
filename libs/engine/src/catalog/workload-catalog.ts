import type { CheckDefinition } from './check-definition';
import type { Severity } from '../model/vocabulary';

function workload(
  slug: string,
  severity: Severity,
  title: string,
  remediation: string,
  docsUrl: string,
): CheckDefinition {
  return { id: `workload.${slug}`, family: 'workload', title, severity, remediation, docsUrl };
}

const SECURITY_CONTEXT_DOCS =
  'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/';

/** Hardening beyond the Pod Security Standards ("PSS-compliant" is not "hardened"). */
export const WORKLOAD_CHECKS: readonly CheckDefinition[] = [
  workload(
    'read-only-root-fs',
    'low',
    'Root filesystem is writable',
    'Set securityContext.readOnlyRootFilesystem: true and mount an emptyDir where the process must write.',
    SECURITY_CONTEXT_DOCS,
  ),
  workload(
    'root-group',
    'low',
    'Runs with the root group (GID 0)',
    'Use a non-zero runAsGroup and fsGroup, and remove 0 from supplementalGroups.',
    SECURITY_CONTEXT_DOCS,
  ),
  workload(
    'missing-limits',
    'low',
    'Container has no CPU or memory limit',
    'Set resources.limits.cpu and resources.limits.memory (or a namespace LimitRange) so one container cannot starve its node.',
    'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
  ),
  workload(
    'default-service-account-token',
    'medium',
    'Mounts the default service account token',
    'Run the pod under a dedicated service account, or set automountServiceAccountToken: false when it does not call the API.',
    'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/',
  ),
  workload(
    'image-latest-tag',
    'low',
    'Image uses the latest tag or no tag',
    'Pin images to a version tag, or better to a digest (image@sha256:…).',
    'https://kubernetes.io/docs/concepts/containers/images/#image-names',
  ),
];

/** The catalog entry of a workload check id. */
export function workloadCheckDefinition(id: string): CheckDefinition {
  const definition = WORKLOAD_CHECKS.find((check) => check.id === id);
  if (!definition) throw new Error(`unknown workload check ${id}`);
  return definition;
}
