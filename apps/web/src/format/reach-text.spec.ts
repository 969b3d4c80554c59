import { formatPorts, formatRules } from './reach-text';
import { workloadHref } from './cluster-href';

describe('formatPorts', () => {
  it('writes all ports, single ports, ranges and any-port entries', () => {
    expect(formatPorts('all')).toBe('all ports');
    expect(formatPorts([{ protocol: 'TCP', port: 8443 }])).toBe('TCP 8443');
    expect(
      formatPorts([
        { protocol: 'TCP', port: 8000, endPort: 8080 },
        { protocol: 'UDP', port: null },
      ]),
    ).toBe('TCP 8000–8080, UDP any port');
  });
});

describe('formatRules', () => {
  it('names each rule with its policy, direction and index', () => {
    expect(
      formatRules([{ policy: 'payments/api-from-shop', direction: 'ingress', ruleIndex: 0 }]),
    ).toBe('payments/api-from-shop (ingress rule 0)');
    expect(formatRules([], 'not isolated: everything is allowed')).toBe(
      'not isolated: everything is allowed',
    );
  });
});

describe('workloadHref', () => {
  it('links namespace/Kind/name to its page, encoding each part', () => {
    expect(workloadHref('demo', 'shop/Deployment/cart')).toBe(
      '/clusters/demo/workloads/shop/Deployment/cart',
    );
    expect(workloadHref('demo', 'not-a-workload')).toBeNull();
    expect(workloadHref('demo', 'shop/Service/frontend')).toBeNull();
  });
});
