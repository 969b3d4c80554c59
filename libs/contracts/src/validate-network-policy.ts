import {
  isRecord,
  optionalArray,
  optionalLabelSelector,
  problem,
  requireRecord,
  type Problem,
} from './structural-checks';

function checkPeer(value: unknown, path: string): Problem | null {
  if (!isRecord(value)) return problem(path, 'expected an object');
  return (
    optionalLabelSelector(value.podSelector, `${path}.podSelector`) ??
    optionalLabelSelector(value.namespaceSelector, `${path}.namespaceSelector`) ??
    (value.ipBlock === undefined ? null : checkIpBlock(value.ipBlock, `${path}.ipBlock`))
  );
}

function checkIpBlock(value: unknown, path: string): Problem | null {
  if (!isRecord(value)) return problem(path, 'expected an object');
  if (typeof value.cidr !== 'string') return problem(`${path}.cidr`, 'expected a string');
  return optionalArray(value.except, `${path}.except`, stringItem);
}

function stringItem(value: unknown, path: string): Problem | null {
  return typeof value === 'string' ? null : problem(path, 'expected a string');
}

function ruleChecker(peers: 'from' | 'to') {
  return (value: unknown, path: string): Problem | null => {
    if (!isRecord(value)) return problem(path, 'expected an object');
    return (
      optionalArray(value[peers], `${path}.${peers}`, checkPeer) ??
      optionalArray(value.ports, `${path}.ports`, requireRecord)
    );
  };
}

const checkIngressRule = ruleChecker('from');
const checkEgressRule = ruleChecker('to');

/** NetworkPolicy spec: selector, policy types and rule arrays, down to peers. */
export function checkNetworkPolicySpec(value: unknown, path: string): Problem | null {
  if (!isRecord(value)) return problem(path, 'expected an object');
  return (
    optionalLabelSelector(value.podSelector, `${path}.podSelector`) ??
    optionalArray(value.policyTypes, `${path}.policyTypes`, stringItem) ??
    optionalArray(value.ingress, `${path}.ingress`, checkIngressRule) ??
    optionalArray(value.egress, `${path}.egress`, checkEgressRule)
  );
}
