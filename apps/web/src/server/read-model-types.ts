/**
 * Names for the read-model shapes the cluster pages use (network, workloads, namespaces,
 * issues, diffs), all taken from the generated OpenAPI types — nothing written by hand.
 */
import type { Schema } from './api-types';
import type { getDiff } from './read-model-api';

export type { Issue, PssLevel } from './api-types';

export type NetworkView = Schema<'NetworkView'>;
export type NamespaceIsolation = Schema<'NamespaceIsolation'>;
export type NamespaceMatrix = Schema<'NamespaceMatrix'>;
export type AttackPath = Schema<'AttackPath'>;
export type Exposure = Schema<'Exposure'>;
export type MatrixCell = Schema<'MatrixCell'>;
export type WorkloadConnection = MatrixCell['pairs'][number];
export type ReachValue = MatrixCell['reach'];
export type ReachPorts = WorkloadConnection['ports'];
export type RuleRef = WorkloadConnection['egressRules'][number];
export type ReachAnswer = Schema<'ReachAnswer'>;
export type ReachDirection = ReachAnswer['egress'];
export type ReachProtocol = NonNullable<ReachAnswer['protocol']>;
export type DefaultDenyPolicy = Schema<'DefaultDenyPolicy'>;
export type WorkloadSummary = Schema<'WorkloadSummary'>;
export type WorkloadDetail = Schema<'WorkloadDetail'>;
export type EffectiveContainer = Schema<'EffectiveContainer'>;
export type PssVerdict = Schema<'PssVerdict'>;
export type PssViolation = PssVerdict['violations'][number];
export type WorkloadPeer = Schema<'WorkloadPeer'>;
export type WorkloadLevelChange = Schema<'WorkloadLevelChange'>;
export type WorkloadIssueEvent = Schema<'WorkloadIssueEvent'>;
export type NamespacesView = Schema<'NamespacesView'>;
export type NamespacePodSecurity = Schema<'NamespacePodSecurity'>;
/** As openapi-fetch types the diff answer (it reads the namespace-pair tuples as arrays). */
export type SnapshotDiff = Awaited<ReturnType<typeof getDiff>>;
export type CheckInfo = Schema<'Check'>;
export type Suppression = Schema<'Suppression'>;

export const REACH_PROTOCOLS: readonly ReachProtocol[] = ['TCP', 'UDP', 'SCTP'];
