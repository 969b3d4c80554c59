import type { LabelSelector } from './label-selector';

export const PROTOCOLS = ['TCP', 'UDP', 'SCTP'] as const;
export type Protocol = (typeof PROTOCOLS)[number];
export type Direction = 'ingress' | 'egress';

/**
 * A peer. `pods`: `namespaceSelector === null` means "the policy's own
 * namespace" (podSelector alone); `podSelector === null` means every pod of the
 * matching namespaces. Both null never happens (such a peer is `invalid`).
 */
export type PolicyPeer =
  | { kind: 'pods'; namespaceSelector: LabelSelector | null; podSelector: LabelSelector | null }
  | { kind: 'ipBlock'; cidr: string; except: string[] }
  | { kind: 'invalid' };

/** `port: null` means every port of `protocol`; a string is a named port. */
export interface PolicyPort {
  protocol: string;
  port: number | string | null;
  endPort: number | null;
}

export interface PolicyRule {
  index: number;
  /** `null`: `from`/`to` missing or empty — every source/destination. */
  peers: PolicyPeer[] | null;
  /** `null`: `ports` missing or empty — every port. */
  ports: PolicyPort[] | null;
}

export interface ParsedPolicy {
  /** `namespace/name`. */
  id: string;
  namespace: string;
  name: string;
  podSelector: LabelSelector;
  policyTypes: Direction[];
  /** Rules of a direction the policy affects; `null` when it does not affect it. */
  ingress: PolicyRule[] | null;
  egress: PolicyRule[] | null;
}

/** Which policy rule allows a connection. */
export interface RuleRef {
  policy: string;
  direction: Direction;
  ruleIndex: number;
}
