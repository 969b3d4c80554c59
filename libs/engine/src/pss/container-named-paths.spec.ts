import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { PodShape } from '../model/kube';
import { evaluatePodSecurity } from './evaluate-pod-security';
import { LATEST_PSS_VERSION } from './pss-version';

const load = (name: string): PodShape =>
  parse(readFileSync(path.join(__dirname, '__fixtures__', `${name}.yaml`), 'utf8')) as PodShape;

describe('violation paths', () => {
  it('name containers, volumes, sysctls and annotations rather than indexes', () => {
    const result = evaluatePodSecurity(load('named-paths'), 'baseline', LATEST_PSS_VERSION);
    const byCheck = Object.fromEntries(
      result.violations.map((v) => [v.check, v.fields.map((f) => f.path)]),
    );
    expect(byCheck).toEqual({
      appArmorProfile: [
        "metadata.annotations['container.apparmor.security.beta.kubernetes.io/app']",
      ],
      hostNamespaces: ['spec.hostNetwork'],
      hostPathVolumes: ['spec.volumes[name=data].hostPath'],
      hostPorts: ['spec.containers[name=app].ports[0].hostPort'],
      privileged: ['spec.containers[name=app].securityContext.privileged'],
      seLinuxOptions: ['spec.containers[name=app].securityContext.seLinuxOptions.type'],
      sysctls: ['spec.securityContext.sysctls[name=kernel.msgmax]'],
    });
  });

  it('carry the container name on container fields and null on pod fields', () => {
    const result = evaluatePodSecurity(load('named-paths'), 'baseline', LATEST_PSS_VERSION);
    const containers = result.violations.flatMap((v) =>
      v.fields.map((f) => [v.check, f.container]),
    );
    expect(containers).toContainEqual(['privileged', 'app']);
    expect(containers).toContainEqual(['hostNamespaces', null]);
    expect(containers).toContainEqual(['appArmorProfile', 'app']);
  });
});
