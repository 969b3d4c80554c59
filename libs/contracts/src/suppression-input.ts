import { z } from 'zod';
import { suppressionRuleSchema } from './suppression';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * A suppression to create through the API: one rule of the suppressions file
 * (check, namespace, workload, container, reason, expires) plus its scope —
 * exactly one of `cluster` (a cluster name) or `repository` (a CI repository).
 */
export const suppressionInputSchema = suppressionRuleSchema
  .extend({
    cluster: z
      .string()
      .regex(DNS_LABEL, 'must be a cluster name (a DNS-1123 label)')
      .max(63, 'must be at most 63 characters')
      .optional(),
    repository: z.string().trim().min(1, 'repository must not be empty').max(400).optional(),
  })
  .refine((v) => (v.cluster === undefined) !== (v.repository === undefined), {
    message: 'name exactly one scope: cluster or repository',
    path: ['cluster'],
  });

export type SuppressionInput = z.infer<typeof suppressionInputSchema>;
