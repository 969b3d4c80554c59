export type {
  NetworkInput,
  NetWorkload,
  NetNamespace,
  NetContainerPort,
  NetHostPort,
  CniSignal,
} from './network-input';
export { NAMESPACE_NAME_LABEL } from './network-input';
export type { LabelSelector, LabelSelectorRequirement } from './label-selector';
export { matchLabelSelector } from './match-label-selector';
export type {
  ParsedPolicy,
  PolicyRule,
  PolicyPeer,
  PolicyPort,
  RuleRef,
  Direction,
  Protocol,
} from './policy-types';
export { parseNetworkPolicy } from './parse-network-policy';
export type { AllowedPort, AllowedPorts, PortSet } from './port-set';
export { buildNetworkModel, type NetworkModel } from './network-model';
export type { WorkloadClass } from './workload-class';
export {
  explainConnection,
  type ConnectionExplanation,
  type ConnectionQuery,
  type DirectionExplanation,
} from './explain-connection';
export {
  allowedTraffic,
  connections,
  type AllowedTraffic,
  type Connection,
} from './allowed-traffic';
export type { Reach } from './reach';
export { namespaceReachTable, reachAt, type NamespaceReachTable } from './namespace-reach-table';
export { REACH_ALL, REACH_NONE, REACH_PARTIAL } from './reach';
export {
  namespaceMatrix,
  namespaceMatrixFromTable,
  namespacePairs,
  matrixReach,
  type NamespaceMatrix,
  type NamespaceBlock,
  type NamespacePair,
} from './namespace-matrix';
export { isDefaultDeny } from './is-default-deny';
export {
  workloadIsolation,
  namespaceIsolation,
  type WorkloadIsolation,
  type NamespaceIsolation,
} from './isolation-posture';
export { detectCni, type CniDetection, type CniVerdict } from './detect-cni';
export {
  danglingBackends,
  exposures,
  serviceWorkloads,
  isOpenToEveryone,
  type Exposure,
  type ExposureKind,
  type ExposureSubject,
} from './exposures';
export { attackPaths, type AttackPath, type AttackHop } from './attack-paths';
export { NET_CHECKS, netCheck } from './network-checks';
export { networkFindings } from './network-findings';
export type { NetworkFinding, FindingSubject } from './network-finding';
export { defaultDenyPolicyYaml } from './default-deny-policy-yaml';
export { CNI_SETTING_KEYS, cniSettingKey, cniSettingOf, type CniSetting } from './cni-settings';
export { compactNetworkInput } from './compact-network-input';
export {
  classConnections,
  namespaceCellConnections,
  workloadConnections,
  type WorkloadConnection,
  type WorkloadConnections,
} from './class-connections';
