import { z } from 'zod';
import {
  defaultDenySchema,
  matrixCellSchema,
  networkViewSchema,
  reachAnswerSchema,
} from '@kordon/contracts';
import { snapshotIdParams } from '../../openapi/common-params';
import { defineRoute } from '../../openapi/route-spec';
import {
  NETWORK_VIEW_DEFAULT_LIMIT,
  NETWORK_VIEW_MAX_LIMIT,
  networkViewQuerySchema,
} from './dto/network-view.args';
import { reachQuestionQuerySchema } from './dto/reach-question.args';

const STORED =
  ' Answers `409 reanalysis_required` for a snapshot analyzed before the network was stored.';
const ERRORS = ['not_found', 'conflict', 'reanalysis_required'] as const;

export const NETWORK_ROUTES = {
  view: defineRoute({
    method: 'get',
    path: '/api/v1/snapshots/{id}/network',
    operationId: 'getSnapshotNetwork',
    summary:
      'The network of a snapshot: isolation per namespace, the namespace matrix, exposures, attack paths, CNI verdict',
    description: `The sparse namespace matrix lists blocks of namespaces that reach others alike, and the default for the rest. Each list (isolation, exposures, dangling backends, attack paths) holds at most \`limit\` items (default ${NETWORK_VIEW_DEFAULT_LIMIT}, at most ${NETWORK_VIEW_MAX_LIMIT.toLocaleString('en-US')}); \`totals\` counts them all.${STORED}`,
    tag: 'network',
    scopes: ['read'],
    params: snapshotIdParams,
    query: networkViewQuerySchema,
    responses: { 200: { description: 'The network view.', schema: networkViewSchema } },
    errors: ERRORS,
  }),
  cell: defineRoute({
    method: 'get',
    path: '/api/v1/snapshots/{id}/network/matrix/{from}/{to}',
    operationId: 'getNamespaceMatrixCell',
    summary: 'One matrix cell: the workload pairs that can connect, with ports and allowing rules',
    description: `At most 500 pairs (\`complete: false\` when there are more).${STORED}`,
    tag: 'network',
    scopes: ['read'],
    params: snapshotIdParams.extend({
      from: z.string().meta({ description: 'Source namespace.' }),
      to: z.string().meta({ description: 'Destination namespace.' }),
    }),
    responses: { 200: { description: 'The cell.', schema: matrixCellSchema } },
    errors: ERRORS,
  }),
  reach: defineRoute({
    method: 'get',
    path: '/api/v1/snapshots/{id}/network/reach',
    operationId: 'askReachability',
    summary: 'Can `from` reach `to` (on a port), and which rules allow or deny it',
    description: `Answers as \`kordon reach --from --to [--port --protocol] --format json\` answers in \`question\`, over the stored network model.${STORED}`,
    tag: 'network',
    scopes: ['read'],
    params: snapshotIdParams,
    query: reachQuestionQuerySchema,
    responses: { 200: { description: 'The answer.', schema: reachAnswerSchema } },
    errors: ERRORS,
  }),
  defaultDeny: defineRoute({
    method: 'get',
    path: '/api/v1/snapshots/{id}/network/namespaces/{namespace}/default-deny',
    operationId: 'getDefaultDenyPolicy',
    summary: 'The default-deny NetworkPolicy to apply to a namespace that is not isolated',
    description: `Denies all ingress and egress except DNS to kube-dns; \`yaml: null\` when the namespace already denies both by default.${STORED}`,
    tag: 'network',
    scopes: ['read'],
    params: snapshotIdParams.extend({
      namespace: z.string().meta({ description: 'Namespace.' }),
    }),
    responses: { 200: { description: 'The policy.', schema: defaultDenySchema } },
    errors: ERRORS,
  }),
};
