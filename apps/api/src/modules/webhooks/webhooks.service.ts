import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  CLUSTER_EVENTS,
  KordonError,
  REPOSITORY_EVENTS,
  webhookInputSchema,
  zodIssuesToDetails,
  type Page,
  type WebhookDeliveryResponse,
  type WebhookEvent,
  type WebhookResponse,
} from '@kordon/contracts';
import { WebhooksRepository } from '@kordon/db';
import { toDeliveryView, toWebhookView } from './webhooks.mapper';

function parseInput(body: unknown) {
  const parsed = webhookInputSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  const details = zodIssuesToDetails(parsed.error, 'body');
  const first = details[0];
  throw new KordonError(
    'validation_failed',
    `invalid webhook: ${first ? `${first.path}: ${first.problem}` : 'invalid'}`,
    details,
  );
}

/** Admin configuration of webhooks and their delivery log. */
@Injectable()
export class WebhooksService {
  constructor(private readonly webhooks: WebhooksRepository) {}

  async create(body: unknown): Promise<WebhookResponse & { secret: string | null }> {
    const input = parseInput(body);
    const scopeKind = input.cluster !== undefined ? 'cluster' : 'repository';
    const allowed: readonly WebhookEvent[] =
      scopeKind === 'cluster' ? CLUSTER_EVENTS : REPOSITORY_EVENTS;
    const events = input.events ?? [...allowed];
    const wrong = events.filter((e) => !allowed.includes(e));
    if (wrong.length > 0)
      throw new KordonError('validation_failed', `events not available for a ${scopeKind}`, [
        {
          path: 'body.events',
          problem: `${wrong.join(', ')}: a ${scopeKind} webhook takes ${allowed.join(', ')}`,
        },
      ]);
    // Slack ignores signatures; the generic payload is always signed.
    const secret =
      input.secret ?? (input.format === 'generic' ? randomBytes(24).toString('base64url') : null);
    const record = await this.webhooks.createWebhook({
      scopeKind,
      scopeName: (input.cluster ?? input.repository) as string,
      url: input.url,
      format: input.format,
      secret,
      events: [...new Set(events)],
      scoreDropThreshold: input.scoreDropThreshold,
      silentAfterMinutes: input.silentAfterMinutes,
    });
    return { ...toWebhookView(record), secret: input.secret === undefined ? secret : null };
  }

  async list(): Promise<Page<WebhookResponse>> {
    return { items: (await this.webhooks.listWebhooks()).map(toWebhookView), nextCursor: null };
  }

  async get(id: string): Promise<WebhookResponse> {
    const webhook = await this.webhooks.findWebhook(id);
    if (!webhook)
      throw new KordonError('not_found', `no webhook ${id}`, [
        { path: 'id', problem: 'unknown webhook' },
      ]);
    return toWebhookView(webhook);
  }

  async remove(id: string): Promise<WebhookResponse> {
    const webhook = await this.get(id);
    await this.webhooks.deleteWebhook(id);
    return webhook;
  }

  async deliveries(
    id: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<WebhookDeliveryResponse>> {
    await this.get(id);
    const page = await this.webhooks.listDeliveries(id, limit, cursor);
    return { items: page.items.map(toDeliveryView), nextCursor: page.nextCursor };
  }
}
