import { z } from 'zod';
import {
  createdWebhookSchema,
  pageQuerySchema,
  webhookDeliveryPageSchema,
  webhookInputSchema,
  webhookPageSchema,
  webhookSchema,
} from '@kordon/contracts';
import { defineRoute } from '../../openapi/route-spec';

const webhookIdParams = z.object({ id: z.uuid().meta({ description: 'Webhook id.' }) });

export const WEBHOOK_ROUTES = {
  create: defineRoute({
    method: 'post',
    path: '/api/v1/webhooks',
    operationId: 'createWebhook',
    summary: 'Configure a webhook for a cluster or a repository',
    description:
      'Cluster events: `issues.opened`, `score.dropped`, `collector.silent`; repository: `ci.gate_failed`. The generic format is signed with HMAC-SHA256 (`X-Kordon-Signature`); a generated secret is answered this once.',
    tag: 'webhooks',
    scopes: ['admin'],
    status: 201,
    body: { description: 'The webhook.', content: { 'application/json': webhookInputSchema } },
    responses: {
      201: {
        description: 'The webhook (and its generated secret, once).',
        schema: createdWebhookSchema,
      },
    },
  }),
  list: defineRoute({
    method: 'get',
    path: '/api/v1/webhooks',
    operationId: 'listWebhooks',
    summary: 'Every configured webhook',
    tag: 'webhooks',
    scopes: ['admin'],
    responses: {
      200: { description: 'The webhooks (never their secrets).', schema: webhookPageSchema },
    },
  }),
  get: defineRoute({
    method: 'get',
    path: '/api/v1/webhooks/{id}',
    operationId: 'getWebhook',
    summary: 'One webhook',
    tag: 'webhooks',
    scopes: ['admin'],
    params: webhookIdParams,
    responses: { 200: { description: 'The webhook (never its secret).', schema: webhookSchema } },
    errors: ['not_found'],
  }),
  remove: defineRoute({
    method: 'delete',
    path: '/api/v1/webhooks/{id}',
    operationId: 'deleteWebhook',
    summary: 'Remove a webhook and its delivery log',
    tag: 'webhooks',
    scopes: ['admin'],
    params: webhookIdParams,
    responses: { 200: { description: 'Removed; the webhook as it was.', schema: webhookSchema } },
    errors: ['not_found'],
  }),
  deliveries: defineRoute({
    method: 'get',
    path: '/api/v1/webhooks/{id}/deliveries',
    operationId: 'listWebhookDeliveries',
    summary: "A webhook's delivery log, newest first",
    tag: 'webhooks',
    scopes: ['admin'],
    params: webhookIdParams,
    query: pageQuerySchema,
    responses: {
      200: {
        description: 'Deliveries: status, attempts, last answer, payload.',
        schema: webhookDeliveryPageSchema,
      },
    },
    errors: ['not_found', 'invalid_cursor'],
  }),
};
