import type {
  PssCheck,
  PssViolationField,
  PodContext,
  PssViolation,
  VisitedContainer,
} from '../pss-types';
import { annotationPath, containerPath } from '../pod-context';
import { joinQuote, pluralize, sortedUnique } from '../pss-messages';
import { pssVersion } from '../pss-version';

export const SECCOMP_POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
export const SECCOMP_CONTAINER_ANNOTATION_PREFIX =
  'container.seccomp.security.alpha.kubernetes.io/';

function validAnnotation(value: string): boolean {
  return (
    value === 'runtime/default' || value === 'docker/default' || value.startsWith('localhost/')
  );
}

/** Valid seccomp profile type: `RuntimeDefault` or `Localhost`. */
export function validSeccompType(type: string | undefined): boolean {
  return type === 'RuntimeDefault' || type === 'Localhost';
}

function seccompProfileBaselineV1Dot0(ctx: PodContext): PssViolation | null {
  const fields: PssViolationField[] = [];
  const pairs: string[] = [];
  const expected = 'runtime/default, docker/default, localhost/* or unset';
  const podValue = ctx.annotations[SECCOMP_POD_ANNOTATION];
  if (podValue !== undefined && !validAnnotation(podValue)) {
    fields.push({
      container: null,
      path: annotationPath(SECCOMP_POD_ANNOTATION),
      observed: podValue,
      expected,
    });
    pairs.push(`${SECCOMP_POD_ANNOTATION}="${podValue}"`);
  }
  for (const visited of ctx.containers) {
    const key = SECCOMP_CONTAINER_ANNOTATION_PREFIX + visited.name;
    const value = ctx.annotations[key];
    if (value === undefined || validAnnotation(value)) continue;
    fields.push({ container: visited.name, path: annotationPath(key), observed: value, expected });
    pairs.push(`${key}="${value}"`);
  }
  if (fields.length === 0) return null;
  const unique = sortedUnique(pairs);
  const detail = `forbidden ${pluralize('annotation', 'annotations', unique.length)} ${unique.join(', ')}`;
  return {
    check: 'seccompProfile_baseline',
    checkLevel: 'baseline',
    reason: 'seccompProfile',
    detail,
    fields,
  };
}

/** Fields that explicitly set a forbidden seccomp type, pod first. Shared with the restricted check. */
export function explicitlyBadSeccomp(ctx: PodContext, expected: string): PssViolationField[] {
  const fields: PssViolationField[] = [];
  const podProfile = ctx.spec.securityContext?.seccompProfile;
  if (podProfile && !validSeccompType(podProfile.type)) {
    const path = 'spec.securityContext.seccompProfile.type';
    fields.push({ container: null, path, observed: podProfile.type ?? null, expected });
  }
  for (const visited of ctx.containers) {
    const profile = visited.container.securityContext?.seccompProfile;
    if (!profile || validSeccompType(profile.type)) continue;
    fields.push({
      container: visited.name,
      path: seccompPath(visited),
      observed: profile.type ?? null,
      expected,
    });
  }
  return fields;
}

export function seccompPath(visited: VisitedContainer): string {
  return `${containerPath(visited)}.securityContext.seccompProfile.type`;
}

/** PSA's detail for explicitly bad seccomp setters. */
export function describeBadSeccomp(fields: PssViolationField[]): string {
  const setters: string[] = [];
  if (fields.some((f) => f.container === null)) setters.push('pod');
  const names = fields.filter((f) => f.container !== null).map((f) => f.container ?? '');
  if (names.length > 0)
    setters.push(`${pluralize('container', 'containers', names.length)} ${joinQuote(names)}`);
  const values = sortedUnique(fields.map((f) => String(f.observed ?? '')));
  return `${setters.join(' and ')} must not set securityContext.seccompProfile.type to ${joinQuote(values)}`;
}

/** Allocation-free pre-check: does any pod or container field set a forbidden type? */
export function anyBadSeccomp(ctx: PodContext): boolean {
  const podProfile = ctx.spec.securityContext?.seccompProfile;
  if (podProfile && !validSeccompType(podProfile.type)) return true;
  for (const visited of ctx.containers) {
    const profile = visited.container.securityContext?.seccompProfile;
    if (profile && !validSeccompType(profile.type)) return true;
  }
  return false;
}

function seccompProfileBaselineV1Dot19(ctx: PodContext): PssViolation | null {
  if (!anyBadSeccomp(ctx)) return null;
  const fields = explicitlyBadSeccomp(ctx, 'RuntimeDefault, Localhost or unset');
  if (fields.length === 0) return null;
  return {
    check: 'seccompProfile_baseline',
    checkLevel: 'baseline',
    reason: 'seccompProfile',
    detail: describeBadSeccomp(fields),
    fields,
  };
}

/** Baseline: seccomp may not be disabled (annotations before v1.19, fields from v1.19). */
export const CHECK_SECCOMP_PROFILE_BASELINE: PssCheck = {
  id: 'seccompProfile_baseline',
  level: 'baseline',
  variants: [
    { minimumVersion: pssVersion(0), evaluate: seccompProfileBaselineV1Dot0 },
    { minimumVersion: pssVersion(19), evaluate: seccompProfileBaselineV1Dot19 },
  ],
};
