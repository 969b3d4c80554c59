import { snapshotDiffSchema } from '@kordon/contracts';
import { snapshotIdParams } from '../../openapi/common-params';
import { defineRoute } from '../../openapi/route-spec';
import { diffQuerySchema } from './dto/diff.args';

export const DIFF_ROUTES = {
  diff: defineRoute({
    method: 'get',
    path: '/api/v1/snapshots/{id}/diff',
    operationId: 'diffSnapshots',
    summary: 'What changed from snapshot `against` to this one',
    description:
      'Issues new/resolved/unchanged, workloads added/removed, Pod Security level changes, and namespace pairs that became (un)reachable. Both snapshots must be of the same cluster and `done` (`409 conflict` otherwise). Each list is capped at `limit`; counts are always complete.',
    tag: 'diffs',
    scopes: ['read'],
    params: snapshotIdParams,
    query: diffQuerySchema,
    responses: { 200: { description: 'The changes.', schema: snapshotDiffSchema } },
    errors: ['not_found', 'conflict'],
  }),
};
