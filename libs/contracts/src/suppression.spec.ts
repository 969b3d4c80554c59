import { KordonError } from './kordon-error';
import { matchGlob } from './match-glob';
import {
  matchSuppression,
  partitionSuppressions,
  type SuppressibleFinding,
} from './match-suppression';
import { parseSuppressionFile, type SuppressionRule } from './suppression';

const now = new Date('2025-06-15T10:00:00Z');
const finding: SuppressibleFinding = {
  check: 'pss.baseline.host-namespaces',
  kind: 'DaemonSet',
  namespace: 'kube-system',
  name: 'calico-node',
  container: 'calico-node',
};
const rule = (extra: Partial<SuppressionRule>): SuppressionRule => ({
  check: '*',
  reason: 'CNI needs it',
  ...extra,
});

describe('suppressions', () => {
  it('parses a YAML suppressions file', () => {
    const list = parseSuppressionFile(`
apiVersion: kordon.dev/v1
kind: SuppressionList
suppressions:
  - check: pss.baseline.*
    namespace: kube-system
    workload: DaemonSet/calico-*
    reason: CNI runs on the host network
    expires: 2025-12-31
`);
    expect(list.suppressions).toEqual([
      {
        check: 'pss.baseline.*',
        namespace: 'kube-system',
        workload: 'DaemonSet/calico-*',
        reason: 'CNI runs on the host network',
        expires: '2025-12-31',
      },
    ]);
  });

  it('rejects a rule without a reason, an unknown field or a bad expiry, naming the path', () => {
    const file = (entry: object) =>
      JSON.stringify({
        apiVersion: 'kordon.dev/v1',
        kind: 'SuppressionList',
        suppressions: [entry],
      });
    const expectPath = (text: string, path: string) => {
      expect(() => parseSuppressionFile(text)).toThrow(KordonError);
      try {
        parseSuppressionFile(text);
      } catch (error) {
        expect(error).toMatchObject({
          code: 'validation_failed',
          details: [expect.objectContaining({ path })],
        });
      }
    };
    expectPath(file({ check: 'x', reason: '  ' }), 'suppressions[0].reason');
    expectPath(file({ check: 'x' }), 'suppressions[0].reason');
    expectPath(file({ check: 'x', reason: 'r', namspace: 'typo' }), 'suppressions[0]');
    expectPath(file({ check: 'x', reason: 'r', expires: 'next week' }), 'suppressions[0].expires');
  });

  it('matches by check glob, namespace, Kind/name or name, and container', () => {
    expect(matchSuppression(rule({ check: 'pss.baseline.*' }), finding, now)).toBe(true);
    expect(matchSuppression(rule({ check: 'pss.restricted.*' }), finding, now)).toBe(false);
    expect(
      matchSuppression(
        rule({ namespace: 'kube-system', workload: 'DaemonSet/calico-*' }),
        finding,
        now,
      ),
    ).toBe(true);
    expect(matchSuppression(rule({ workload: 'Deployment/calico-node' }), finding, now)).toBe(
      false,
    );
    expect(matchSuppression(rule({ workload: 'calico-node' }), finding, now)).toBe(true);
    expect(matchSuppression(rule({ container: 'install-cni' }), finding, now)).toBe(false);
    expect(matchSuppression(rule({ namespace: 'shop' }), finding, now)).toBe(false);
    expect(matchSuppression(rule({ container: '*' }), { ...finding, container: null }, now)).toBe(
      false,
    );
  });

  it('stops matching once expired; a date is valid through that day (UTC)', () => {
    expect(matchSuppression(rule({ expires: '2025-06-15' }), finding, now)).toBe(true);
    expect(matchSuppression(rule({ expires: '2025-06-14' }), finding, now)).toBe(false);
    expect(matchSuppression(rule({ expires: '2025-06-15T09:59:59Z' }), finding, now)).toBe(false);
    expect(matchSuppression(rule({ expires: '2025-06-15T12:00:00+02:00' }), finding, now)).toBe(
      false,
    );
    expect(matchSuppression(rule({ expires: '2025-06-15T12:00:00+01:00' }), finding, now)).toBe(
      true,
    );
  });

  it('partitions rules into active and expired', () => {
    const active = rule({ expires: '2026-01-01' });
    const forever = rule({});
    const expired = rule({ expires: '2024-01-01' });
    expect(partitionSuppressions([active, expired, forever], now)).toEqual({
      active: [active, forever],
      expired: [expired],
    });
  });

  it('globs: * spans any characters, everything else is literal', () => {
    expect(matchGlob('pss.*.privileged', 'pss.baseline.privileged')).toBe(true);
    expect(matchGlob('a*b*c', 'axxbyyc')).toBe(true);
    expect(matchGlob('a*b*c', 'axxbyy')).toBe(false);
    expect(matchGlob('a.c', 'abc')).toBe(false);
    expect(matchGlob('*', '')).toBe(true);
  });
});
