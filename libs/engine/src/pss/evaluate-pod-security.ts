import type { PodShape } from '../model/kube';
import { podContext } from './pod-context';
import { pssChecksAt } from './pss-check-registry';
import type {
  PodContext,
  PssCheckLevel,
  PssEvaluation,
  PssLevelName,
  PssViolation,
} from './pss-types';
import type { PssVersion } from './pss-version';

/** Evaluates an already-built pod context (lets callers evaluate both levels on one context). */
export function evaluatePodContext(
  ctx: PodContext,
  level: PssCheckLevel,
  version: PssVersion,
): PssEvaluation {
  const { fns } = pssChecksAt(level, version);
  let violations: PssViolation[] | null = null;
  for (const fn of fns) {
    const violation = fn(ctx);
    if (violation) (violations ??= []).push(violation);
  }
  return violations ? { allowed: false, violations } : { allowed: true, violations: [] };
}

/**
 * Evaluates a pod exactly as Pod Security Admission does at `level` and
 * `version`: the versioned check set (newest variant per check ≤ version),
 * restricted = baseline + restricted with overrides; init, regular and
 * ephemeral containers. Explicit forbidden values fail where they stand.
 */
export function evaluatePodSecurity(
  pod: PodShape,
  level: PssCheckLevel,
  version: PssVersion,
): PssEvaluation {
  return evaluatePodContext(podContext(pod), level, version);
}

/**
 * The highest level PSA would admit the pod at, at `version`. Restricted is
 * judged on its own (as PSA does): a Windows pod that sets Linux-only
 * capabilities or an Unconfined seccomp profile — which API validation
 * rejects anyway — passes restricted from v1.25 though it fails baseline.
 */
export function highestPssLevel(pod: PodShape, version: PssVersion): PssLevelName {
  const ctx = podContext(pod);
  if (evaluatePodContext(ctx, 'restricted', version).allowed) return 'restricted';
  if (evaluatePodContext(ctx, 'baseline', version).allowed) return 'baseline';
  return 'privileged';
}
