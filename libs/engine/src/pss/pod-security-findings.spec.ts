import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { PSS_CHECKS } from '../catalog/pss-catalog';
import type { PodShape } from '../model/kube';
import { podSecurityFindings } from './pod-security-findings';
import { LATEST_PSS_VERSION } from './pss-version';

const load = (name: string): PodShape =>
  parse(readFileSync(path.join(__dirname, '__fixtures__', `${name}.yaml`), 'utf8')) as PodShape;

describe('podSecurityFindings', () => {
  it('reports a privileged container once, under pss.baseline.privileged', () => {
    const findings = podSecurityFindings(load('privileged-init-container'), LATEST_PSS_VERSION);
    const privileged = findings.filter((f) => f.checkId.endsWith('.privileged'));
    expect(privileged).toEqual([
      {
        checkId: 'pss.baseline.privileged',
        container: 'setup',
        path: 'spec.initContainers[name=setup].securityContext.privileged',
        observed: true,
        expected: 'false or unset',
        message: 'container "setup" sets securityContext.privileged=true; expected false or unset',
      },
    ]);
  });

  it('reports restricted-only checks under pss.restricted ids', () => {
    const ids = new Set(
      podSecurityFindings(load('baseline-only-pod'), LATEST_PSS_VERSION).map((f) => f.checkId),
    );
    expect([...ids].sort()).toEqual([
      'pss.restricted.allow-privilege-escalation',
      'pss.restricted.capabilities',
      'pss.restricted.run-as-non-root',
      'pss.restricted.seccomp-profile',
    ]);
  });

  it('does not repeat a baseline field under restricted (hostPath, Unconfined seccomp)', () => {
    const findings = podSecurityFindings(load('named-paths'), LATEST_PSS_VERSION);
    const hostPath = findings.filter((f) => f.path === 'spec.volumes[name=data].hostPath');
    expect(hostPath.map((f) => f.checkId)).toEqual(['pss.baseline.host-path-volumes']);
  });

  it('keeps restricted capabilities for what baseline allows but restricted does not', () => {
    const pod: PodShape = {
      spec: {
        containers: [
          {
            name: 'app',
            securityContext: { capabilities: { add: ['SYS_ADMIN', 'CHOWN'], drop: ['ALL'] } },
          },
        ],
      },
    };
    const caps = podSecurityFindings(pod, LATEST_PSS_VERSION).filter((f) =>
      f.checkId.endsWith('.capabilities'),
    );
    expect(caps.map((f) => [f.checkId, f.observed])).toEqual([
      ['pss.baseline.capabilities', ['SYS_ADMIN']],
      ['pss.restricted.capabilities', ['CHOWN']],
    ]);
  });

  it('has nothing to say about a restricted pod', () => {
    expect(podSecurityFindings(load('typical-restricted-pod'), LATEST_PSS_VERSION)).toEqual([]);
  });
});

describe('PSS_CHECKS', () => {
  it('has one entry per level and upstream check, with unique ids', () => {
    expect(PSS_CHECKS).toHaveLength(19);
    expect(new Set(PSS_CHECKS.map((c) => c.id)).size).toBe(19);
  });

  it('names ids pss.<level>.<kebab-case upstream id without level suffix>', () => {
    const ids = PSS_CHECKS.map((c) => [c.upstreamId, c.id]);
    expect(ids).toContainEqual(['capabilities_restricted', 'pss.restricted.capabilities']);
    expect(ids).toContainEqual([
      'hostProbesAndHostLifecycle',
      'pss.baseline.host-probes-and-host-lifecycle',
    ]);
    expect(ids).toContainEqual(['procMount_restricted', 'pss.restricted.proc-mount']);
    expect(ids).toContainEqual(['runAsNonRoot', 'pss.restricted.run-as-non-root']);
    for (const check of PSS_CHECKS) {
      expect(check.docsUrl).toMatch(
        /^https:\/\/kubernetes\.io\/docs\/concepts\/security\/pod-security-standards\/#/,
      );
      expect(check.id.startsWith(`pss.${check.pssLevel}.`)).toBe(true);
    }
  });
});
