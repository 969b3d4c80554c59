import { registerEnumType } from '@nestjs/graphql';
import { scanVerdictSchema, scanViewSchema } from '@kordon/contracts';
import {
  ISSUE_STATUSES,
  PSS_LEVELS,
  RESOLVE_REASONS,
  SEVERITIES,
  SNAPSHOT_STATUSES,
  type IssueStatus,
  type PssLevel,
  type ResolveReason,
  type Severity,
  type SnapshotStatus,
} from '@kordon/engine';

/** A GraphQL enum object (`{ value: value }`) built from one of the engine's vocabularies. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const SeverityEnum = enumOf<Severity>(SEVERITIES);
export const PssLevelEnum = enumOf<PssLevel>(PSS_LEVELS);
export const SnapshotStatusEnum = enumOf<SnapshotStatus>(SNAPSHOT_STATUSES);
export const IssueStatusEnum = enumOf<IssueStatus>(ISSUE_STATUSES);
export const ResolveReasonEnum = enumOf<ResolveReason>(RESOLVE_REASONS);
export const CheckFamilyEnum = enumOf(['pss', 'workload', 'net'] as const);
export const PostureBucketEnum = enumOf(['day', 'week'] as const);
export const ScanFormatEnum = enumOf(scanViewSchema.shape.format.options);
export const ScanVerdictEnum = enumOf(scanVerdictSchema.options);

registerEnumType(SeverityEnum, { name: 'Severity', description: 'Most severe first.' });
registerEnumType(PssLevelEnum, {
  name: 'PssLevel',
  description: 'Pod Security Standards level, least restrictive first.',
});
registerEnumType(SnapshotStatusEnum, { name: 'SnapshotStatus' });
registerEnumType(IssueStatusEnum, {
  name: 'IssueStatus',
  description:
    'new: first seen at the newest snapshot and open; open; resolved; suppressed (matched by a suppression).',
});
registerEnumType(ResolveReasonEnum, {
  name: 'ResolveReason',
  description: 'Why an issue resolved.',
});
registerEnumType(CheckFamilyEnum, { name: 'CheckFamily' });
registerEnumType(PostureBucketEnum, {
  name: 'PostureBucket',
  description: 'One point per day or per week (the last snapshot of each).',
});
registerEnumType(ScanFormatEnum, { name: 'ScanFormat', description: 'What a CI scan uploaded.' });
registerEnumType(ScanVerdictEnum, { name: 'ScanVerdict' });
