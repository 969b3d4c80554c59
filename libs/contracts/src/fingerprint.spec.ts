import { createHash } from 'node:crypto';
import { findingFingerprint } from './fingerprint';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('findingFingerprint', () => {
  const finding = {
    check: 'pss.baseline.privileged',
    kind: 'Deployment',
    namespace: 'shop',
    name: 'web',
    container: 'app',
    path: 'spec.containers[name=app].securityContext.privileged',
  };

  it('is the SHA-256 of the canonical JSON array', () => {
    const literal =
      '["pss.baseline.privileged","Deployment","shop","web","app","spec.containers[name=app].securityContext.privileged"]';
    expect(findingFingerprint(finding)).toBe(sha256(literal));
    expect(findingFingerprint(finding)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('uses null for an absent container or namespace', () => {
    const literal = '["pss.baseline.host-namespaces","Pod",null,"etcd",null,"spec.hostNetwork"]';
    const input = {
      check: 'pss.baseline.host-namespaces',
      kind: 'Pod',
      namespace: null,
      name: 'etcd',
      path: 'spec.hostNetwork',
    };
    expect(findingFingerprint(input)).toBe(sha256(literal));
    expect(findingFingerprint({ ...input, container: undefined, namespace: undefined })).toBe(
      sha256(literal),
    );
  });

  it('does not depend on property order and differs when any part differs', () => {
    const reordered = {
      path: finding.path,
      container: 'app',
      name: 'web',
      namespace: 'shop',
      kind: 'Deployment',
      check: finding.check,
    };
    expect(findingFingerprint(reordered)).toBe(findingFingerprint(finding));
    expect(findingFingerprint({ ...finding, container: 'sidecar' })).not.toBe(
      findingFingerprint(finding),
    );
  });
});
