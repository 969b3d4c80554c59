import { z } from 'zod';
import {
  ISSUE_STATUSES,
  PSS_LEVELS,
  RESOLVE_REASONS,
  SEVERITIES,
  SNAPSHOT_STATUSES,
} from '@kordon/engine';

/** The engine's vocabularies as zod enums (named components in the OpenAPI document). */
export const severitySchema = z.enum(SEVERITIES).meta({ id: 'Severity' });
export const pssLevelSchema = z.enum(PSS_LEVELS).meta({ id: 'PssLevel' });
export const snapshotStatusSchema = z.enum(SNAPSHOT_STATUSES).meta({ id: 'SnapshotStatus' });
export const issueStatusSchema = z.enum(ISSUE_STATUSES).meta({ id: 'IssueStatus' });
export const resolveReasonSchema = z.enum(RESOLVE_REASONS).meta({ id: 'ResolveReason' });

/** An RFC 3339 UTC instant, as every response writes it (`Date#toISOString`). */
export const instantSchema = z.iso.datetime();

/** Counts of open issues by severity, plus their total. */
export const severityCountsSchema = z
  .object({
    critical: z.number().int(),
    high: z.number().int(),
    medium: z.number().int(),
    low: z.number().int(),
    info: z.number().int(),
    total: z.number().int(),
  })
  .meta({ id: 'SeverityCounts' });
export type SeverityCountsResponse = z.infer<typeof severityCountsSchema>;
