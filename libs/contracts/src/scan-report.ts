import { z } from 'zod';
import { PSS_CHECK_LEVELS, PSS_LEVELS, SEVERITIES } from '@kordon/engine';
import { SNAPSHOT_API_VERSION } from './snapshot-header';

/** Severities, highest first (the engine's order). */
export const scanSeveritySchema = z.enum(SEVERITIES);
export const scanLevelSchema = z.enum(PSS_CHECK_LEVELS);

/** Where an object was read: the file as given on the command line (`-` = stdin), 1-based line. */
export const scanSourceSchema = z.object({
  file: z.string(),
  line: z.number().int().nonnegative(),
});

export const scanPssViolationSchema = z.object({
  /** Upstream (Pod Security Admission) check id, e.g. `runAsNonRoot`. */
  check: z.string(),
  message: z.string(),
  /** The first offending field's path, naming containers: `spec.containers[name=app]…`. */
  path: z.string().nullable(),
});

export const scanPssVerdictSchema = z.object({
  allowed: z.boolean(),
  violations: z.array(scanPssViolationSchema),
});

export const scanObjectSchema = z.object({
  kind: z.string(),
  namespace: z.string(),
  name: z.string(),
  source: scanSourceSchema.nullable(),
  /** The highest Pod Security level the workload satisfies. */
  level: z.enum(PSS_LEVELS),
  pss: z.object({ baseline: scanPssVerdictSchema, restricted: scanPssVerdictSchema }),
  /** Each container's effective security context (engine `EffectiveContainerContext`). */
  containers: z.array(z.looseObject({ name: z.string(), type: z.string() })),
});

export const scanNamespaceSchema = z.object({
  name: z.string(),
  workloads: z.number().int().nonnegative(),
  labels: z.record(z.string(), z.string()),
  /** The highest level the namespace could enforce without rejecting any workload. */
  recommendedEnforce: z.enum(PSS_LEVELS),
});

export const scanFindingSchema = z.object({
  /** The fingerprint (`findingFingerprint`). */
  id: z.string().regex(/^[0-9a-f]{64}$/),
  check: z.string(),
  title: z.string(),
  severity: scanSeveritySchema,
  kind: z.string(),
  namespace: z.string(),
  name: z.string(),
  container: z.string().nullable(),
  path: z.string(),
  observed: z.unknown(),
  expected: z.string(),
  message: z.string(),
  remediation: z.string(),
  docsUrl: z.string(),
  source: scanSourceSchema.nullable(),
  /** PSS checks only: the level that introduces the check. */
  pssLevel: scanLevelSchema.optional(),
  /** True when the finding counts towards the exit code (severity, level, not suppressed). */
  gating: z.boolean(),
  suppressed: z.object({ reason: z.string() }).optional(),
});

export const expiredSuppressionSchema = z.object({
  check: z.string(),
  namespace: z.string().optional(),
  workload: z.string().optional(),
  container: z.string().optional(),
  reason: z.string(),
  expires: z.string().optional(),
});

export const scanInputErrorSchema = z.object({
  file: z.string(),
  line: z.number().int().nullable(),
  message: z.string(),
});

/** Something read but not judged (an object without a kind) or skipped (a non-Kubernetes document). */
export const scanWarningSchema = z.object({
  file: z.string(),
  line: z.number().int().nullable(),
  level: z.enum(['warning', 'notice']),
  message: z.string(),
});

/** `none`: report only, never exit 1 on findings. */
export const scanFailOnSchema = z.union([scanSeveritySchema, z.literal('none')]);

export const scanSummarySchema = z.object({
  counts: z.object({
    critical: z.number().int(),
    high: z.number().int(),
    medium: z.number().int(),
    low: z.number().int(),
    info: z.number().int(),
    total: z.number().int(),
  }),
  suppressed: z.number().int(),
  gated: z.number().int(),
  failOn: scanFailOnSchema,
  verdict: z.enum(['pass', 'fail', 'error']),
  exitCode: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  objectsRead: z.number().int(),
  workloads: z.number().int(),
  skippedKinds: z.record(z.string(), z.number().int()),
  expiredSuppressions: z.array(expiredSuppressionSchema),
  inputErrors: z.array(scanInputErrorSchema),
  /** Warnings and notices about the inputs; they never change the exit code. */
  warnings: z.array(scanWarningSchema).default([]),
});

/** `kordon scan --format json`, also the body the CLI uploads to `POST /api/v1/scans`. */
export const scanReportSchema = z.object({
  apiVersion: z.literal(SNAPSHOT_API_VERSION),
  kind: z.literal('ScanReport'),
  pssVersion: z.string().regex(/^v1\.\d+$/),
  level: scanLevelSchema,
  objects: z.array(scanObjectSchema),
  namespaces: z.array(scanNamespaceSchema),
  findings: z.array(scanFindingSchema),
  summary: scanSummarySchema,
});

export type ScanSeverity = z.infer<typeof scanSeveritySchema>;
export type ScanSource = z.infer<typeof scanSourceSchema>;
export type ScanObject = z.infer<typeof scanObjectSchema>;
export type ScanNamespace = z.infer<typeof scanNamespaceSchema>;
export type ScanFinding = z.infer<typeof scanFindingSchema>;
export type ScanSummary = z.infer<typeof scanSummarySchema>;
export type ScanInputError = z.infer<typeof scanInputErrorSchema>;
export type ScanWarning = z.infer<typeof scanWarningSchema>;
export type ScanFailOn = z.infer<typeof scanFailOnSchema>;
export type ExpiredSuppression = z.infer<typeof expiredSuppressionSchema>;
export type ScanReport = z.infer<typeof scanReportSchema>;
