import { checkCatalogSchema } from '@kordon/contracts';
import { defineRoute } from '../../openapi/route-spec';

export const CHECK_ROUTES = {
  list: defineRoute({
    method: 'get',
    path: '/api/v1/checks',
    operationId: 'listChecks',
    summary: 'The check catalog: every check with its severity, level and remediation',
    description:
      'PSS checks name their level, Pod Security Admission id and the policy versions that run them. The whole catalog in one answer (it is small and versioned by `catalogVersion`).',
    tag: 'checks',
    scopes: ['read', 'scan'],
    responses: { 200: { description: 'The catalog.', schema: checkCatalogSchema } },
  }),
};
