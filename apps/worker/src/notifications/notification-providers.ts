import type { Provider } from '@nestjs/common';
import type { WorkerConfig } from '@kordon/config';
import {
  NotificationFactsRepository,
  NotificationQueue,
  SnapshotQueue,
  WebhookNotifier,
  WebhooksRepository,
  type Database,
} from '@kordon/db';
import { CollectorSilenceJob } from './collector-silence.job';
import { DeliverWebhookProcessor } from './deliver-webhook.processor';
import { SnapshotNotifications } from './snapshot-notifications';

/** Webhooks in the worker: deliveries, post-analysis events, the silence check. */
export function notificationProviders(config: WorkerConfig, pool: symbol): Provider[] {
  return [
    {
      provide: NotificationQueue,
      useFactory: async () => {
        const queue = new NotificationQueue(config.DATABASE_URL, {
          retryLimit: config.KORDON_WEBHOOK_RETRIES,
          retryDelaySeconds: config.KORDON_WEBHOOK_RETRY_DELAY_S,
        });
        await queue.start();
        return queue;
      },
      // after the analysis queue has started: two pg-boss instances creating their schema at once deadlock
      inject: [SnapshotQueue],
    },
    {
      provide: WebhooksRepository,
      useFactory: (db: Database) => new WebhooksRepository(db),
      inject: [pool],
    },
    {
      provide: NotificationFactsRepository,
      useFactory: (db: Database) => new NotificationFactsRepository(db),
      inject: [pool],
    },
    {
      provide: WebhookNotifier,
      useFactory: (w: WebhooksRepository, q: NotificationQueue) => new WebhookNotifier(w, q),
      inject: [WebhooksRepository, NotificationQueue],
    },
    {
      provide: SnapshotNotifications,
      useFactory: (f: NotificationFactsRepository, n: WebhookNotifier) =>
        new SnapshotNotifications(f, n),
      inject: [NotificationFactsRepository, WebhookNotifier],
    },
    {
      provide: DeliverWebhookProcessor,
      useFactory: (q: NotificationQueue, w: WebhooksRepository) =>
        new DeliverWebhookProcessor(q, w),
      inject: [NotificationQueue, WebhooksRepository],
    },
    {
      provide: CollectorSilenceJob,
      useFactory: (
        q: NotificationQueue,
        w: WebhooksRepository,
        f: NotificationFactsRepository,
        n: WebhookNotifier,
      ) => new CollectorSilenceJob(q, w, f, n),
      inject: [NotificationQueue, WebhooksRepository, NotificationFactsRepository, WebhookNotifier],
    },
  ];
}
