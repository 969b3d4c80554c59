import type { Direction, ParsedPolicy, PolicyRule } from './policy-types';

const DNS_PORT = 53;

/** A rule that opens nothing but DNS: every port is 53 over UDP or TCP (any peers). */
function allowsOnlyDns(rule: PolicyRule): boolean {
  if (rule.ports === null) return false;
  return rule.ports.every(
    (p) =>
      p.port === DNS_PORT &&
      (p.endPort === null || p.endPort === DNS_PORT) &&
      (p.protocol === 'UDP' || p.protocol === 'TCP'),
  );
}

/**
 * Whether `policy` is a namespace default-deny for `direction`:
 * - DESIGN §4: an empty `podSelector`, the direction in `policyTypes` and no
 *   rules of that direction;
 * - egress only: rules that allow nothing but DNS (port 53, UDP or TCP, to any
 *   peer) still count. DESIGN §4 says "a generated default-deny egress policy
 *   always allows DNS", so Kordon's own fix (`defaultDenyPolicyYaml`, egress to
 *   kube-dns on 53) must clear the "no default-deny egress" finding it answers.
 */
export function isDefaultDeny(policy: ParsedPolicy, direction: Direction): boolean {
  const sel = policy.podSelector;
  const empty =
    Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0;
  const rules = policy[direction];
  if (!empty || rules === null) return false;
  return rules.length === 0 || (direction === 'egress' && rules.every(allowsOnlyDns));
}
