import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { PodShape } from '../model/kube';
import { evaluatePodSecurity, highestPssLevel } from './evaluate-pod-security';
import { LATEST_PSS_VERSION, pssVersion } from './pss-version';

const load = (name: string): PodShape =>
  parse(readFileSync(path.join(__dirname, '__fixtures__', `${name}.yaml`), 'utf8')) as PodShape;

describe('highestPssLevel', () => {
  it('is restricted for a well-configured pod', () => {
    expect(highestPssLevel(load('typical-restricted-pod'), LATEST_PSS_VERSION)).toBe('restricted');
  });

  it('is baseline for a pod with default settings', () => {
    expect(highestPssLevel(load('baseline-only-pod'), LATEST_PSS_VERSION)).toBe('baseline');
  });

  it('is privileged for a pod with a privileged init container', () => {
    expect(highestPssLevel(load('privileged-init-container'), LATEST_PSS_VERSION)).toBe(
      'privileged',
    );
  });

  it('depends on the version (probe hosts count from v1.34)', () => {
    expect(highestPssLevel(load('probe-with-host'), pssVersion(33))).toBe('baseline');
    expect(highestPssLevel(load('probe-with-host'), pssVersion(34))).toBe('privileged');
  });

  it('treats an empty pod as restricted at v1.0 only where nothing must be set', () => {
    expect(evaluatePodSecurity({}, 'baseline', LATEST_PSS_VERSION).allowed).toBe(true);
    expect(highestPssLevel({ spec: { containers: [{ name: 'a' }] } }, LATEST_PSS_VERSION)).toBe(
      'baseline',
    );
  });
});
