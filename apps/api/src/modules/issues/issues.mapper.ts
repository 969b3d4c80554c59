import type { IssueRecord } from '@kordon/db';
import { toFindingView, type FindingView } from '../snapshots/snapshots.mapper';

export interface IssueView extends FindingView {
  open: boolean;
  resolvedAt: string | null;
  /** fixed, workload_gone, suppressed or check_retired. */
  resolvedReason: string | null;
}

export function toIssueView(i: IssueRecord): IssueView {
  return {
    ...toFindingView(i),
    open: i.open,
    resolvedAt: i.resolvedAt?.toISOString() ?? null,
    resolvedReason: i.resolvedReason,
  };
}
