import type { WebhookEvent, WebhookPayload } from '@kordon/contracts';
import type { NotificationQueue } from '../queue/notification-queue';
import type { WebhookRecord } from '../repositories/webhook-record';
import type { WebhooksRepository } from '../repositories/webhooks.repository';

export interface NotifyInput {
  scope: { cluster: string } | { repository: string };
  event: WebhookEvent;
  /** Identifies the event: the same key never fires twice for one webhook. */
  eventKey: string;
  summary: string;
  data: Record<string, unknown>;
  occurredAt: Date;
  /** Only webhooks this accepts are notified (thresholds). */
  accept?: (webhook: WebhookRecord) => boolean;
}

/**
 * Records an event once per subscribed webhook and enqueues its delivery.
 * Returns how many deliveries it created.
 */
export class WebhookNotifier {
  constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly queue: NotificationQueue,
  ) {}

  async notify(input: NotifyInput): Promise<number> {
    const [kind, name] =
      'cluster' in input.scope
        ? (['cluster', input.scope.cluster] as const)
        : (['repository', input.scope.repository] as const);
    const subscribers = await this.webhooks.subscribers(kind, name, input.event);
    let created = 0;
    for (const webhook of subscribers) {
      if (input.accept && !input.accept(webhook)) continue;
      const payload: WebhookPayload = {
        id: input.eventKey,
        event: input.event,
        occurredAt: input.occurredAt.toISOString(),
        scope: input.scope,
        summary: input.summary,
        data: input.data,
      };
      const id = await this.webhooks.recordDelivery(
        webhook.id,
        input.event,
        input.eventKey,
        payload as unknown as Record<string, unknown>,
      );
      if (id === null) continue;
      await this.queue.enqueue({ deliveryId: id });
      created += 1;
    }
    return created;
  }
}
