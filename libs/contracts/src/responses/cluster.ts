import { z } from 'zod';
import { pageSchema } from '../pagination';
import { instantSchema, severityCountsSchema, snapshotStatusSchema } from './vocabulary';

/** A cluster with its latest snapshot (by collectedAt). */
export const clusterSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    createdAt: instantSchema,
    snapshotCount: z.number().int(),
    /** Names this cluster had before a rename; uploads to them answer 409 `cluster_renamed`. */
    formerNames: z.array(z.string()),
    latestSnapshot: z
      .object({
        id: z.uuid(),
        status: snapshotStatusSchema,
        collectedAt: instantSchema,
        counts: severityCountsSchema.nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'Cluster' });
export type ClusterResponse = z.infer<typeof clusterSchema>;

export const clusterPageSchema = pageSchema(clusterSchema).meta({ id: 'ClusterPage' });
export type ClusterPageResponse = z.infer<typeof clusterPageSchema>;

/** `PATCH /clusters/{name}` body. */
export const renameClusterSchema = z
  .object({
    name: z
      .string()
      .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, 'must be a DNS-1123 label (a-z, 0-9, -)'),
  })
  .meta({ id: 'RenameCluster' });
export type RenameClusterRequest = z.infer<typeof renameClusterSchema>;
