import type { PssCheck, PssViolationField, PodContext, PssViolation } from '../pss-types';
import { isWindowsPod } from '../pod-predicates';
import { containersPhrase } from '../pss-messages';
import { pssVersion } from '../pss-version';
import {
  describeBadSeccomp,
  explicitlyBadSeccomp,
  seccompPath,
  validSeccompType,
} from './check-seccomp-profile-baseline';

const EXPECTED = 'RuntimeDefault or Localhost, at pod level or on every container';

function violation(detail: string, fields: PssViolationField[]): PssViolation {
  return {
    check: 'seccompProfile_restricted',
    checkLevel: 'restricted',
    reason: 'seccompProfile',
    detail,
    fields,
  };
}

/**
 * A pod-level `Unconfined` fails even when every container sets a valid
 * profile; a valid pod-level profile satisfies containers that set none.
 */
function seccompProfileRestrictedV1Dot19(ctx: PodContext): PssViolation | null {
  const podProfile = ctx.spec.securityContext?.seccompProfile;
  const podSet = !!podProfile && validSeccompType(podProfile.type);
  let implicit: PssViolationField[] | null = null;
  let explicitFound = !!podProfile && !podSet;
  for (const visited of ctx.containers) {
    const profile = visited.container.securityContext?.seccompProfile;
    if (profile) {
      if (!validSeccompType(profile.type)) explicitFound = true;
      continue;
    }
    if (podSet) continue;
    implicit ??= [];
    implicit.push({
      container: visited.name,
      path: seccompPath(visited),
      observed: null,
      expected: EXPECTED,
    });
  }
  if (explicitFound) {
    const explicit = explicitlyBadSeccomp(ctx, EXPECTED);
    const fields = podProfile ? explicit : [...explicit, ...(implicit ?? [])];
    return violation(describeBadSeccomp(explicit), fields);
  }
  if (!implicit) return null;
  const names = implicit.map((f) => f.container ?? '');
  return violation(
    `pod or ${containersPhrase(names)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
    implicit,
  );
}

function seccompProfileRestrictedV1Dot25(ctx: PodContext): PssViolation | null {
  return isWindowsPod(ctx.spec) ? null : seccompProfileRestrictedV1Dot19(ctx);
}

/** Restricted (v1.19+): seccomp RuntimeDefault or Localhost must be set (replaces seccompProfile_baseline). */
export const CHECK_SECCOMP_PROFILE_RESTRICTED: PssCheck = {
  id: 'seccompProfile_restricted',
  level: 'restricted',
  variants: [
    {
      minimumVersion: pssVersion(19),
      evaluate: seccompProfileRestrictedV1Dot19,
      overrides: ['seccompProfile_baseline'],
    },
    {
      minimumVersion: pssVersion(25),
      evaluate: seccompProfileRestrictedV1Dot25,
      overrides: ['seccompProfile_baseline'],
    },
  ],
};
