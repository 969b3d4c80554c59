import { clusterPageSchema, clusterSchema, pageQuerySchema } from '@kordon/contracts';
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
};
