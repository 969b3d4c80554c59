import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { PodShape } from '../model/kube';
import { evaluatePodSecurity } from './evaluate-pod-security';
import { LATEST_PSS_VERSION } from './pss-version';

const load = (name: string): PodShape =>
  parse(readFileSync(path.join(__dirname, '__fixtures__', `${name}.yaml`), 'utf8')) as PodShape;

describe('init and ephemeral containers', () => {
  it('a privileged init container fails baseline under its initContainers path', () => {
    const result = evaluatePodSecurity(
      load('privileged-init-container'),
      'baseline',
      LATEST_PSS_VERSION,
    );
    expect(result.allowed).toBe(false);
    expect(result.violations).toEqual([
      {
        check: 'privileged',
        checkLevel: 'baseline',
        reason: 'privileged',
        detail: 'container "setup" must not set securityContext.privileged=true',
        fields: [
          {
            container: 'setup',
            path: 'spec.initContainers[name=setup].securityContext.privileged',
            observed: true,
            expected: 'false or unset',
          },
        ],
      },
    ]);
  });

  it('an ephemeral container adding SYS_ADMIN fails baseline capabilities', () => {
    const result = evaluatePodSecurity(
      load('ephemeral-container-adds-sys-admin'),
      'baseline',
      LATEST_PSS_VERSION,
    );
    expect(result.violations.map((v) => v.check)).toEqual(['capabilities_baseline']);
    expect(result.violations[0]?.fields).toEqual([
      {
        container: 'debugger',
        path: 'spec.ephemeralContainers[name=debugger].securityContext.capabilities.add',
        observed: ['SYS_ADMIN', 'NET_RAW'],
        expected: expect.any(String),
      },
    ]);
  });

  it('an ephemeral container is judged by restricted capabilities (drop ALL) too', () => {
    const result = evaluatePodSecurity(
      load('ephemeral-container-adds-sys-admin'),
      'restricted',
      LATEST_PSS_VERSION,
    );
    const capabilities = result.violations.find((v) => v.check === 'capabilities_restricted');
    expect(capabilities?.fields.map((f) => f.container)).toEqual(['app', 'debugger', 'debugger']);
  });
});
