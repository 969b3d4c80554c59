import type { CheckResult } from '../catalog/check-definition';
import { pssCheckDefinition } from '../catalog/pss-catalog';
import type { PodShape } from '../model/kube';
import { evaluatePodContext } from './evaluate-pod-security';
import { podContext } from './pod-context';
import type { PssViolation, PssViolationField } from './pss-types';
import type { PssVersion } from './pss-version';

function describeValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** One line per field: `container "app" sets securityContext.privileged=true; expected false or unset`. */
export function fieldMessage(field: PssViolationField): string {
  const who = field.container === null ? 'pod' : `container "${field.container}"`;
  const relative = field.path.replace(
    /^spec\.(initContainers|containers|ephemeralContainers)\[name=[^\]]*\]\./,
    '',
  );
  if (field.observed === null || field.observed === undefined) {
    return `${who} leaves ${relative} unset; expected ${field.expected}`;
  }
  return `${who} sets ${relative}=${describeValue(field.observed)}; expected ${field.expected}`;
}

function toResults(violation: PssViolation, fields: PssViolationField[]): CheckResult[] {
  const checkId = pssCheckDefinition(violation.check).id;
  return fields.map((field) => ({
    checkId,
    container: field.container,
    path: field.path,
    observed: field.observed,
    expected: field.expected,
    message: fieldMessage(field),
  }));
}

/**
 * Drops restricted fields a baseline finding already reports at the same path;
 * for list values (capabilities.add) keeps what baseline did not flag.
 */
function withoutBaselineDuplicates(
  fields: PssViolationField[],
  baseline: Map<string, unknown>,
): PssViolationField[] {
  const kept: PssViolationField[] = [];
  for (const field of fields) {
    if (!baseline.has(field.path)) {
      kept.push(field);
      continue;
    }
    const already = baseline.get(field.path);
    if (Array.isArray(field.observed) && Array.isArray(already)) {
      const rest = field.observed.filter((value: unknown) => !already.includes(value));
      if (rest.length > 0) kept.push({ ...field, observed: rest });
    }
  }
  return kept;
}

/**
 * One CheckResult per offending field: baseline violations under
 * `pss.baseline.*`, restricted-only checks under `pss.restricted.*`, so a field
 * that breaks both levels is reported once, at baseline.
 */
export function podSecurityFindings(pod: PodShape, version: PssVersion): CheckResult[] {
  const ctx = podContext(pod);
  const results: CheckResult[] = [];
  const baselinePaths = new Map<string, unknown>();
  for (const violation of evaluatePodContext(ctx, 'baseline', version).violations) {
    for (const field of violation.fields) baselinePaths.set(field.path, field.observed);
    results.push(...toResults(violation, violation.fields));
  }
  for (const violation of evaluatePodContext(ctx, 'restricted', version).violations) {
    if (violation.checkLevel !== 'restricted') continue;
    results.push(
      ...toResults(violation, withoutBaselineDuplicates(violation.fields, baselinePaths)),
    );
  }
  return results;
}
