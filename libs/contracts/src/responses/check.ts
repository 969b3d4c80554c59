import { z } from 'zod';
import { pssLevelSchema, severitySchema } from './vocabulary';

/** One entry of the check catalog. */
export const checkSchema = z
  .object({
    id: z.string(),
    family: z.enum(['pss', 'workload', 'net']),
    title: z.string(),
    severity: severitySchema,
    remediation: z.string(),
    docsUrl: z.string(),
    /** PSS checks: the level that introduces the check; null for the others. */
    pssLevel: pssLevelSchema.nullable(),
    /** PSS checks: Pod Security Admission's own check id (`runAsNonRoot`). */
    upstreamId: z.string().nullable(),
    /** PSS checks: the policy versions (`v1.N`) at which PSA runs the check, up to the newest implemented. */
    versions: z.object({ since: z.string(), through: z.string() }).nullable(),
  })
  .meta({ id: 'Check' });
export type CheckResponse = z.infer<typeof checkSchema>;

export const checkCatalogSchema = z
  .object({ catalogVersion: z.string(), engineVersion: z.string(), items: z.array(checkSchema) })
  .meta({ id: 'CheckCatalog' });
export type CheckCatalogResponse = z.infer<typeof checkCatalogSchema>;
