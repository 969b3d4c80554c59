import { z } from 'zod';
import { pageSchema } from '../pagination';
import { instantSchema, severityCountsSchema, snapshotStatusSchema } from './vocabulary';

/** What the last analysis of a snapshot wrote, and the bytes its stored body occupies. */
export const snapshotWritesSchema = z
  .object({
    issueRows: z.number().int(),
    spanRows: z.number().int(),
    workloadSpanRows: z.number().int(),
    postureRows: z.number().int(),
    chunkBytes: z.number().int(),
  })
  .meta({ id: 'SnapshotWrites' });

export const snapshotSchema = z
  .object({
    id: z.uuid(),
    clusterId: z.uuid(),
    clusterName: z.string(),
    status: snapshotStatusSchema,
    source: z.string(),
    collectedAt: instantSchema,
    receivedAt: instantSchema,
    startedAt: instantSchema.nullable(),
    finishedAt: instantSchema.nullable(),
    kubernetesVersion: z.string().nullable(),
    objectCount: z.number().int(),
    rawBytes: z.number().int(),
    attempts: z.number().int(),
    failureReason: z.string().nullable(),
    engineVersion: z.string().nullable(),
    catalogVersion: z.string().nullable(),
    counts: severityCountsSchema.nullable(),
    timings: z
      .object({ queuedMs: z.number().int().nullable(), analysisMs: z.number().int().nullable() })
      .nullable(),
    /** Total rows the last analysis wrote (the sum of `written`'s row counts). */
    rowsWritten: z.number().int(),
    written: snapshotWritesSchema,
    rawPurgedAt: instantSchema.nullable(),
    /** Whether this snapshot changed the issue lifecycle (false when older than the newest applied one). */
    appliedLifecycle: z.boolean(),
    workloads: z.number().int().nullable(),
    namespaces: z.number().int().nullable(),
  })
  .meta({ id: 'Snapshot' });
export type SnapshotResponse = z.infer<typeof snapshotSchema>;

export const snapshotPageSchema = pageSchema(snapshotSchema).meta({ id: 'SnapshotPage' });
export type SnapshotPageResponse = z.infer<typeof snapshotPageSchema>;

/** Answer of an upload (202 new, 200 repeat) and of a reanalysis (202). */
export const snapshotAcceptedSchema = z
  .object({
    snapshotId: z.uuid(),
    status: snapshotStatusSchema,
    dropped: z.record(z.string(), z.number().int()).optional().meta({
      description:
        'Objects not stored, by kind: Secrets and kinds Kordon does not read (present only when some were dropped).',
    }),
  })
  .meta({ id: 'SnapshotAccepted' });
export type SnapshotAcceptedResponse = z.infer<typeof snapshotAcceptedSchema>;
