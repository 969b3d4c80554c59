import { z } from 'zod';
import {
  suppressionInputSchema,
  suppressionPageSchema,
  suppressionViewSchema,
} from '@kordon/contracts';
import { defineRoute } from '../../openapi/route-spec';
import { suppressionListQuerySchema } from './dto/suppression-list.args';

const idParams = z.object({ id: z.uuid().meta({ description: 'Suppression id.' }) });

export const SUPPRESSION_ROUTES = {
  create: defineRoute({
    method: 'post',
    path: '/api/v1/suppressions',
    operationId: 'createSuppression',
    summary: 'Suppress a check in a cluster or a CI repository',
    description:
      'Optionally narrowed to a namespace, workload and container (`*` globs). Applies at once to issue lists (the issue leaves `status=open` for `status=suppressed`) and from the next snapshot to the lifecycle, counts and scores. Recorded in the audit log with its author.',
    tag: 'suppressions',
    scopes: ['suppress'],
    body: {
      description: 'A rule of the `kordon scan --ignore` file plus exactly one scope.',
      content: { 'application/json': suppressionInputSchema },
    },
    responses: { 201: { description: 'The suppression.', schema: suppressionViewSchema } },
    errors: ['not_found'],
  }),
  list: defineRoute({
    method: 'get',
    path: '/api/v1/suppressions',
    operationId: 'listSuppressions',
    summary: 'Suppressions in force (with includeExpired, all), newest first',
    tag: 'suppressions',
    scopes: ['read'],
    query: suppressionListQuerySchema,
    responses: { 200: { description: 'A page of suppressions.', schema: suppressionPageSchema } },
    errors: ['not_found', 'invalid_cursor'],
  }),
  get: defineRoute({
    method: 'get',
    path: '/api/v1/suppressions/{id}',
    operationId: 'getSuppression',
    summary: 'One suppression',
    tag: 'suppressions',
    scopes: ['read'],
    params: idParams,
    responses: { 200: { description: 'The suppression.', schema: suppressionViewSchema } },
    errors: ['not_found'],
  }),
  delete: defineRoute({
    method: 'delete',
    path: '/api/v1/suppressions/{id}',
    operationId: 'deleteSuppression',
    summary: 'Delete a suppression: its issues count again from the next snapshot',
    tag: 'suppressions',
    scopes: ['suppress'],
    params: idParams,
    responses: {
      200: { description: 'Deleted; the suppression as it was.', schema: suppressionViewSchema },
    },
    errors: ['not_found'],
  }),
};
