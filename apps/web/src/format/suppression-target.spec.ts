import { decodeSuppressionTarget, encodeSuppressionTarget } from './suppression-target';

describe('suppression targets', () => {
  it('round-trips an issue to the rule that suppresses exactly it', () => {
    const value = encodeSuppressionTarget({
      checkId: 'pss.baseline.privileged',
      namespace: 'monitoring',
      kind: 'DaemonSet',
      name: 'log-agent',
      container: 'fluent-bit',
    });
    expect(decodeSuppressionTarget(value)).toEqual({
      check: 'pss.baseline.privileged',
      namespace: 'monitoring',
      workload: 'DaemonSet/log-agent',
      container: 'fluent-bit',
    });
  });

  it('keeps a pod-level issue without a container', () => {
    const value = encodeSuppressionTarget({
      checkId: 'pss.baseline.host-namespaces',
      namespace: 'kube-system',
      kind: 'DaemonSet',
      name: 'calico-node',
      container: null,
    });
    expect(decodeSuppressionTarget(value)?.container).toBeNull();
  });

  it('refuses values that are not encoded targets', () => {
    expect(decodeSuppressionTarget('pss.baseline.privileged')).toBeNull();
    expect(decodeSuppressionTarget('\tmonitoring\tDaemonSet/log-agent\t')).toBeNull();
  });
});
