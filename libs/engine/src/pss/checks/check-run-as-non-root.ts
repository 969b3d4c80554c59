import type { PssCheck, PssViolationField, PodContext, PssViolation } from '../pss-types';
import { containerPath } from '../pod-context';
import { isUserNamespacePod } from '../pod-predicates';
import { containersPhrase } from '../pss-messages';
import { pssVersion } from '../pss-version';

const EXPECTED = 'true (containers may leave it unset when the pod sets true)';

function detailOf(explicit: PssViolationField[], implicit: PssViolationField[]): string {
  if (explicit.length > 0) {
    const setters: string[] = [];
    if (explicit.some((f) => f.container === null)) setters.push('pod');
    const names = explicit.filter((f) => f.container !== null).map((f) => f.container ?? '');
    if (names.length > 0) setters.push(containersPhrase(names));
    return `${setters.join(' and ')} must not set securityContext.runAsNonRoot=false`;
  }
  const names = implicit.map((f) => f.container ?? '');
  return `pod or ${containersPhrase(names)} must set securityContext.runAsNonRoot=true`;
}

/**
 * An explicit `false` fails where it stands (pod or container), even when every
 * container overrides it; inheritance from a pod-level `true` only satisfies
 * containers that leave the field unset.
 */
function runAsNonRootV1Dot0(ctx: PodContext): PssViolation | null {
  const podValue = ctx.spec.securityContext?.runAsNonRoot;
  let explicit: PssViolationField[] | null = null;
  let implicit: PssViolationField[] | null = null;
  if (podValue === false) {
    explicit = [
      {
        container: null,
        path: 'spec.securityContext.runAsNonRoot',
        observed: false,
        expected: EXPECTED,
      },
    ];
  }
  for (const visited of ctx.containers) {
    const value = visited.container.securityContext?.runAsNonRoot;
    if (value === true || (podValue === true && (value === undefined || value === null))) continue;
    const field = {
      container: visited.name,
      path: `${containerPath(visited)}.securityContext.runAsNonRoot`,
      observed: value ?? null,
      expected: EXPECTED,
    };
    if (value === false) (explicit ??= []).push(field);
    else (implicit ??= []).push(field);
  }
  if (!explicit && !implicit) return null;
  // With an explicit pod-level false, unset containers are fixed by fixing the pod.
  const fields = podValue === false ? (explicit ?? []) : [...(explicit ?? []), ...(implicit ?? [])];
  return {
    check: 'runAsNonRoot',
    checkLevel: 'restricted',
    reason: 'runAsNonRoot != true',
    detail: detailOf(explicit ?? [], implicit ?? []),
    fields,
  };
}

function runAsNonRootV1Dot35(ctx: PodContext): PssViolation | null {
  return isUserNamespacePod(ctx.spec) ? null : runAsNonRootV1Dot0(ctx);
}

/** Restricted: containers must run as non-root; any value in user-namespaced pods from v1.35. */
export const CHECK_RUN_AS_NON_ROOT: PssCheck = {
  id: 'runAsNonRoot',
  level: 'restricted',
  variants: [
    { minimumVersion: pssVersion(0), evaluate: runAsNonRootV1Dot0 },
    { minimumVersion: pssVersion(35), evaluate: runAsNonRootV1Dot35 },
  ],
};
