import { z } from 'zod';
import { pageSchema } from '../pagination';

/** A stored suppression as the API returns it. */
export const suppressionViewSchema = z
  .object({
    id: z.string().uuid(),
    check: z.string(),
    cluster: z.string().nullable(),
    repository: z.string().nullable(),
    namespace: z.string().nullable(),
    workload: z.string().nullable(),
    container: z.string().nullable(),
    reason: z.string(),
    author: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'Suppression' });

export type SuppressionView = z.infer<typeof suppressionViewSchema>;

export const suppressionPageSchema = pageSchema(suppressionViewSchema).meta({
  id: 'SuppressionPage',
});
