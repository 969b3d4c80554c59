import { issueStatusSchema } from '@kordon/contracts';
import type { ClusterIssueFilter } from '@kordon/db';
import { issueFilterQuerySchema, toIssueFilter } from '../../../common/issue-filter.query';
import { parseInput } from '../../../common/parse-input';

export const clusterIssuesQuerySchema = issueFilterQuerySchema.extend({
  status: issueStatusSchema.optional().meta({
    description:
      '`open`: open and not suppressed; `new`: also first seen at the newest snapshot; `suppressed`: held by a suppression in force now; `resolved`: resolved, not held by one.',
  }),
});

/** The issue filters plus `?status=new|open|resolved|suppressed`. */
export function parseClusterIssuesArgs(query: Record<string, unknown>): ClusterIssueFilter {
  const q = parseInput(clusterIssuesQuerySchema, query, 'query', 'invalid issue query');
  return { ...toIssueFilter(q), ...(q.status ? { status: q.status } : {}) };
}
