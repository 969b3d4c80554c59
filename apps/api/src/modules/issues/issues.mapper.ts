import type { IssueResponse } from '@kordon/contracts';
import type { IssueRecord } from '@kordon/db';
import { toFindingView } from '../snapshots/snapshots.mapper';

export type IssueView = IssueResponse;

export function toIssueView(i: IssueRecord): IssueResponse {
  return {
    ...toFindingView(i),
    open: i.open,
    resolvedAt: i.resolvedAt?.toISOString() ?? null,
    resolvedReason: i.resolvedReason,
    suppressed: i.suppressed ?? false,
  } satisfies IssueResponse;
}
