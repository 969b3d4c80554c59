import { pssCheckVersions } from './pss-check-versions';
import { formatPssVersion } from './pss-version';

describe('pssCheckVersions', () => {
  it('starts procMount_restricted at v1.35, where PSA split it from baseline', () => {
    const range = pssCheckVersions('procMount_restricted');
    expect(range && formatPssVersion(range.since)).toBe('v1.35');
  });

  it('starts seccompProfile_restricted at v1.19 and runs through the newest version', () => {
    const range = pssCheckVersions('seccompProfile_restricted');
    expect(range && [formatPssVersion(range.since), formatPssVersion(range.through)]).toEqual([
      'v1.19',
      'v1.37',
    ]);
  });

  it('knows no range for an id PSA does not have', () => {
    expect(pssCheckVersions('noSuchCheck')).toBeUndefined();
  });
});
