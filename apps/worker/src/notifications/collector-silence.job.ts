import { Logger } from '@nestjs/common';
import type {
  NotificationFactsRepository,
  NotificationQueue,
  WebhookNotifier,
  WebhooksRepository,
} from '@kordon/db';

/**
 * Every minute: a cluster whose collector has sent nothing for longer than a
 * webhook's `silentAfterMinutes` notifies it once per silence (the key is the
 * last snapshot, so the next silence after a snapshot fires again).
 */
export class CollectorSilenceJob {
  private readonly logger = new Logger('notifications');

  constructor(
    private readonly queue: NotificationQueue,
    private readonly webhooks: WebhooksRepository,
    private readonly facts: NotificationFactsRepository,
    private readonly notifier: WebhookNotifier,
  ) {}

  async start(): Promise<void> {
    await this.queue.scheduleEveryMinute(async () => {
      await this.run(new Date());
    });
  }

  async run(now: Date): Promise<number> {
    const clusters = new Set<string>();
    for (const webhook of await this.webhooks.subscribersOf('collector.silent'))
      if (webhook.scopeKind === 'cluster') clusters.add(webhook.scopeName);
    let sent = 0;
    for (const cluster of clusters) sent += await this.checkCluster(cluster, now);
    if (sent > 0) this.logger.log(`collector silence: ${sent} webhook deliveries queued`);
    return sent;
  }

  private async checkCluster(cluster: string, now: Date): Promise<number> {
    const last = await this.facts.lastSnapshotOf(cluster);
    const silentMs = (since: Date) => now.getTime() - since.getTime();
    const since = last?.receivedAt ?? null;
    const minutes = since ? Math.floor(silentMs(since) / 60_000) : null;
    return this.notifier.notify({
      scope: { cluster },
      event: 'collector.silent',
      eventKey: `collector.silent:${last?.snapshotId ?? 'never'}`,
      summary:
        minutes === null
          ? `cluster ${cluster} has never sent a snapshot`
          : `no snapshot from cluster ${cluster} for ${minutes} minutes`,
      data: {
        lastSnapshotId: last?.snapshotId ?? null,
        lastReceivedAt: since?.toISOString() ?? null,
        silentMinutes: minutes,
      },
      occurredAt: now,
      // each webhook's own expected interval (from its creation when nothing ever arrived)
      accept: (w) => silentMs(since ?? w.createdAt) > w.silentAfterMinutes * 60_000,
    });
  }
}
