import { z } from 'zod';
import { pageSchema } from '../pagination';
import { instantSchema, severitySchema } from './vocabulary';

/** A finding of a CI scan as the API returns it. */
export const ciFindingSchema = z
  .object({
    fingerprint: z.string(),
    tool: z.string(),
    ruleId: z.string(),
    severity: severitySchema,
    title: z.string(),
    message: z.string(),
    kind: z.string().nullable(),
    namespace: z.string().nullable(),
    name: z.string().nullable(),
    container: z.string().nullable(),
    path: z.string().nullable(),
    /** The file (SARIF artifact URI) the finding was reported in. */
    location: z.string().nullable(),
    /** For display only: identity never depends on it. */
    line: z.number().int().nullable(),
    suppressed: z.boolean(),
    suppressionReason: z.string().nullable(),
  })
  .meta({ id: 'ScanFinding' });

export type CiFinding = z.infer<typeof ciFindingSchema>;

export const scanBaseSchema = z
  .object({
    scanId: z.string(),
    branch: z.string().nullable(),
    commit: z.string().nullable(),
    /** True when the base is the base branch's scan at the merge-base commit. */
    atMergeBase: z.boolean(),
  })
  .meta({ id: 'ScanBase' });

/** The gate: findings at or above `failOn` absent from the base, suppressions honoured. */
export const scanGateSchema = z
  .object({
    requested: z.boolean(),
    failOn: severitySchema,
    baseBranch: z.string().nullable(),
    /** null: no scan of the base branch — every finding counts as new. */
    base: scanBaseSchema.nullable(),
    newFindings: z.array(ciFindingSchema),
    /** New findings at or above `failOn` that a suppression covers. */
    suppressedNew: z.number().int(),
  })
  .meta({ id: 'ScanGate' });

export type ScanGate = z.infer<typeof scanGateSchema>;

export const scanVerdictSchema = z.enum(['pass', 'fail']).meta({ id: 'ScanVerdict' });

export const scanCountsSchema = z
  .object({
    critical: z.number().int(),
    high: z.number().int(),
    medium: z.number().int(),
    low: z.number().int(),
    info: z.number().int(),
    suppressed: z.number().int(),
  })
  .meta({ id: 'ScanCounts' });

/** A stored scan: `GET /api/v1/scans/{id}`, items of `GET /api/v1/scans`. */
export const scanViewSchema = z
  .object({
    id: z.string(),
    repository: z.string(),
    tool: z.string(),
    format: z.enum(['kordon', 'sarif']),
    commit: z.string().nullable(),
    branch: z.string().nullable(),
    baseBranch: z.string().nullable(),
    receivedAt: instantSchema,
    counts: scanCountsSchema,
    verdict: scanVerdictSchema,
    gate: scanGateSchema,
  })
  .meta({ id: 'Scan' });

export type ScanView = z.infer<typeof scanViewSchema>;

/** The answer to `POST /api/v1/scans` (201 stored, 200 already stored). */
export const scanUploadResultSchema = scanViewSchema
  .extend({ created: z.boolean() })
  .meta({ id: 'ScanUploadResult' });

export type ScanUploadResult = z.infer<typeof scanUploadResultSchema>;

export const scanPageSchema = pageSchema(scanViewSchema).meta({ id: 'ScanPage' });
export const ciFindingPageSchema = pageSchema(ciFindingSchema).meta({ id: 'ScanFindingPage' });
