import { findingFingerprint } from '@kordon/contracts';
import { createAnalyzer, type KubeObject } from '@kordon/engine';
import { SCALE_150K, syntheticSnapshotLines, type SyntheticOptions } from './synthetic-cluster';

const SMALL: SyntheticOptions = {
  ...SCALE_150K,
  namespaces: 60,
  deployments: 180,
  podsPerDeployment: 2,
};

function analyze(options: SyntheticOptions) {
  const lines = [...syntheticSnapshotLines(options)].map(
    (l) => JSON.parse(l) as KubeObject & { cluster?: { kubernetesVersion: string } },
  );
  const analyzer = createAnalyzer();
  analyzer.begin({ kubernetesVersion: lines[0]?.cluster?.kubernetesVersion ?? null });
  for (const object of lines.slice(1, -1)) analyzer.add(object);
  return analyzer.finish();
}

describe('synthetic cluster', () => {
  it('is the same bytes for the same seed', () => {
    expect([...syntheticSnapshotLines(SMALL)].join('\n')).toBe(
      [...syntheticSnapshotLines(SMALL)].join('\n'),
    );
  });

  it('analyzes into findings that each have their own fingerprint', () => {
    const result = analyze(SMALL);
    const fingerprints = result.findings.map((f) =>
      findingFingerprint({
        check: f.checkId,
        kind: f.kind,
        namespace: f.namespace,
        name: f.name,
        container: f.container,
        path: f.path,
      }),
    );
    const repeated = [...new Set(fingerprints.filter((fp, i) => fingerprints.indexOf(fp) !== i))];
    expect(repeated).toEqual([]);
    expect(result.findings.filter((f) => f.checkId === 'net.attack-path').length).toBeGreaterThan(
      1,
    );
  });
});
