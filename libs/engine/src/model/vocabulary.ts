/**
 * Kordon's closed vocabularies, declared once: every other project (contracts,
 * db, api, worker, cli, GraphQL enums, the OpenAPI document) imports them from
 * here. Order matters where it says so.
 */

/** Severity of a check, highest first. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Pod Security Standards levels, least restrictive first. */
export const PSS_LEVELS = ['privileged', 'baseline', 'restricted'] as const;
export type PssLevel = (typeof PSS_LEVELS)[number];

/** The levels that have checks (`privileged` allows everything). */
export const PSS_CHECK_LEVELS = ['baseline', 'restricted'] as const satisfies readonly PssLevel[];

/** Where a snapshot is in its analysis. `done` and `failed` are final (until a reanalysis). */
export const SNAPSHOT_STATUSES = ['queued', 'analyzing', 'done', 'failed'] as const;
export type SnapshotStatus = (typeof SNAPSHOT_STATUSES)[number];

/**
 * Issue statuses a reader filters by: `new` = first seen at the cluster's newest
 * snapshot and open; `open`; `resolved`; `suppressed` = matched by a suppression.
 */
export const ISSUE_STATUSES = ['new', 'open', 'resolved', 'suppressed'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

/** Why an issue stopped being open. */
export const RESOLVE_REASONS = ['fixed', 'workload_gone', 'suppressed', 'check_retired'] as const;
export type ResolveReason = (typeof RESOLVE_REASONS)[number];

/** `true` when `value` is one of `values` (narrows a string read from the outside). */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
