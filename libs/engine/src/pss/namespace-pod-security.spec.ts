import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { PodShape } from '../model/kube';
import { highestPssLevel } from './evaluate-pod-security';
import { namespacePodSecurity } from './namespace-pod-security';
import { pssVersion } from './pss-version';

const load = (name: string): PodShape =>
  parse(readFileSync(path.join(__dirname, '__fixtures__', `${name}.yaml`), 'utf8')) as PodShape;

describe('namespacePodSecurity', () => {
  const codes = (r: ReturnType<typeof namespacePodSecurity>): string[] =>
    r.notes.map((n) => n.code);

  it('recommends the lowest level among its workloads and reads the labels', () => {
    const labels = {
      'kubernetes.io/metadata.name': 'shop',
      'pod-security.kubernetes.io/enforce': 'baseline',
      'pod-security.kubernetes.io/enforce-version': 'v1.30',
      'pod-security.kubernetes.io/warn': 'restricted',
    };
    const version = pssVersion(30);
    const levels = [load('typical-restricted-pod'), load('baseline-only-pod')].map((p) =>
      highestPssLevel(p, version),
    );
    const result = namespacePodSecurity(labels, levels);
    expect(result.labels).toEqual({
      'pod-security.kubernetes.io/enforce': 'baseline',
      'pod-security.kubernetes.io/enforce-version': 'v1.30',
      'pod-security.kubernetes.io/warn': 'restricted',
    });
    expect(result.modes.enforce).toEqual({ level: 'baseline', version, source: 'label' });
    expect(result.modes.warn.level).toBe('restricted');
    expect(result.modes.audit.source).toBe('default');
    expect(result.recommendedEnforce).toBe('baseline');
    expect(result.workloadsRejectedByEnforce).toBe(0);
  });

  it('always notes that PSA exemptions are not visible through the API', () => {
    expect(codes(namespacePodSecurity({}, ['restricted']))).toContain('exemptions-not-visible');
  });

  it('suggests tightening when every workload satisfies a higher level than enforced', () => {
    const result = namespacePodSecurity({}, ['restricted', 'restricted']);
    expect(result.recommendedEnforce).toBe('restricted');
    expect(result.notes).toContainEqual({
      code: 'can-tighten-enforce',
      params: { from: 'privileged', to: 'restricted' },
    });
    expect(codes(result)).toContain('cluster-default-unknown');
  });

  it('counts workloads the current enforce level would reject', () => {
    const result = namespacePodSecurity({ 'pod-security.kubernetes.io/enforce': 'restricted' }, [
      'privileged',
      'baseline',
      'restricted',
    ]);
    expect(result.recommendedEnforce).toBe('privileged');
    expect(result.workloadsRejectedByEnforce).toBe(2);
  });

  it('fails closed on malformed labels, as PSA does (restricted, latest)', () => {
    const result = namespacePodSecurity(
      {
        'pod-security.kubernetes.io/enforce': 'strict',
        'pod-security.kubernetes.io/enforce-version': '1.30',
      },
      [],
      pssVersion(31),
    );
    expect(result.modes.enforce).toEqual({
      level: 'restricted',
      version: pssVersion(31),
      source: 'invalid-label',
    });
    expect(codes(result).filter((c) => c === 'invalid-label')).toHaveLength(2);
    expect(codes(result)).toContain('no-workloads');
  });

  it('reads latest as the cluster version', () => {
    const result = namespacePodSecurity(
      { 'pod-security.kubernetes.io/audit-version': 'latest' },
      [],
      pssVersion(29),
    );
    expect(result.modes.audit.version).toEqual(pssVersion(29));
  });
});
