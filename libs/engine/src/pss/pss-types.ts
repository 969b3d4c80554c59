import type { PssVersion } from './pss-version';
import type { Container, PodShape, PodSpec } from '../model/kube';
import type { PSS_CHECK_LEVELS, PssLevel } from '../model/vocabulary';

/** The two levels that have checks; `privileged` has none. */
export type PssCheckLevel = (typeof PSS_CHECK_LEVELS)[number];
export type PssLevelName = PssLevel;

/** One offending field of a violation. */
export interface PssViolationField {
  /** Container name, or `null` for pod-level fields. */
  container: string | null;
  /** Path that names containers: `spec.containers[name=app].securityContext.privileged`. */
  path: string;
  observed: unknown;
  expected: string;
}

/** One failed check, as Pod Security Admission reports it (reason + detail), plus the fields. */
export interface PssViolation {
  /** Upstream check id, e.g. `runAsNonRoot`, `capabilities_baseline`. */
  check: string;
  checkLevel: PssCheckLevel;
  /** PSA's ForbiddenReason, e.g. `privileged`, `runAsNonRoot != true`. */
  reason: string;
  /** PSA's ForbiddenDetail, e.g. `container "app" must not set securityContext.privileged=true`. */
  detail: string;
  fields: PssViolationField[];
}

export interface PssEvaluation {
  allowed: boolean;
  violations: PssViolation[];
}

export type ContainerKind = 'initContainers' | 'containers' | 'ephemeralContainers';

/** A container visited by the checks, with the list it came from. */
export interface VisitedContainer {
  container: Container;
  kind: ContainerKind;
  name: string;
}

/** What every check reads: computed once per pod evaluation. */
export interface PodContext {
  spec: PodSpec;
  annotations: Readonly<Record<string, string>>;
  containers: readonly VisitedContainer[];
  pod: PodShape;
}

/** One variant of a check's implementation; returns `null` when the pod passes. */
export type PssCheckFn = (ctx: PodContext) => PssViolation | null;

export interface PssCheckVariant {
  minimumVersion: PssVersion;
  evaluate: PssCheckFn;
  /** Baseline check ids this restricted variant replaces at its versions. */
  overrides?: readonly string[];
}

/** One upstream check with its versioned variants, oldest first. */
export interface PssCheck {
  id: string;
  level: PssCheckLevel;
  variants: readonly PssCheckVariant[];
}
