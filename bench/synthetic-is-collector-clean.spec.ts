import { sanitizeObjectReporting } from '@kordon/contracts';
import { syntheticSnapshotLines } from './synthetic-cluster';
import { SCALE_150K } from './synthetic-cluster';

describe('the synthetic snapshot', () => {
  it('is shaped like what the collector sends: nothing for the API to sanitize', () => {
    const lines = [...syntheticSnapshotLines({ ...SCALE_150K, namespaces: 20, deployments: 60 })];
    const changed = lines
      .slice(1, -1)
      .filter((line) => sanitizeObjectReporting(JSON.parse(line) as object).changed);
    expect(changed).toEqual([]);
  });
});
