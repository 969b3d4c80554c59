import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { ApiConfig } from '@kordon/config';
import {
  NotificationQueue,
  SnapshotQueue,
  WebhookNotifier,
  WebhooksRepository,
  type Database,
} from '@kordon/db';
import { API_CONFIG, DATABASE } from '../../infrastructure/tokens';
import { WebhooksController } from './webhooks.controller';
import { WebhooksService } from './webhooks.service';

class NotificationQueueLifecycle implements OnApplicationShutdown {
  constructor(@Inject(NotificationQueue) private readonly queue: NotificationQueue) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queue.stop().catch(() => undefined);
  }
}

/** Webhook configuration (admin) and the notifier other modules tell about events. */
@Module({
  controllers: [WebhooksController],
  providers: [
    {
      provide: NotificationQueue,
      useFactory: async (config: ApiConfig) => {
        const queue = new NotificationQueue(config.DATABASE_URL, {
          retryLimit: config.KORDON_WEBHOOK_RETRIES,
          retryDelaySeconds: config.KORDON_WEBHOOK_RETRY_DELAY_S,
        });
        await queue.start();
        return queue;
      },
      // after the analysis queue has started: two pg-boss instances creating their schema at once deadlock
      inject: [API_CONFIG, SnapshotQueue],
    },
    {
      provide: WebhooksRepository,
      useFactory: (db: Database) => new WebhooksRepository(db),
      inject: [DATABASE],
    },
    {
      provide: WebhookNotifier,
      useFactory: (w: WebhooksRepository, q: NotificationQueue) => new WebhookNotifier(w, q),
      inject: [WebhooksRepository, NotificationQueue],
    },
    WebhooksService,
    NotificationQueueLifecycle,
  ],
  exports: [WebhookNotifier],
})
export class WebhooksModule {}
