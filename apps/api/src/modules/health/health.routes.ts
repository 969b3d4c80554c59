import { healthSchema } from '@kordon/contracts';
import { defineRoute } from '../../openapi/route-spec';

export const HEALTH_ROUTES = {
  health: defineRoute({
    method: 'get',
    path: '/api/v1/health',
    operationId: 'getHealth',
    summary: 'Whether the API is up and its database answers',
    tag: 'health',
    scopes: 'public',
    probe: true,
    responses: { 200: { description: 'Up.', schema: healthSchema } },
    errors: ['unavailable'],
  }),
  ready: defineRoute({
    method: 'get',
    path: '/api/v1/ready',
    operationId: 'getReady',
    summary: 'Whether the API can serve requests now (its database answers within 2 s)',
    tag: 'health',
    scopes: 'public',
    probe: true,
    responses: { 200: { description: 'Ready.', schema: healthSchema } },
    errors: ['unavailable'],
  }),
};
