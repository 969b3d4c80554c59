import { namespacesViewSchema } from '@kordon/contracts';
import { snapshotIdParams } from '../../openapi/common-params';
import { defineRoute } from '../../openapi/route-spec';
import {
  NAMESPACES_VIEW_DEFAULT_LIMIT,
  namespacesViewQuerySchema,
} from './dto/namespaces-view.args';

export const NAMESPACE_ROUTES = {
  view: defineRoute({
    method: 'get',
    path: '/api/v1/snapshots/{id}/namespaces',
    operationId: 'listSnapshotNamespaces',
    summary:
      "A snapshot's namespaces: Pod Security labels against the highest level each could enforce",
    description: `With the \`kubectl label\` command that enforces the recommended level. Paged by name: \`limit\` namespaces a page (default ${NAMESPACES_VIEW_DEFAULT_LIMIT}, at most 500), \`nextCursor\` for the next, \`total\` for all. Answers \`409 reanalysis_required\` for a snapshot analyzed before namespaces were stored.`,
    tag: 'namespaces',
    scopes: ['read'],
    params: snapshotIdParams,
    query: namespacesViewQuerySchema,
    responses: { 200: { description: 'The namespaces.', schema: namespacesViewSchema } },
    errors: ['not_found', 'conflict', 'reanalysis_required'],
  }),
};
