import { formatValue, formatWorkload } from './format-value';

describe('formatWorkload', () => {
  it('writes namespace/Kind/name', () => {
    expect(
      formatWorkload({ namespace: 'kube-system', kind: 'DaemonSet', name: 'calico-node' }),
    ).toBe('kube-system/DaemonSet/calico-node');
  });

  it('leaves out the namespace of a cluster-scoped object and shows a dash for none at all', () => {
    expect(formatWorkload({ namespace: null, kind: 'Node', name: 'node-a' })).toBe('Node/node-a');
    expect(formatWorkload({ namespace: null, kind: null, name: null })).toBe('—');
  });
});

describe('formatValue', () => {
  it('shows scalars as they are and objects as JSON', () => {
    expect(formatValue(true)).toBe('true');
    expect(formatValue('RuntimeDefault')).toBe('RuntimeDefault');
    expect(formatValue({ add: ['NET_ADMIN'] })).toBe('{"add":["NET_ADMIN"]}');
    expect(formatValue(null)).toBeNull();
  });
});
