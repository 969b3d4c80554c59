import { z } from 'zod';
import { scopeSchema } from './roles';

const clusterName = z
  .string()
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a cluster name (a DNS-1123 label) or *')
  .max(63);

/**
 * A token to create. `clusters`: cluster names, or `["*"]` for every cluster — required for
 * `ingest` tokens, else the creator's clusters. A token never exceeds its creator's scopes
 * or clusters. `expires`: an RFC 3339 timestamp or a date (end of that day, UTC).
 */
export const tokenInputSchema = z.strictObject({
  name: z.string().trim().min(1, 'name must not be empty').max(100),
  scopes: z.array(scopeSchema).min(1, 'name at least one scope'),
  clusters: z
    .array(z.union([z.literal('*'), clusterName]))
    .min(1, 'name at least one cluster, or "*"')
    .refine((c) => !c.includes('*') || c.length === 1, '"*" stands alone')
    .optional(),
  expires: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], {
      error: 'must be a date (YYYY-MM-DD) or an RFC 3339 timestamp',
    })
    .optional(),
});

export type TokenInput = z.infer<typeof tokenInputSchema>;
