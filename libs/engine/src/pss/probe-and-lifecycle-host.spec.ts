import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { PodShape } from '../model/kube';
import { evaluatePodSecurity } from './evaluate-pod-security';
import { pssVersion } from './pss-version';

const load = (name: string): PodShape =>
  parse(readFileSync(path.join(__dirname, '__fixtures__', `${name}.yaml`), 'utf8')) as PodShape;

describe('probe and lifecycle host', () => {
  const pod = load('probe-with-host');

  it('is allowed at baseline v1.33', () => {
    expect(evaluatePodSecurity(pod, 'baseline', pssVersion(33)).allowed).toBe(true);
  });

  it('fails baseline from v1.34 with one field per host', () => {
    const result = evaluatePodSecurity(pod, 'baseline', pssVersion(34));
    expect(result.violations.map((v) => v.check)).toEqual(['hostProbesAndHostLifecycle']);
    expect(result.violations[0]?.fields.map((f) => [f.path, f.observed])).toEqual([
      ['spec.containers[name=app].livenessProbe.httpGet.host', '169.254.169.254'],
      ['spec.containers[name=app].lifecycle.preStop.tcpSocket.host', '10.0.0.1'],
    ]);
    expect(result.violations[0]?.detail).toBe(
      'container "app" uses probe or lifecycle hosts "10.0.0.1", "169.254.169.254"',
    );
  });
});
