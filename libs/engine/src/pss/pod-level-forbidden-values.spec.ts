import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { PodShape } from '../model/kube';
import { evaluatePodSecurity } from './evaluate-pod-security';
import { LATEST_PSS_VERSION, pssVersion } from './pss-version';

const load = (name: string): PodShape =>
  parse(readFileSync(path.join(__dirname, '__fixtures__', `${name}.yaml`), 'utf8')) as PodShape;

describe('pod-level forbidden values', () => {
  const pod = load('pod-level-forbidden-values-overridden-by-containers');

  it('fail restricted even when every container overrides them', () => {
    const result = evaluatePodSecurity(pod, 'restricted', LATEST_PSS_VERSION);
    expect(result.allowed).toBe(false);
    expect(result.violations.map((v) => v.check).sort()).toEqual([
      'runAsNonRoot',
      'runAsUser',
      'seccompProfile_restricted',
    ]);
  });

  it('are reported at the pod-level path, not on the overriding container', () => {
    const result = evaluatePodSecurity(pod, 'restricted', LATEST_PSS_VERSION);
    const paths = result.violations.flatMap((v) => v.fields.map((f) => f.path)).sort();
    expect(paths).toEqual([
      'spec.securityContext.runAsNonRoot',
      'spec.securityContext.runAsUser',
      'spec.securityContext.seccompProfile.type',
    ]);
  });

  it('word the detail as PSA does', () => {
    const result = evaluatePodSecurity(pod, 'restricted', LATEST_PSS_VERSION);
    const details = Object.fromEntries(result.violations.map((v) => [v.check, v.detail]));
    expect(details['runAsNonRoot']).toBe('pod must not set securityContext.runAsNonRoot=false');
    expect(details['runAsUser']).toBe('pod must not set runAsUser=0');
    expect(details['seccompProfile_restricted']).toBe(
      'pod must not set securityContext.seccompProfile.type to "Unconfined"',
    );
  });

  it('fail baseline for a pod-level Unconfined seccomp profile from v1.19 only', () => {
    expect(
      evaluatePodSecurity(pod, 'baseline', pssVersion(19)).violations.map((v) => v.check),
    ).toEqual(['seccompProfile_baseline']);
    expect(evaluatePodSecurity(pod, 'baseline', pssVersion(18)).allowed).toBe(true);
  });

  it('do not count runAsUser 0 before v1.23', () => {
    const checks = evaluatePodSecurity(pod, 'restricted', pssVersion(22)).violations.map(
      (v) => v.check,
    );
    expect(checks).not.toContain('runAsUser');
    expect(checks).toContain('runAsNonRoot');
  });

  it('a pod-level runAsNonRoot true covers containers that leave it unset', () => {
    const covered = load('pod-level-run-as-non-root-covers-containers');
    expect(evaluatePodSecurity(covered, 'restricted', LATEST_PSS_VERSION)).toEqual({
      allowed: true,
      violations: [],
    });
  });
});
