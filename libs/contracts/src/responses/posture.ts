import { z } from 'zod';
import { instantSchema } from './vocabulary';

const count = z.number().int();

/** One part of the posture score: its weight, value (0–1) and the points it gives (docs/history.md). */
export const postureScorePartSchema = z
  .object({ weight: z.number(), value: z.number(), points: z.number() })
  .meta({ id: 'PostureScorePart' });

export const postureScorePartsSchema = z
  .object({
    podSecurity: postureScorePartSchema,
    findings: postureScorePartSchema,
    isolation: postureScorePartSchema,
    exposure: postureScorePartSchema,
  })
  .meta({ id: 'PostureScoreParts' });

/** A cluster's (or one namespace's) posture at one snapshot. */
export const posturePointSchema = z
  .object({
    at: instantSchema,
    snapshotId: z.uuid(),
    score: z.number().int(),
    parts: postureScorePartsSchema.nullable(),
    namespaces: count,
    workloads: count,
    levels: z.object({ privileged: count, baseline: count, restricted: count }),
    severities: z.object({ critical: count, high: count, medium: count, low: count, info: count }),
    isolation: z.object({
      ingressIsolated: count,
      egressIsolated: count,
      ingressCoverage: z.number(),
      egressCoverage: z.number(),
    }),
    /** Cluster points: how many namespaces have default-deny; namespace points: whether this one has. */
    defaultDeny: z.object({
      ingress: z.union([count, z.boolean()]),
      egress: z.union([count, z.boolean()]),
    }),
    exposed: count,
    attackPaths: count,
    cni: z.string().nullable(),
  })
  .meta({ id: 'PosturePoint' });
export type PosturePointResponse = z.infer<typeof posturePointSchema>;

export const postureTrendSchema = z
  .object({
    cluster: z.string(),
    bucket: z.enum(['day', 'week']),
    from: instantSchema,
    to: instantSchema,
    points: z.array(posturePointSchema),
    /** Present with `?namespaces=true`. */
    namespaces: z
      .array(z.object({ namespace: z.string(), points: z.array(posturePointSchema) }))
      .optional(),
  })
  .meta({ id: 'PostureTrend' });
export type PostureTrendResponse = z.infer<typeof postureTrendSchema>;
