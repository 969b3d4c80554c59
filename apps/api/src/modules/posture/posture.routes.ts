import { postureTrendSchema } from '@kordon/contracts';
import { clusterNameParams } from '../../openapi/common-params';
import { defineRoute } from '../../openapi/route-spec';
import { postureQuerySchema } from './dto/posture.args';

export const POSTURE_ROUTES = {
  trend: defineRoute({
    method: 'get',
    path: '/api/v1/clusters/{name}/posture',
    operationId: 'getClusterPosture',
    summary: "A cluster's posture over time, with the score and its parts",
    description:
      'The last snapshot of each day or week between `from` (inclusive, default 30 days before `to`) and `to` (exclusive, default now; a date-only `to` includes that day). Reads posture rollups only. Score formula: docs/history.md.',
    tag: 'posture',
    scopes: ['read'],
    params: clusterNameParams,
    query: postureQuerySchema,
    responses: { 200: { description: 'The posture series.', schema: postureTrendSchema } },
    errors: ['not_found'],
  }),
};
