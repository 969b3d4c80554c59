import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { PodShape } from '../model/kube';
import { evaluatePodSecurity } from './evaluate-pod-security';
import { pssVersion } from './pss-version';

const load = (name: string): PodShape =>
  parse(readFileSync(path.join(__dirname, '__fixtures__', `${name}.yaml`), 'utf8')) as PodShape;

describe('hostUsers: false relaxations', () => {
  const pod = load('user-namespace-pod-running-as-root');
  const checks = (level: 'baseline' | 'restricted', minor: number): string[] =>
    evaluatePodSecurity(pod, level, pssVersion(minor))
      .violations.map((v) => v.check)
      .sort();

  it('do not apply at v1.34: runAsNonRoot, runAsUser and procMount fail', () => {
    expect(checks('baseline', 34)).toEqual(['procMount']);
    expect(checks('restricted', 34)).toEqual(['procMount', 'runAsNonRoot', 'runAsUser']);
  });

  it('apply at v1.35: baseline allows Unmasked procMount', () => {
    expect(checks('baseline', 35)).toEqual([]);
  });

  it('apply at v1.35: restricted still forbids Unmasked procMount, under procMount_restricted', () => {
    expect(checks('restricted', 35)).toEqual(['procMount_restricted']);
  });

  it('do not relax a pod that keeps the host user namespace', () => {
    const hostUsers: PodShape = { ...pod, spec: { ...pod.spec, hostUsers: true } };
    const result = evaluatePodSecurity(hostUsers, 'restricted', pssVersion(35));
    expect(result.violations.map((v) => v.check).sort()).toEqual([
      'procMount_restricted',
      'runAsNonRoot',
      'runAsUser',
    ]);
  });
});
