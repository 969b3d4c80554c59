import type { ReadModelManifest } from '@kordon/contracts';
import type { SnapshotRecord } from '@kordon/db';

/** A done snapshot with its stored read model's manifest. */
export interface SnapshotReadModel {
  snapshot: SnapshotRecord;
  manifest: ReadModelManifest;
}
