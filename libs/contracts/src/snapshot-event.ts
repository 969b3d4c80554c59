import type { SnapshotHeader } from './snapshot-header';
import type { SnapshotObject } from './snapshot-object';

/** How the snapshot arrived: canonical NDJSON, one document with `items`, or a plain Kubernetes List. */
export type SnapshotFormat = 'ndjson' | 'document' | 'list';

export type SnapshotEvent =
  | { type: 'header'; header: SnapshotHeader; format: SnapshotFormat }
  | {
      type: 'object';
      object: SnapshotObject;
      /** NDJSON line number (1-based); absent for items documents and Lists. */
      line?: number;
      /** 0-based position among the snapshot's objects. */
      index: number;
    }
  | { type: 'end'; objects: number };

export interface ReadSnapshotOptions {
  /** Largest accepted object (one NDJSON line or one `items` element), in bytes. Default 8 MiB. */
  maxObjectBytes?: number;
  /**
   * NDJSON pods of one owner whose specs differ only in per-pod fields share one
   * spec object, and so do ReplicaSets whose pod template spec is verbatim
   * their Deployment's (see `SharedPodSpecs`): for analyzers, which never write
   * specs and never read `nodeName`, `hostname`, `subdomain` or the token
   * volume's name per pod. Default false: every object is parsed whole on its own.
   * `{ recentOwners: N }` bounds the memory this takes: only the last N owners'
   * specs are remembered (a collector lists an owner's pods together) and
   * ReplicaSets are parsed whole (their Deployments come long before them).
   */
  sharePodSpecs?: boolean | { recentOwners: number };
}

export const DEFAULT_MAX_OBJECT_BYTES = 8 * 1024 * 1024;
