import { z } from 'zod';
import { pssLevelSchema } from './vocabulary';

const modeSchema = z.object({
  level: pssLevelSchema,
  version: z.string(),
  source: z.enum(['label', 'invalid-label', 'default']),
});

export const namespacePodSecuritySchema = z
  .object({
    name: z.string(),
    workloads: z.number().int(),
    /** The namespace's `pod-security.kubernetes.io/*` labels, verbatim. */
    labels: z.record(z.string(), z.string()),
    modes: z.object({ enforce: modeSchema, audit: modeSchema, warn: modeSchema }),
    /** The highest level the namespace could enforce today without rejecting any of its workloads. */
    recommendedEnforce: pssLevelSchema,
    workloadsRejectedByEnforce: z.number().int(),
    /** `kubectl label` command that sets enforce to the recommended level. */
    command: z.string(),
    notes: z.array(
      z.object({ code: z.string(), params: z.record(z.string(), z.unknown()).optional() }),
    ),
  })
  .meta({ id: 'NamespacePodSecurity' });

export const namespacesViewSchema = z
  .object({
    snapshotId: z.string(),
    pssVersion: z.string(),
    /** One page of namespaces, by name (`limit`, default 100). */
    items: z.array(namespacePodSecuritySchema),
    /** Namespaces in the snapshot, all pages together. */
    total: z.number().int(),
    /** Pass as `cursor` for the next page; null on the last. */
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'NamespacesView' });

export type NamespacePodSecurityResponse = z.infer<typeof namespacePodSecuritySchema>;
export type NamespacesViewResponse = z.infer<typeof namespacesViewSchema>;
