import type { Labels } from '../model/kube';
import { ipBlockContains } from './ip-block';
import { matchLabelSelector } from './match-label-selector';
import type { PolicyPeer, PolicyRule } from './policy-types';

/** The other end of a connection, as a policy rule sees it. */
export interface PeerView {
  namespace: string;
  namespaceLabels: Labels;
  labels: Labels;
  hostNetwork: boolean;
  ips: readonly string[];
}

/**
 * Whether a peer of a policy in `policyNamespace` matches `view`.
 * - hostNetwork workloads carry node IPs: only ipBlock peers can match them;
 * - ipBlock matches when any known IP of the workload is inside it (Kordon,
 *   like cyclonus, matches pods by their IPs);
 * - `external: true` asserts the view is in another namespace than the policy.
 */
export function peerMatches(
  peer: PolicyPeer,
  policyNamespace: string,
  view: PeerView,
  external = false,
): boolean {
  if (peer.kind === 'invalid') return false;
  if (peer.kind === 'ipBlock')
    return view.ips.some((ip) => ipBlockContains(peer.cidr, peer.except, ip));
  if (view.hostNetwork) return false;
  const nsOk =
    peer.namespaceSelector === null
      ? !external && view.namespace === policyNamespace
      : matchLabelSelector(peer.namespaceSelector, view.namespaceLabels);
  return nsOk && (peer.podSelector === null || matchLabelSelector(peer.podSelector, view.labels));
}

/** A rule's peer list is a union; a missing or empty list matches everyone. */
export function ruleMatchesPeer(
  rule: PolicyRule,
  policyNamespace: string,
  view: PeerView,
  external = false,
): boolean {
  return (
    rule.peers === null || rule.peers.some((p) => peerMatches(p, policyNamespace, view, external))
  );
}
