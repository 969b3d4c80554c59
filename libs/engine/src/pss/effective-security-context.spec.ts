import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { PodShape } from '../model/kube';
import { effectivePodContext, effectiveSecurityContexts } from './effective-security-context';

const load = (name: string): PodShape =>
  parse(readFileSync(path.join(__dirname, '__fixtures__', `${name}.yaml`), 'utf8')) as PodShape;

describe('effectiveSecurityContexts', () => {
  const pod = load('effective-context-sources');
  const contexts = effectiveSecurityContexts(pod);

  it('lists init, regular and ephemeral containers with their type and image', () => {
    expect(contexts.map((c) => [c.name, c.type, c.image])).toEqual([
      ['setup', 'initContainer', 'registry.example/setup:1.0'],
      ['app', 'container', 'registry.example/app:1.0'],
      ['debugger', 'ephemeralContainer', 'busybox:1.36'],
    ]);
  });

  it('takes the container value over the pod value', () => {
    expect(contexts[0]?.runAsUser).toEqual({ value: 0, source: 'container' });
    expect(contexts[1]?.seccompProfile).toEqual({
      value: { type: 'Localhost', localhostProfile: 'profiles/app.json' },
      source: 'container',
    });
  });

  it('inherits the pod value where the container sets none', () => {
    expect(contexts[1]?.runAsUser).toEqual({ value: 1000, source: 'pod' });
    expect(contexts[2]?.runAsNonRoot).toEqual({ value: true, source: 'pod' });
    expect(contexts[2]?.seccompProfile).toEqual({
      value: { type: 'RuntimeDefault' },
      source: 'pod',
    });
  });

  it('reports unset (unknown) where neither sets it, and container-only fields as container or unset', () => {
    expect(contexts[1]?.runAsGroup).toEqual({ value: null, source: 'unset' });
    expect(contexts[2]?.readOnlyRootFilesystem).toEqual({ value: null, source: 'unset' });
    expect(contexts[1]?.capabilities).toEqual({
      add: { value: null, source: 'unset' },
      drop: { value: ['ALL'], source: 'container' },
    });
  });

  it('reports pod-only settings once per pod', () => {
    expect(effectivePodContext(pod)).toEqual({
      hostNetwork: false,
      hostPID: true,
      hostIPC: false,
      hostUsers: false,
      fsGroup: 2000,
      supplementalGroups: [3000],
      sysctls: [{ name: 'net.ipv4.tcp_syncookies', value: '1' }],
    });
  });
});
