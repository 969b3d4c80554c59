import { z } from 'zod';

export const SNAPSHOT_END_KIND = 'ClusterSnapshotEnd';

/** Last NDJSON line: `{"kind":"ClusterSnapshotEnd","objects":N}`. */
export const snapshotEndSchema = z.object({
  kind: z.literal(SNAPSHOT_END_KIND),
  objects: z.number().int().nonnegative(),
});

export type SnapshotEnd = z.infer<typeof snapshotEndSchema>;
