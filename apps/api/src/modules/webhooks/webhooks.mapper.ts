import type { WebhookDeliveryResponse, WebhookResponse } from '@kordon/contracts';
import type { DeliveryRecord, WebhookRecord } from '@kordon/db';

export function toWebhookView(w: WebhookRecord): WebhookResponse {
  return {
    id: w.id,
    cluster: w.scopeKind === 'cluster' ? w.scopeName : null,
    repository: w.scopeKind === 'repository' ? w.scopeName : null,
    url: w.url,
    format: w.format,
    events: w.events,
    hasSecret: w.secret !== null,
    scoreDropThreshold: w.scoreDropThreshold,
    silentAfterMinutes: w.silentAfterMinutes,
    createdAt: w.createdAt.toISOString(),
  };
}

export function toDeliveryView(d: DeliveryRecord): WebhookDeliveryResponse {
  return {
    id: d.id,
    webhookId: d.webhookId,
    event: d.event,
    status: d.status,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    createdAt: d.createdAt.toISOString(),
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    payload: d.payload,
  };
}
