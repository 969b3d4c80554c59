/** An owner reference as validated by the reader (only the typed fields are checked). */
export interface SnapshotOwnerReference {
  apiVersion?: string;
  kind?: string;
  name?: string;
  uid?: string;
  controller?: boolean;
  [key: string]: unknown;
}

export interface SnapshotObjectMeta {
  name?: string;
  namespace?: string;
  uid?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: SnapshotOwnerReference[];
  [key: string]: unknown;
}

/**
 * One object of a snapshot after structural validation: `apiVersion` and
 * `kind` are strings, metadata fields have the types above; the rest is as
 * received. Structurally assignable to the engine's `KubeObject`.
 */
export interface SnapshotObject {
  apiVersion: string;
  kind: string;
  metadata?: SnapshotObjectMeta;
  spec?: unknown;
  status?: unknown;
  [key: string]: unknown;
}
