/**
 * Names for the REST API's shapes as the dashboard reads them. Nothing here is written by
 * hand: every type comes from `generated/api-schema.d.ts`, which openapi-typescript
 * generates from the OpenAPI document (tools/generate-web-api-types.mjs).
 */
import type { components, operations, paths } from './generated/api-schema';

export type { components, operations, paths };

/** A component of the OpenAPI document by name: `Schema<'Cluster'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** The query parameters an operation accepts: `QueryOf<'listClusterIssues'>`. */
export type QueryOf<Operation extends keyof operations> = NonNullable<
  operations[Operation]['parameters']['query']
>;

export type Severity = Schema<'Severity'>;
export type SnapshotStatus = Schema<'SnapshotStatus'>;
export type PssLevel = Schema<'PssLevel'>;
export type SeverityCounts = Schema<'SeverityCounts'>;
export type ClusterSummary = Schema<'Cluster'>;
export type SnapshotListItem = Schema<'SnapshotPage'>['items'][number];
export type SnapshotDetail = Schema<'Snapshot'>;
export type Finding = Schema<'Finding'>;
export type Issue = Schema<'Issue'>;
export type PostureTrend = Schema<'PostureTrend'>;
export type PosturePoint = Schema<'PosturePoint'>;
export type Scan = Schema<'Scan'>;
export type ApiErrorBody = Schema<'ApiError'>;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Every value of a string union, in a fixed order; fails to compile when the API adds one. */
function allOf<T extends string>() {
  return <const L extends readonly T[]>(
    values: L & ([T] extends [L[number]] ? unknown : ['missing a value']),
  ): L => values;
}

export const SEVERITIES = allOf<Severity>()(['critical', 'high', 'medium', 'low', 'info']);
export const PSS_LEVELS = allOf<PssLevel>()(['privileged', 'baseline', 'restricted']);

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** Snapshot states after which nothing changes any more. */
export function isSettled(status: SnapshotStatus): boolean {
  return status === 'done' || status === 'failed';
}
