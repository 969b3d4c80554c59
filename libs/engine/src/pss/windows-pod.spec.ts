import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { PodShape } from '../model/kube';
import { evaluatePodSecurity, highestPssLevel } from './evaluate-pod-security';
import { pssVersion } from './pss-version';

const load = (name: string): PodShape =>
  parse(readFileSync(path.join(__dirname, '__fixtures__', `${name}.yaml`), 'utf8')) as PodShape;

describe('Windows pods', () => {
  const pod = load('windows-pod-without-linux-settings');

  it('pass restricted from v1.25 without Linux-only settings', () => {
    expect(evaluatePodSecurity(pod, 'restricted', pssVersion(25)).allowed).toBe(true);
  });

  it('fail restricted at v1.24 on allowPrivilegeEscalation, capabilities and seccomp', () => {
    const checks = evaluatePodSecurity(pod, 'restricted', pssVersion(24)).violations.map(
      (v) => v.check,
    );
    expect(checks.sort()).toEqual([
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'seccompProfile_restricted',
    ]);
  });

  it('still need runAsNonRoot from v1.25', () => {
    const withoutNonRoot: PodShape = { ...pod, spec: { ...pod.spec, securityContext: {} } };
    const checks = evaluatePodSecurity(withoutNonRoot, 'restricted', pssVersion(25)).violations.map(
      (v) => v.check,
    );
    expect(checks).toEqual(['runAsNonRoot']);
  });

  it('are judged at restricted without the overridden baseline checks, as upstream does', () => {
    const withLinuxCaps: PodShape = {
      spec: {
        ...pod.spec,
        containers: [{ name: 'iis', securityContext: { capabilities: { add: ['SYS_ADMIN'] } } }],
      },
    };
    expect(evaluatePodSecurity(withLinuxCaps, 'restricted', pssVersion(25)).allowed).toBe(true);
    expect(evaluatePodSecurity(withLinuxCaps, 'baseline', pssVersion(25)).allowed).toBe(false);
    expect(highestPssLevel(withLinuxCaps, pssVersion(25))).toBe('restricted');
  });
});
