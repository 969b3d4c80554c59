import { auditEventPageSchema } from '@kordon/contracts';
import { defineRoute } from '../../openapi/route-spec';
import { auditQuerySchema } from './dto/audit-events.args';

export const AUDIT_ROUTES = {
  list: defineRoute({
    method: 'get',
    path: '/api/v1/audit-events',
    operationId: 'listAuditEvents',
    summary: 'The audit log, newest first (admin only)',
    description:
      'Every change to suppressions, tokens, users and roles, and sign-ins. `action` is exact (`suppression.create`) or a prefix ending in a dot (`token.`).',
    tag: 'audit',
    scopes: ['admin'],
    query: auditQuerySchema,
    responses: { 200: { description: 'A page of audit events.', schema: auditEventPageSchema } },
    errors: ['invalid_cursor'],
  }),
};
