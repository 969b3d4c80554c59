import { issuePageSchema } from '@kordon/contracts';
import { clusterNameParams } from '../../openapi/common-params';
import { defineRoute } from '../../openapi/route-spec';
import { clusterIssuesQuerySchema } from './dto/cluster-issues.args';

export const ISSUE_ROUTES = {
  list: defineRoute({
    method: 'get',
    path: '/api/v1/clusters/{name}/issues',
    operationId: 'listClusterIssues',
    summary: "A cluster's issues with their open/resolved lifecycle, most severe first",
    description:
      'With `Accept: text/csv`: every issue the same filters match (from `cursor` on; `limit` does not apply, at most 100,000 rows) as CSV, one column per JSON field, `observed` as JSON.',
    tag: 'issues',
    scopes: ['read'],
    params: clusterNameParams,
    query: clusterIssuesQuerySchema,
    responses: {
      200: {
        description: 'A page of issues (JSON), or every matching issue as CSV.',
        schema: issuePageSchema,
      },
    },
    errors: ['not_found', 'invalid_cursor'],
  }),
};
