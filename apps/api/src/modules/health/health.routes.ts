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
};
