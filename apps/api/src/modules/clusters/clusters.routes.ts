import {
  clusterPageSchema,
  clusterSchema,
  pageQuerySchema,
  renameClusterSchema,
} from '@kordon/contracts';
import { clusterNameParams } from '../../openapi/common-params';
import { defineRoute } from '../../openapi/route-spec';

export const CLUSTER_ROUTES = {
  list: defineRoute({
    method: 'get',
    path: '/api/v1/clusters',
    operationId: 'listClusters',
    summary: 'Clusters by name, each with its latest snapshot',
    tag: 'clusters',
    scopes: ['read'],
    query: pageQuerySchema,
    responses: { 200: { description: 'A page of clusters.', schema: clusterPageSchema } },
    errors: ['invalid_cursor'],
  }),
  get: defineRoute({
    method: 'get',
    path: '/api/v1/clusters/{name}',
    operationId: 'getCluster',
    summary: 'One cluster by name',
    tag: 'clusters',
    scopes: ['read'],
    params: clusterNameParams,
    responses: { 200: { description: 'The cluster.', schema: clusterSchema } },
    errors: ['not_found'],
  }),
  rename: defineRoute({
    method: 'patch',
    path: '/api/v1/clusters/{name}',
    operationId: 'renameCluster',
    summary: 'Rename a cluster',
    description:
      'The cluster keeps its id, so its history, tokens and suppressions keep working. The old name is remembered: an upload to it answers `409 cluster_renamed` naming the new one. `409 conflict` when another cluster has (or had) the new name.',
    tag: 'clusters',
    scopes: ['admin'],
    params: clusterNameParams,
    body: { description: 'The new name.', content: { 'application/json': renameClusterSchema } },
    responses: { 200: { description: 'The renamed cluster.', schema: clusterSchema } },
    errors: ['not_found', 'conflict'],
  }),
  delete: defineRoute({
    method: 'delete',
    path: '/api/v1/clusters/{name}',
    operationId: 'deleteCluster',
    summary: 'Delete a cluster and all its data',
    description:
      'Removes its snapshots with their stored bodies, issues, posture history and former names. Cannot be undone.',
    tag: 'clusters',
    scopes: ['admin'],
    params: clusterNameParams,
    responses: { 204: { description: 'Deleted.' } },
    errors: ['not_found'],
  }),
};
