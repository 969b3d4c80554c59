import type { CheckDefinition, CheckResult } from '../catalog/check-definition';
import type { Severity } from '../model/vocabulary';
import type { CniDetection } from '../network/detect-cni';
import type { Exposure } from '../network/exposures';
import type { AttackPath } from '../network/attack-paths';
import type { NamespaceIsolation, WorkloadIsolation } from '../network/isolation-posture';
import type { NetworkModel } from '../network/network-model';
import type { NetworkInput } from '../network/network-input';
import type {
  EffectiveContainerContext,
  EffectivePodContext,
} from '../pss/effective-security-context';
import type { NamespacePodSecurity } from '../pss/namespace-pod-security';
import type { PssEvaluation, PssLevelName } from '../pss/pss-types';
import type { DuplicateIdentity, SourceLocation, Workload } from '../workloads/workload';

/** What the engine needs from a snapshot's header. */
export interface SnapshotInfo {
  clusterName?: string | null;
  kubernetesVersion?: string | null;
  coverage?: Record<string, string>;
}

/** A check result attached to what it is about, with its catalog entry's wording. */
export interface EngineFinding extends CheckResult {
  severity: Severity;
  title: string;
  remediation: string;
  docsUrl: string;
  /** The workload (or namespace, policy, service) the finding is about. */
  kind: string;
  namespace: string;
  name: string;
  source: SourceLocation | null;
  pssLevel?: 'baseline' | 'restricted';
  upstreamId?: string;
  fixYaml?: string;
}

export interface WorkloadAnalysis {
  workload: Omit<Workload, 'podSpecs'>;
  /** The highest Pod Security level every one of its pod specs satisfies. */
  level: PssLevelName;
  pss: { baseline: PssEvaluation; restricted: PssEvaluation };
  containers: EffectiveContainerContext[];
  pod: EffectivePodContext | null;
  isolation: WorkloadIsolation | null;
}

export interface NamespaceAnalysis {
  name: string;
  labels: Record<string, string>;
  podSecurity: NamespacePodSecurity;
  isolation: NamespaceIsolation | null;
  workloads: number;
}

export interface NetworkAnalysis {
  model: NetworkModel;
  input: NetworkInput;
  cni: CniDetection;
  exposures: Exposure[];
  attackPaths: AttackPath[];
}

export interface AnalysisResult {
  /** The Pod Security Standards version the verdicts use, e.g. `v1.31`. */
  pssVersion: string;
  objects: number;
  /** Objects of kinds Kordon does not read, by kind. */
  skippedKinds: Record<string, number>;
  /** Workload identities defined more than once, with both sources (see `AnalyzerOptions.duplicates`). */
  duplicates: DuplicateIdentity[];
  workloads: WorkloadAnalysis[];
  namespaces: NamespaceAnalysis[];
  findings: EngineFinding[];
  network: NetworkAnalysis;
  catalog: readonly CheckDefinition[];
}
