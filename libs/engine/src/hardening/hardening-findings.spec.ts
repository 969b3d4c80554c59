import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { WORKLOAD_CHECKS } from '../catalog/workload-catalog';
import type { PodShape } from '../model/kube';
import { hardeningFindings } from './hardening-findings';

const load = (name: string): PodShape =>
  parse(readFileSync(path.join(__dirname, '__fixtures__', `${name}.yaml`), 'utf8')) as PodShape;

const findings = (name: string, checkId: string) =>
  hardeningFindings(load(name)).filter((f) => f.checkId === checkId);

describe('hardening findings', () => {
  it('are empty for a hardened pod', () => {
    expect(hardeningFindings(load('hardened-pod'))).toEqual([]);
  });

  it('use only catalogued check ids', () => {
    const ids = new Set(WORKLOAD_CHECKS.map((c) => c.id));
    for (const finding of hardeningFindings(load('unhardened-pod')))
      expect(ids.has(finding.checkId)).toBe(true);
  });
});

describe('workload.read-only-root-fs', () => {
  it('flags every container (init, regular, ephemeral) whose root filesystem is writable or unset', () => {
    expect(
      findings('unhardened-pod', 'workload.read-only-root-fs').map((f) => [f.path, f.observed]),
    ).toEqual([
      ['spec.initContainers[name=setup].securityContext.readOnlyRootFilesystem', null],
      ['spec.containers[name=app].securityContext.readOnlyRootFilesystem', false],
      ['spec.ephemeralContainers[name=debugger].securityContext.readOnlyRootFilesystem', null],
    ]);
  });
});

describe('workload.root-group', () => {
  it('flags runAsGroup 0 at pod and container level, fsGroup 0 and GID 0 in supplementalGroups', () => {
    expect(
      findings('unhardened-pod', 'workload.root-group').map((f) => [f.container, f.path]),
    ).toEqual([
      [null, 'spec.securityContext.runAsGroup'],
      [null, 'spec.securityContext.fsGroup'],
      [null, 'spec.securityContext.supplementalGroups'],
      ['setup', 'spec.initContainers[name=setup].securityContext.runAsGroup'],
    ]);
  });

  it('does not flag non-zero groups', () => {
    expect(findings('hardened-pod', 'workload.root-group')).toEqual([]);
  });
});

describe('workload.missing-limits', () => {
  it('flags each missing cpu or memory limit, skipping ephemeral containers', () => {
    expect(findings('unhardened-pod', 'workload.missing-limits').map((f) => f.path)).toEqual([
      'spec.initContainers[name=setup].resources.limits.cpu',
      'spec.initContainers[name=setup].resources.limits.memory',
      'spec.containers[name=app].resources.limits.cpu',
    ]);
  });
});

describe('workload.default-service-account-token', () => {
  it('flags a pod without serviceAccountName that does not opt out of the token', () => {
    expect(findings('unhardened-pod', 'workload.default-service-account-token')).toEqual([
      {
        checkId: 'workload.default-service-account-token',
        container: null,
        path: 'spec.automountServiceAccountToken',
        observed: null,
        expected: 'false, or a dedicated serviceAccountName',
        message: 'pod mounts the token of the default service account',
      },
    ]);
  });

  it('does not flag the default service account with automountServiceAccountToken false', () => {
    expect(
      findings('default-service-account-opted-out', 'workload.default-service-account-token'),
    ).toEqual([]);
  });

  it('does not flag a dedicated service account', () => {
    expect(findings('hardened-pod', 'workload.default-service-account-token')).toEqual([]);
  });
});

describe('workload.image-latest-tag', () => {
  it('flags :latest and untagged images, not a registry port', () => {
    expect(
      findings('unhardened-pod', 'workload.image-latest-tag').map((f) => [f.container, f.observed]),
    ).toEqual([
      ['setup', 'busybox'],
      ['app', 'registry.example:5000/team/app:latest'],
    ]);
  });

  it('accepts version tags and digests', () => {
    expect(findings('hardened-pod', 'workload.image-latest-tag')).toEqual([]);
  });
});
