import type { AppArmorProfile } from '../../model/kube';
import type { PssCheck, PssViolationField, PodContext, PssViolation } from '../pss-types';
import { annotationPath, containerPath } from '../pod-context';
import { joinQuote, pluralize, sortedUnique } from '../pss-messages';
import { pssVersion } from '../pss-version';

export const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
const EXPECTED_FIELD = 'RuntimeDefault, Localhost or unset';
const EXPECTED_ANNOTATION = 'runtime/default, localhost/*, empty or unset';

function allowedAnnotation(value: string): boolean {
  return value === '' || value === 'runtime/default' || value.startsWith('localhost/');
}

function badProfileType(profile: AppArmorProfile | null | undefined): boolean {
  if (profile === undefined || profile === null) return false;
  return profile.type !== 'RuntimeDefault' && profile.type !== 'Localhost';
}

function annotationFields(ctx: PodContext, fields: PssViolationField[]): void {
  for (const key in ctx.annotations) {
    if (!key.startsWith(APPARMOR_ANNOTATION_PREFIX)) continue;
    const value = ctx.annotations[key] ?? '';
    if (allowedAnnotation(value)) continue;
    const name = key.slice(APPARMOR_ANNOTATION_PREFIX.length);
    fields.push({
      container: name,
      path: annotationPath(key),
      observed: value,
      expected: EXPECTED_ANNOTATION,
    });
  }
}

function profileFields(ctx: PodContext, fields: PssViolationField[]): void {
  const podProfile = ctx.spec.securityContext?.appArmorProfile;
  if (badProfileType(podProfile)) {
    const path = 'spec.securityContext.appArmorProfile.type';
    fields.push({
      container: null,
      path,
      observed: podProfile?.type ?? null,
      expected: EXPECTED_FIELD,
    });
  }
  for (const visited of ctx.containers) {
    const profile = visited.container.securityContext?.appArmorProfile;
    if (!badProfileType(profile)) continue;
    const path = `${containerPath(visited)}.securityContext.appArmorProfile.type`;
    fields.push({
      container: visited.name,
      path,
      observed: profile?.type ?? null,
      expected: EXPECTED_FIELD,
    });
  }
}

function describe(fields: PssViolationField[]): string {
  const setters: string[] = [];
  const annotations = fields.filter((f) => f.path.startsWith('metadata.'));
  if (fields.some((f) => f.path.startsWith('spec.securityContext.'))) setters.push('pod');
  const containers = fields.filter((f) => f.path.startsWith('spec.') && f.container !== null);
  if (containers.length > 0) {
    const names = containers.map((f) => f.container ?? '');
    setters.push(`${pluralize('container', 'containers', names.length)} ${joinQuote(names)}`);
  }
  if (annotations.length > 0) {
    const pairs = sortedUnique(
      annotations.map((f) => `${APPARMOR_ANNOTATION_PREFIX}${f.container}="${String(f.observed)}"`),
    );
    setters.push(`annotations must not set AppArmor profile type to ${joinQuote(pairs)}`);
  }
  const values = sortedUnique(
    fields.filter((f) => f.path.startsWith('spec.')).map((f) => String(f.observed ?? '')),
  );
  const fieldPart = setters.filter((s) => !s.startsWith('annotations'));
  const parts =
    fieldPart.length > 0
      ? [`${fieldPart.join(' and ')} must not set AppArmor profile type to ${joinQuote(values)}`]
      : [];
  return [...parts, ...setters.filter((s) => s.startsWith('annotations'))].join('; ');
}

/** Allocation-free pre-check over annotations and fields. */
function anyBadProfile(ctx: PodContext): boolean {
  for (const key in ctx.annotations) {
    if (
      key.startsWith(APPARMOR_ANNOTATION_PREFIX) &&
      !allowedAnnotation(ctx.annotations[key] ?? '')
    )
      return true;
  }
  if (badProfileType(ctx.spec.securityContext?.appArmorProfile)) return true;
  for (const visited of ctx.containers) {
    if (badProfileType(visited.container.securityContext?.appArmorProfile)) return true;
  }
  return false;
}

function appArmorProfileV1Dot0(ctx: PodContext): PssViolation | null {
  if (!anyBadProfile(ctx)) return null;
  const fields: PssViolationField[] = [];
  annotationFields(ctx, fields);
  profileFields(ctx, fields);
  if (fields.length === 0) return null;
  return {
    check: 'appArmorProfile',
    checkLevel: 'baseline',
    reason: pluralize('forbidden AppArmor profile', 'forbidden AppArmor profiles', fields.length),
    detail: describe(fields),
    fields,
  };
}

/** Baseline: AppArmor may not be disabled (Unconfined), by field or by the beta annotation. */
export const CHECK_APP_ARMOR_PROFILE: PssCheck = {
  id: 'appArmorProfile',
  level: 'baseline',
  variants: [{ minimumVersion: pssVersion(0), evaluate: appArmorProfileV1Dot0 }],
};
