import { Logger } from '@nestjs/common';
import type { NotificationQueue, WebhooksRepository } from '@kordon/db';
import { webhookRequest } from './webhook-request';

const TIMEOUT_MS = 10_000;

/**
 * Sends one delivery per job. A non-2xx answer or a network error is recorded and
 * rethrown so pg-boss retries with backoff; after the last attempt it is `failed`.
 */
export class DeliverWebhookProcessor {
  private readonly logger = new Logger('notifications');

  constructor(
    private readonly queue: NotificationQueue,
    private readonly webhooks: WebhooksRepository,
  ) {}

  async start(): Promise<void> {
    await this.queue.work((job, attempt, last) => this.deliver(job.deliveryId, attempt, last));
  }

  async deliver(deliveryId: string, attempt: number, last: boolean): Promise<void> {
    const delivery = await this.webhooks.findDelivery(deliveryId);
    if (!delivery || delivery.status === 'delivered') return;
    const webhook = await this.webhooks.findWebhook(delivery.webhookId);
    if (!webhook) return;
    const request = webhookRequest(webhook, delivery, new Date());
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(webhook.url, {
        method: 'POST',
        headers: request.headers,
        body: request.body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: 'manual',
      });
      statusCode = response.status;
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) {
        await this.webhooks.recordAttempt(deliveryId, { status: 'delivered', statusCode, error });
        this.logger.log(`delivery ${deliveryId} (${delivery.event}) sent, attempt ${attempt}`);
        return;
      }
      error = `HTTP ${statusCode}`;
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
    }
    await this.webhooks.recordAttempt(deliveryId, {
      status: last ? 'failed' : 'pending',
      statusCode,
      error,
    });
    this.logger.warn(`delivery ${deliveryId} attempt ${attempt} failed: ${error}`);
    throw new Error(`webhook delivery ${deliveryId} failed: ${error}`);
  }
}
