import PgBoss from 'pg-boss';

export const DELIVER_WEBHOOK_QUEUE = 'deliver-webhook';
export const COLLECTOR_SILENCE_QUEUE = 'check-collector-silence';

export interface DeliverWebhookJob {
  deliveryId: string;
}

export interface NotificationQueueOptions {
  /** Retries after the first attempt. */
  retryLimit: number;
  /** Seconds before the first retry; pg-boss doubles it for each later one. */
  retryDelaySeconds: number;
}

/** Webhook deliveries on pg-boss: one job per delivery, retried with exponential backoff. */
export class NotificationQueue {
  private readonly boss: PgBoss;
  private started = false;

  constructor(
    databaseUrl: string,
    private readonly options: NotificationQueueOptions,
  ) {
    this.boss = new PgBoss({ connectionString: databaseUrl, max: 2 });
    this.boss.on('error', () => undefined);
  }

  async start(): Promise<void> {
    if (this.started) return;
    await this.boss.start();
    const queue = {
      retryLimit: this.options.retryLimit,
      retryDelay: this.options.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: 300,
    };
    const existing = await this.boss.getQueue(DELIVER_WEBHOOK_QUEUE);
    if (existing)
      await this.boss.updateQueue(DELIVER_WEBHOOK_QUEUE, { name: DELIVER_WEBHOOK_QUEUE, ...queue });
    else
      await this.boss.createQueue(DELIVER_WEBHOOK_QUEUE, { name: DELIVER_WEBHOOK_QUEUE, ...queue });
    this.started = true;
  }

  async enqueue(job: DeliverWebhookJob): Promise<void> {
    await this.boss.send(DELIVER_WEBHOOK_QUEUE, job);
  }

  /** `handler` gets the attempt number and whether it is the last; a throw retries. */
  async work(
    handler: (job: DeliverWebhookJob, attempt: number, last: boolean) => Promise<void>,
  ): Promise<void> {
    await this.boss.work<DeliverWebhookJob>(
      DELIVER_WEBHOOK_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: 0.5, includeMetadata: true },
      async ([job]) => {
        if (!job) return;
        await handler(job.data, job.retryCount + 1, job.retryCount >= job.retryLimit);
      },
    );
  }

  /** Runs `handler` every minute (one worker per tick). */
  async scheduleEveryMinute(handler: () => Promise<void>): Promise<void> {
    if (!(await this.boss.getQueue(COLLECTOR_SILENCE_QUEUE)))
      await this.boss.createQueue(COLLECTOR_SILENCE_QUEUE, {
        name: COLLECTOR_SILENCE_QUEUE,
        retryLimit: 0,
        expireInSeconds: 120,
      });
    await this.boss.schedule(COLLECTOR_SILENCE_QUEUE, '* * * * *', {}, { tz: 'UTC' });
    await this.boss.work(
      COLLECTOR_SILENCE_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: 10 },
      async () => handler(),
    );
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    await this.boss.stop({ graceful: true, timeout: 5000, wait: true });
    this.started = false;
  }
}
