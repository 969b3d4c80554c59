import type { KubeObject } from '../model/kube';
import { parseLabelSelector } from './parse-label-selector';
import type { Direction, ParsedPolicy, PolicyPeer, PolicyPort, PolicyRule } from './policy-types';
import { asArray, asNumber, asRecord, asString, type UnknownRecord } from './read-fields';

/**
 * Reads a `networking.k8s.io/v1` NetworkPolicy. `policyTypes` defaults to
 * Ingress, plus Egress when the policy has egress rules. A direction not in
 * `policyTypes` is ignored even if rules are written for it.
 */
export function parseNetworkPolicy(obj: KubeObject): ParsedPolicy {
  const namespace = obj.metadata?.namespace ?? 'default';
  const name = obj.metadata?.name ?? '';
  const spec = asRecord(obj.spec) ?? {};
  const policyTypes = readPolicyTypes(spec);
  return {
    id: `${namespace}/${name}`,
    namespace,
    name,
    podSelector: parseLabelSelector(spec['podSelector']) ?? {},
    policyTypes,
    ingress: policyTypes.includes('ingress') ? readRules(spec['ingress'], 'from') : null,
    egress: policyTypes.includes('egress') ? readRules(spec['egress'], 'to') : null,
  };
}

function readPolicyTypes(spec: UnknownRecord): Direction[] {
  const declared = asArray(spec['policyTypes']);
  if (declared && declared.length > 0) {
    const types: Direction[] = [];
    if (declared.includes('Ingress')) types.push('ingress');
    if (declared.includes('Egress')) types.push('egress');
    return types;
  }
  const egress = asArray(spec['egress']);
  return egress && egress.length > 0 ? ['ingress', 'egress'] : ['ingress'];
}

function readRules(value: unknown, peerField: 'from' | 'to'): PolicyRule[] {
  return (asArray(value) ?? []).map((raw, index) => {
    const rec = asRecord(raw) ?? {};
    const peers = asArray(rec[peerField]);
    const ports = asArray(rec['ports']);
    return {
      index,
      peers: peers && peers.length > 0 ? peers.map(readPeer) : null,
      ports: ports && ports.length > 0 ? ports.map(readPort) : null,
    };
  });
}

function readPeer(value: unknown): PolicyPeer {
  const rec = asRecord(value) ?? {};
  const ipBlock = asRecord(rec['ipBlock']);
  if (ipBlock) {
    const cidr = asString(ipBlock['cidr']);
    if (!cidr) return { kind: 'invalid' };
    const except = (asArray(ipBlock['except']) ?? []).filter(
      (e): e is string => typeof e === 'string',
    );
    return { kind: 'ipBlock', cidr, except };
  }
  const namespaceSelector = parseLabelSelector(rec['namespaceSelector']);
  const podSelector = parseLabelSelector(rec['podSelector']);
  if (!namespaceSelector && !podSelector) return { kind: 'invalid' };
  return { kind: 'pods', namespaceSelector, podSelector };
}

function readPort(value: unknown): PolicyPort {
  const rec = asRecord(value) ?? {};
  const protocol = (asString(rec['protocol']) ?? 'TCP').toUpperCase();
  const raw = rec['port'];
  const port = asNumber(raw) ?? asString(raw) ?? null;
  const endPort = typeof port === 'number' ? (asNumber(rec['endPort']) ?? null) : null;
  return { protocol, port, endPort };
}
