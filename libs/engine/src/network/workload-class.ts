import type { NetWorkload } from './network-input';
import type { PeerView } from './peer-matches';
import type { ParsedPolicy } from './policy-types';

/**
 * Workloads that no policy can tell apart: same namespace, same projection of
 * labels onto the selectors' vocabulary, same named ports, same hostNetwork and
 * same set of matching ipBlocks.
 */
export interface WorkloadClass {
  index: number;
  namespace: string;
  key: string;
  /** The class key without the namespace name (namespace labels projected instead). */
  signature: string;
  representative: NetWorkload;
  members: string[];
  view: PeerView;
  /** Policies isolating the class for ingress/egress (none for hostNetwork: outside NetworkPolicy). */
  ingressPolicies: ParsedPolicy[];
  egressPolicies: ParsedPolicy[];
}
