import { z } from 'zod';
import { issueSchema } from './issue';
import { instantSchema, pssLevelSchema } from './vocabulary';

const count = z.number().int();
const snapshotRef = z.object({ id: z.uuid(), collectedAt: instantSchema });
/** `namespace/Kind/name` and its Pod Security level. */
const workloadLevel = z.object({ id: z.string(), level: pssLevelSchema });
const namespacePair = z.tuple([z.string(), z.string()]);

/** What changed from snapshot `against` to `snapshot`; each list capped at `limit`, counts complete. */
export const snapshotDiffSchema = z
  .object({
    snapshot: snapshotRef,
    against: snapshotRef,
    limit: count,
    issues: z.object({
      counts: z.object({ new: count, resolved: count, unchanged: count }),
      new: z.array(issueSchema),
      resolved: z.array(issueSchema),
      unchanged: z.array(issueSchema),
    }),
    workloads: z.object({
      added: z.array(workloadLevel),
      removed: z.array(workloadLevel),
      levelChanged: z.array(z.object({ id: z.string(), from: pssLevelSchema, to: pssLevelSchema })),
      counts: z.object({ added: count, removed: count, levelChanged: count }),
    }),
    reach: z.object({
      /** `[from, to]` namespace pairs reachable at `snapshot` but not at `against`. */
      becameReachable: z.array(namespacePair),
      becameUnreachable: z.array(namespacePair),
      counts: z.object({ becameReachable: count, becameUnreachable: count }),
      /** False when either stored matrix was truncated or missing: the lists may miss pairs. */
      complete: z.boolean(),
    }),
  })
  .meta({ id: 'SnapshotDiff' });
export type SnapshotDiffResponse = z.infer<typeof snapshotDiffSchema>;
