import { parsePssVersion, pssVersionOfKubernetes } from './parse-pss-version';
import { LATEST_PSS_VERSION, pssVersion } from './pss-version';

describe('parsePssVersion', () => {
  it('reads v1.N', () => {
    expect(parsePssVersion('v1.0')).toEqual(pssVersion(0));
    expect(parsePssVersion('v1.25')).toEqual(pssVersion(25));
  });

  it('reads latest as the newest implemented when no cluster version is given', () => {
    expect(parsePssVersion('latest')).toEqual(LATEST_PSS_VERSION);
    expect(LATEST_PSS_VERSION).toEqual({ major: 1, minor: 37 });
  });

  it('reads latest as the cluster version when given', () => {
    expect(parsePssVersion('latest', pssVersion(30))).toEqual(pssVersion(30));
  });

  it('clamps versions newer than implemented, as PSA does', () => {
    expect(parsePssVersion('v1.99')).toEqual(LATEST_PSS_VERSION);
    expect(parsePssVersion('latest', pssVersion(40))).toEqual(LATEST_PSS_VERSION);
  });

  it('clamps versions newer than the cluster to the cluster version', () => {
    expect(parsePssVersion('v1.33', pssVersion(30))).toEqual(pssVersion(30));
  });

  it('rejects anything else', () => {
    for (const text of ['', '1.25', 'v2.0', 'v1', 'v1.025', 'v1.x', 'Latest', 'v1.25.1']) {
      expect(parsePssVersion(text)).toBeNull();
    }
  });

  it('derives the policy version of a server gitVersion', () => {
    expect(pssVersionOfKubernetes('v1.31.2-gke.100')).toEqual(pssVersion(31));
    expect(pssVersionOfKubernetes('1.29+')).toEqual(pssVersion(29));
    expect(pssVersionOfKubernetes('nonsense')).toBeNull();
  });
});
