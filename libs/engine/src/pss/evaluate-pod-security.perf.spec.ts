import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { PodShape } from '../model/kube';
import { evaluatePodSecurity } from './evaluate-pod-security';
import { LATEST_PSS_VERSION } from './pss-version';

const load = (name: string): PodShape =>
  parse(readFileSync(path.join(__dirname, '__fixtures__', `${name}.yaml`), 'utf8')) as PodShape;

describe('evaluatePodSecurity performance', () => {
  it('evaluates a typical pod at both levels in well under 50 µs', () => {
    const pods = [load('typical-restricted-pod'), load('baseline-only-pod'), load('named-paths')];
    const rounds = 20_000;
    const run = (): void => {
      for (let i = 0; i < rounds; i++) {
        const pod = pods[i % pods.length] as PodShape;
        evaluatePodSecurity(pod, 'baseline', LATEST_PSS_VERSION);
        evaluatePodSecurity(pod, 'restricted', LATEST_PSS_VERSION);
      }
    };
    run(); // warm-up
    const start = process.hrtime.bigint();
    run();
    const microsPerPod = Number(process.hrtime.bigint() - start) / 1000 / rounds;
    // Generous bound so a loaded CI machine does not flake; typical is a few µs.
    expect(microsPerPod).toBeLessThan(50);
  });
});
