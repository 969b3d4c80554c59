import { z } from 'zod';
import { workloadDetailSchema, workloadPageSchema } from '@kordon/contracts';
import { snapshotIdParams } from '../../openapi/common-params';
import { defineRoute } from '../../openapi/route-spec';
import { snapshotWorkloadsQuerySchema } from './dto/snapshot-workloads.args';

export const workloadParams = snapshotIdParams.extend({
  namespace: z.string().meta({ description: 'Namespace of the workload.' }),
  kind: z.string().meta({ description: 'Workload kind, e.g. `Deployment`, `DaemonSet`, `Pod`.' }),
  name: z.string().meta({ description: 'Workload name.' }),
});

const STORED =
  ' Answers `409 reanalysis_required` for a snapshot analyzed before workloads were stored.';

export const WORKLOAD_ROUTES = {
  list: defineRoute({
    method: 'get',
    path: '/api/v1/snapshots/{id}/workloads',
    operationId: 'listSnapshotWorkloads',
    summary: "A snapshot's workloads, filtered by namespace, kind, Pod Security level and exposure",
    description: `Ordered by namespace, kind and name; paged.${STORED}`,
    tag: 'workloads',
    scopes: ['read'],
    params: snapshotIdParams,
    query: snapshotWorkloadsQuerySchema,
    responses: { 200: { description: 'A page of workloads.', schema: workloadPageSchema } },
    errors: ['not_found', 'invalid_cursor', 'conflict', 'reanalysis_required'],
  }),
  detail: defineRoute({
    method: 'get',
    path: '/api/v1/snapshots/{id}/workloads/{namespace}/{kind}/{name}',
    operationId: 'getSnapshotWorkload',
    summary:
      'One workload: effective security context per container, Pod Security verdicts, exposures, reach and history',
    description: `Each container's effective security context (value and source per field), the baseline and restricted verdicts with failing field paths, exposures, isolation, the workloads it can reach and be reached by (with the allowing rules), and its level changes and issues across snapshots up to this one.${STORED}`,
    tag: 'workloads',
    scopes: ['read'],
    params: workloadParams,
    responses: { 200: { description: 'The workload.', schema: workloadDetailSchema } },
    errors: ['not_found', 'conflict', 'reanalysis_required'],
  }),
};
