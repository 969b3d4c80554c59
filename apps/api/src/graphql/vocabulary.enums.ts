import { registerEnumType } from '@nestjs/graphql';
import {
  reachProtocolSchema,
  scanVerdictSchema,
  scanViewSchema,
  type IssueSort,
} from '@kordon/contracts';
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

/** Read model II's vocabularies. GraphQL enum names cannot hold `-`: `does_not_enforce` is `does-not-enforce`. */
export const ValueSourceEnum = enumOf(['container', 'pod', 'unset'] as const);
export const ContainerTypeEnum = enumOf([
  'initContainer',
  'container',
  'ephemeralContainer',
] as const);
export const ReachProtocolEnum = enumOf(reachProtocolSchema.options);
export const PolicyDirectionEnum = enumOf(['ingress', 'egress'] as const);
export const NamespaceReachEnum = enumOf(['all', 'partial', 'none'] as const);
export const CniVerdictEnum = {
  enforces: 'enforces',
  does_not_enforce: 'does-not-enforce',
  unknown: 'unknown',
} as const;
export const PssModeSourceEnum = {
  label: 'label',
  invalid_label: 'invalid-label',
  default: 'default',
} as const;
/** `firstSeenDesc` is REST's `-firstSeen`. */
export const IssueSortEnum = {
  severity: 'severity',
  firstSeen: 'firstSeen',
  firstSeenDesc: '-firstSeen',
  namespace: 'namespace',
  check: 'check',
} as const satisfies Record<string, IssueSort>;

registerEnumType(ValueSourceEnum, {
  name: 'ValueSource',
  description:
    'Where an effective value comes from: the container, the pod, or nowhere (unset: the runtime or image decides).',
});
registerEnumType(ContainerTypeEnum, { name: 'ContainerType' });
registerEnumType(ReachProtocolEnum, { name: 'ReachProtocol' });
registerEnumType(PolicyDirectionEnum, { name: 'PolicyDirection' });
registerEnumType(NamespaceReachEnum, {
  name: 'NamespaceReach',
  description: 'How much of a namespace pair can connect: all, partial or none.',
});
registerEnumType(CniVerdictEnum, {
  name: 'CniVerdict',
  description:
    'Whether the CNI enforces NetworkPolicies (`does_not_enforce` is REST `does-not-enforce`).',
});
registerEnumType(PssModeSourceEnum, {
  name: 'PssModeSource',
  description: 'Where a Pod Security mode comes from (`invalid_label` is REST `invalid-label`).',
});
registerEnumType(IssueSortEnum, {
  name: 'IssueSort',
  description:
    'Issue order: most severe first (default), first seen (`firstSeenDesc`: newest first), namespace or check.',
});
