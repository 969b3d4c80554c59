import { SEVERITIES, type PssLevel, type Severity } from '../model/vocabulary';

/** Which family a check belongs to; the id's first segment says the same. */
export type CheckFamily = 'pss' | 'workload' | 'net';

/**
 * One entry of the check catalog. Wording (title, remediation) lives here, next
 * to the id, so that every output (CLI, API, dashboard) says the same thing.
 */
export interface CheckDefinition {
  /** Stable id, e.g. `pss.baseline.privileged`, `workload.read-only-root-fs`, `net.namespace-no-default-deny`. */
  id: string;
  family: CheckFamily;
  title: string;
  severity: Severity;
  remediation: string;
  docsUrl: string;
  /** PSS checks only: the level that introduces the check. */
  pssLevel?: Exclude<PssLevel, 'privileged'>;
  /** PSS checks only: Pod Security Admission's own check id, e.g. `runAsNonRoot`. */
  upstreamId?: string;
}

/**
 * A check's verdict on one workload (or namespace, or policy), before the
 * analyzer attaches the workload identity and the fingerprint.
 */
export interface CheckResult {
  checkId: string;
  /** Container name, when the result is about one container; `null` for pod- or namespace-level results. */
  container: string | null;
  /**
   * Field path relative to the pod spec's object (`spec.…`, `metadata.…`) that
   * names containers rather than indexes: `spec.containers[name=app].securityContext.privileged`.
   * Network results use the object they are about (`metadata.name`, `spec.ingress[0]`).
   */
  path: string;
  observed: unknown;
  expected: string;
  /** One line, PSA-style: `container "app" must not set securityContext.privileged=true`. */
  message: string;
}

/** Ordering helper: `true` when `a` is at least as severe as `b`. */
export function isAtLeast(a: Severity, b: Severity): boolean {
  return SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b);
}
