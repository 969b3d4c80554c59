import { z } from 'zod';
import { severitySchema } from './responses/vocabulary';
import { scanReportSchema } from './scan-report';

const name = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** Where a CI scan comes from: detected by the CLI from git and the CI environment. */
export const ciContextSchema = z.object({
  /** `owner/name` (or any stable name); scans are listed per repository. */
  repository: name(300),
  commit: name(100).nullable().default(null),
  branch: name(300).nullable().default(null),
  /** The branch the gate compares against (a pull request's target); default: `defaultBranch`. */
  baseBranch: name(300).nullable().default(null),
  /** The repository's default branch, remembered by the server for later uploads. */
  defaultBranch: name(300).nullable().default(null),
  /** The merge-base of `commit` and the base branch, when the CI checkout knows it. */
  mergeBase: name(100).nullable().default(null),
});

export type CiContext = z.infer<typeof ciContextSchema>;

/**
 * The body of `POST /api/v1/scans`: the CI context plus exactly one of `report`
 * (`kordon scan --format json`) or `sarif` (a SARIF 2.1.0 log of another scanner).
 * `failOnNew` asks for the gate: the verdict fails on new findings at or above it.
 */
export const scanUploadSchema = ciContextSchema.extend({
  report: scanReportSchema.optional(),
  sarif: z.unknown().optional(),
  failOnNew: severitySchema.nullable().default(null),
});

export type ScanUpload = z.input<typeof scanUploadSchema>;
export type ParsedScanUpload = z.infer<typeof scanUploadSchema>;
