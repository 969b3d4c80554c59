import type { PssVerdict } from '../server/read-model-types';
import { fieldViolations, podViolations } from './security-context-fields';

const privileged = {
  check: 'privileged',
  checkLevel: 'baseline' as const,
  reason: 'privileged',
  detail: 'container "fluent-bit" must not set securityContext.privileged=true',
  fields: [
    {
      container: 'fluent-bit',
      path: 'spec.containers[name=fluent-bit].securityContext.privileged',
      observed: true,
      expected: 'false or unset',
    },
  ],
};
const hostPath = {
  check: 'hostPathVolumes',
  checkLevel: 'baseline' as const,
  reason: 'hostPath volumes',
  detail: 'volume "varlog"',
  fields: [
    {
      container: null,
      path: 'spec.volumes[name=varlog].hostPath',
      observed: '/var/log',
      expected: 'unset',
    },
  ],
};
const podRunAsNonRoot = {
  check: 'runAsNonRoot',
  checkLevel: 'restricted' as const,
  reason: 'runAsNonRoot != true',
  detail: 'pod must set securityContext.runAsNonRoot=true',
  fields: [
    {
      container: null,
      path: 'spec.securityContext.runAsNonRoot',
      observed: false,
      expected: 'true',
    },
  ],
};
const verdicts: { baseline: PssVerdict; restricted: PssVerdict } = {
  baseline: { allowed: false, violations: [hostPath, privileged] },
  restricted: { allowed: false, violations: [privileged, podRunAsNonRoot] },
};

describe('fieldViolations', () => {
  it('finds a container field violation once although restricted repeats the baseline check', () => {
    const found = fieldViolations('fluent-bit', 'privileged', verdicts);
    expect(found).toEqual([
      {
        level: 'baseline',
        check: 'privileged',
        reason: 'privileged',
        path: 'spec.containers[name=fluent-bit].securityContext.privileged',
        observed: true,
        expected: 'false or unset',
      },
    ]);
    expect(fieldViolations('other', 'privileged', verdicts)).toEqual([]);
  });

  it('gives every container the pod-level securityContext violation it inherits', () => {
    expect(fieldViolations('fluent-bit', 'runAsNonRoot', verdicts).map((v) => v.path)).toEqual([
      'spec.securityContext.runAsNonRoot',
    ]);
    expect(fieldViolations('fluent-bit', 'runAsUser', verdicts)).toEqual([]);
  });
});

describe('podViolations', () => {
  it('keeps the violations outside any securityContext, such as hostPath volumes', () => {
    expect(podViolations(verdicts).map((v) => v.path)).toEqual([
      'spec.volumes[name=varlog].hostPath',
    ]);
  });
});
