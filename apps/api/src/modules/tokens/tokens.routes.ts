import { z } from 'zod';
import {
  apiTokenPageSchema,
  apiTokenSchema,
  createdApiTokenSchema,
  pageQuerySchema,
  tokenInputSchema,
} from '@kordon/contracts';
import { defineRoute } from '../../openapi/route-spec';

const idParams = z.object({ id: z.uuid().meta({ description: 'Token id.' }) });

export const tokenListQuerySchema = pageQuerySchema.extend({
  includeRevoked: z
    .enum(['true', 'false'], 'must be true or false')
    .transform((v) => v === 'true')
    .optional(),
});

export const TOKEN_ROUTES = {
  create: defineRoute({
    method: 'post',
    path: '/api/v1/tokens',
    operationId: 'createToken',
    summary: 'Create an API token (the secret is answered once)',
    description:
      'Never exceeds the creator’s scopes or clusters. `ingest` tokens name their clusters (`["*"]` for all); other tokens default to the creator’s clusters. Stored hashed; recorded in the audit log.',
    tag: 'tokens',
    scopes: 'any',
    body: {
      description: 'Name, scopes, clusters, expiry.',
      content: { 'application/json': tokenInputSchema },
    },
    responses: { 201: { description: 'The token and its secret.', schema: createdApiTokenSchema } },
    errors: ['not_found'],
  }),
  list: defineRoute({
    method: 'get',
    path: '/api/v1/tokens',
    operationId: 'listTokens',
    summary: 'API tokens, newest first (admins: all; others: their own)',
    tag: 'tokens',
    scopes: 'any',
    query: tokenListQuerySchema,
    responses: { 200: { description: 'A page of tokens.', schema: apiTokenPageSchema } },
    errors: ['invalid_cursor'],
  }),
  revoke: defineRoute({
    method: 'delete',
    path: '/api/v1/tokens/{id}',
    operationId: 'revokeToken',
    summary: 'Revoke an API token (admins: any; others: their own)',
    tag: 'tokens',
    scopes: 'any',
    params: idParams,
    responses: { 200: { description: 'The revoked token.', schema: apiTokenSchema } },
    errors: ['not_found'],
  }),
};
