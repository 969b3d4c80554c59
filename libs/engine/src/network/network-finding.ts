import type { CheckResult } from '../catalog/check-definition';

export interface FindingSubject {
  kind: string;
  /** `''` for cluster-scoped subjects. */
  namespace: string;
  name: string;
}

export interface NetworkFinding {
  checkId: string;
  subject: FindingSubject;
  result: CheckResult;
  /** A ready-to-apply manifest that fixes it, when there is one. */
  fixYaml?: string;
}

export function finding(
  checkId: string,
  subject: FindingSubject,
  fields: Omit<CheckResult, 'checkId' | 'container'>,
): NetworkFinding {
  return { checkId, subject, result: { checkId, container: null, ...fields } };
}
