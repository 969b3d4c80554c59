import { z } from 'zod';

/** `{name}`: a cluster's current name. */
export const clusterNameParams = z.object({
  name: z.string().meta({ description: 'The cluster’s current name (a DNS-1123 label).' }),
});

/** `{id}`: a snapshot id. */
export const snapshotIdParams = z.object({
  id: z.uuid().meta({ description: 'Snapshot id.' }),
});
