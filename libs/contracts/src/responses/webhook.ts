import { z } from 'zod';
import { pageSchema } from '../pagination';
import { WEBHOOK_EVENTS, WEBHOOK_FORMATS } from '../webhook';
import { instantSchema } from './vocabulary';

/** A configured webhook; its secret is never returned (only whether it has one). */
export const webhookSchema = z
  .object({
    id: z.uuid(),
    cluster: z.string().nullable(),
    repository: z.string().nullable(),
    url: z.string(),
    format: z.enum(WEBHOOK_FORMATS),
    events: z.array(z.enum(WEBHOOK_EVENTS)),
    hasSecret: z.boolean(),
    scoreDropThreshold: z.number().int(),
    silentAfterMinutes: z.number().int(),
    createdAt: instantSchema,
  })
  .meta({ id: 'Webhook' });

export type WebhookResponse = z.infer<typeof webhookSchema>;

/** `POST /api/v1/webhooks` answers the webhook and, once, the signing secret. */
export const createdWebhookSchema = webhookSchema
  .extend({ secret: z.string().nullable() })
  .meta({ id: 'CreatedWebhook' });

export const webhookDeliverySchema = z
  .object({
    id: z.uuid(),
    webhookId: z.uuid(),
    event: z.enum(WEBHOOK_EVENTS),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    createdAt: instantSchema,
    deliveredAt: instantSchema.nullable(),
    payload: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'WebhookDelivery' });

export type WebhookDeliveryResponse = z.infer<typeof webhookDeliverySchema>;

export const webhookPageSchema = pageSchema(webhookSchema).meta({ id: 'WebhookPage' });
export const webhookDeliveryPageSchema = pageSchema(webhookDeliverySchema).meta({
  id: 'WebhookDeliveryPage',
});
