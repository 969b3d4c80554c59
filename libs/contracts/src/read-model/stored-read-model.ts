import type {
  AttackPath,
  CniDetection,
  EffectiveContainerContext,
  EffectivePodContext,
  Exposure,
  KubeObject,
  NamespaceIsolation,
  NamespaceMatrix,
  NamespacePodSecurity,
  NetNamespace,
  NetWorkload,
  PssEvaluation,
  PssLevelName,
  WorkloadIsolation,
} from '@kordon/engine';

/**
 * What the worker stores per snapshot so the API answers workload, network and
 * namespace questions without reading the raw snapshot. Bump when the stored
 * shape changes: a snapshot stored at another version asks for a reanalysis.
 */
export const READ_MODEL_VERSION = 2;

/** One workload as its page shows it. */
export interface StoredWorkload {
  /** `namespace/Kind/name`. */
  id: string;
  namespace: string;
  kind: string;
  name: string;
  desiredReplicas: number | null;
  observedPods: number;
  level: PssLevelName;
  pss: { baseline: PssEvaluation; restricted: PssEvaluation };
  containers: EffectiveContainerContext[];
  pod: EffectivePodContext | null;
  isolation: WorkloadIsolation | null;
  /** Services, Ingresses and host ports that expose it. */
  exposures: Exposure[];
}

/** A namespace's workloads and Pod Security, one stored document. */
export interface StoredNamespaceDetail {
  name: string;
  labels: Record<string, string>;
  podSecurity: NamespacePodSecurity | null;
  isolation: StoredNamespaceIsolation | null;
  workloads: StoredWorkload[];
}

/** The part of the engine's network input that lives in one namespace, one stored document. */
export interface StoredNamespaceNetwork {
  namespace: NetNamespace | null;
  workloads: NetWorkload[];
  policies: KubeObject[];
}

/**
 * A namespace's isolation without `reachableFrom` (the matrix answers that; as a
 * list per namespace it grows with the square of the namespaces).
 */
export type StoredNamespaceIsolation = Omit<NamespaceIsolation, 'reachableFrom'>;

/** Whole-cluster network results, one stored document. */
export interface StoredNetworkSummary {
  cni: CniDetection;
  exposures: Exposure[];
  danglingBackends: Exposure[];
  attackPaths: AttackPath[];
}

/** Per namespace: isolation and Pod Security, one stored document. */
export interface StoredNamespacesSummary {
  /** Per namespace with workloads: ingress/egress isolation and default-deny. */
  isolation: StoredNamespaceIsolation[];
  /** Per namespace: its workload count and Pod Security (labels, modes, the level it could enforce). */
  namespaces: StoredNamespacePodSecurity[];
}

export interface StoredNamespacePodSecurity {
  name: string;
  workloads: number;
  podSecurity: NamespacePodSecurity;
}

/** A workload's line in the manifest: enough to list and filter without opening documents. */
export interface ManifestWorkload {
  kind: string;
  name: string;
  level: PssLevelName;
  exposed: boolean;
}

export interface ManifestNamespace {
  name: string;
  /** Content hashes (hex) of this namespace's detail and network documents. */
  detail: string;
  network: string;
  workloads: ManifestWorkload[];
}

/** Per snapshot: which documents make up its read model. */
export interface ReadModelManifest {
  version: number;
  pssVersion: string;
  /** Content hashes of the cluster-wide documents: network results, namespace matrix, namespaces. */
  summary: { network: string; matrix: string; namespaces: string };
  namespaces: ManifestNamespace[];
}

/** What the worker hands to storage: the documents, before hashing. */
export interface ReadModelDocuments {
  pssVersion: string;
  summary: StoredNetworkSummary;
  /** The sparse namespace matrix (blocks, and the diagonal pairs that differ from the default). */
  matrix: NamespaceMatrix;
  namespacesSummary: StoredNamespacesSummary;
  namespaces: {
    name: string;
    detail: StoredNamespaceDetail;
    network: StoredNamespaceNetwork;
    workloads: ManifestWorkload[];
  }[];
}
