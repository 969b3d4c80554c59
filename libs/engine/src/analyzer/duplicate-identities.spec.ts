import type { KubeObject } from '../model/kube';
import { createAnalyzer } from './create-analyzer';

function deployment(privileged: boolean): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop' },
    spec: {
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { containers: [{ name: 'web', image: 'web:1', securityContext: { privileged } }] },
      },
    },
  };
}

const base = { file: 'base/web.yaml', line: 1 };
const overlay = { file: 'overlays/prod/web.yaml', line: 1 };

function analyze(duplicates: 'first' | 'judge-each', order: 'base-first' | 'overlay-first') {
  const analyzer = createAnalyzer({ duplicates });
  const inputs: [KubeObject, typeof base][] = [
    [deployment(false), base],
    [deployment(true), overlay],
  ];
  if (order === 'overlay-first') inputs.reverse();
  for (const [object, source] of inputs) analyzer.add(object, source);
  return analyzer.finish();
}

describe('objects that repeat a workload identity', () => {
  it.each(['base-first', 'overlay-first'] as const)(
    'judges each one with its own source under judge-each (%s)',
    (order) => {
      const result = analyze('judge-each', order);
      expect(result.workloads.map((w) => w.workload.source?.file).sort()).toEqual([
        'base/web.yaml',
        'overlays/prod/web.yaml',
      ]);
      const privileged = result.findings.filter((f) => f.checkId === 'pss.baseline.privileged');
      expect(privileged.map((f) => f.source)).toEqual([overlay]);
    },
  );

  it('reports the repeat naming both sources and analyzes only the first by default', () => {
    const result = analyze('first', 'base-first');
    expect(result.duplicates).toEqual([
      { id: 'shop/Deployment/web', first: base, second: overlay },
    ]);
    expect(result.workloads).toHaveLength(1);
    expect(result.findings.some((f) => f.checkId === 'pss.baseline.privileged')).toBe(false);
  });

  it('keeps repeats out of the network model', () => {
    const result = analyze('judge-each', 'base-first');
    expect(result.network.input.workloads.map((w) => w.id)).toEqual(['shop/Deployment/web']);
  });
});
