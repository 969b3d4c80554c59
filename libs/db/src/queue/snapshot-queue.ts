import PgBoss from 'pg-boss';
import { clientOf, type Tx } from '../database';

export const ANALYZE_QUEUE = 'analyze-snapshot';
export const ANALYZE_DEAD_LETTER = 'analyze-snapshot-failed';
export const RETENTION_QUEUE = 'enforce-retention';

export interface AnalyzeJob {
  snapshotId: string;
}

export interface QueueOptions {
  /** Retries after the first attempt before the job is dead-lettered. */
  retryLimit: number;
  /** Seconds an attempt may stay active before it is considered lost (worker died) and retried. */
  expireInSeconds: number;
  /** How often pg-boss looks for expired jobs. */
  maintenanceIntervalSeconds: number;
  /** Seconds before the first retry; doubles for each later one. */
  retryDelaySeconds: number;
}

export const DEFAULT_QUEUE_OPTIONS: QueueOptions = {
  retryLimit: 3,
  expireInSeconds: 900,
  maintenanceIntervalSeconds: 15,
  retryDelaySeconds: 2,
};

/**
 * The analysis queue: pg-boss 10 on the same Postgres, one job per snapshot
 * carrying only its id (the bytes stay in `snapshot_chunk`).
 */
export class SnapshotQueue {
  private readonly boss: PgBoss;
  private started = false;

  constructor(
    databaseUrl: string,
    private readonly options: QueueOptions = DEFAULT_QUEUE_OPTIONS,
  ) {
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      max: 4,
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds,
    });
    this.boss.on('error', () => undefined);
  }

  async start(): Promise<void> {
    if (this.started) return;
    await this.boss.start();
    await this.ensureQueue(ANALYZE_DEAD_LETTER, {});
    await this.ensureQueue(ANALYZE_QUEUE, {
      retryLimit: this.options.retryLimit,
      retryDelay: this.options.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: this.options.expireInSeconds,
      deadLetter: ANALYZE_DEAD_LETTER,
    });
    this.started = true;
  }

  /** Enqueues inside the caller's transaction, so a rolled-back upload leaves no job. */
  async enqueueInTransaction(tx: Tx, job: AnalyzeJob): Promise<void> {
    const client = clientOf(tx);
    await this.boss.send(ANALYZE_QUEUE, job, {
      db: { executeSql: (text: string, values: unknown[]) => client.query(text, values) },
    });
  }

  /** Analysis jobs waiting to run (created or waiting for a retry). */
  async depth(): Promise<number> {
    return this.boss.getQueueSize(ANALYZE_QUEUE);
  }

  async enqueue(job: AnalyzeJob): Promise<void> {
    await this.boss.send(ANALYZE_QUEUE, job);
  }

  /** Runs `handler` for each job; a throw makes pg-boss retry with backoff. */
  async work(
    concurrency: number,
    handler: (job: AnalyzeJob, attempt: number) => Promise<void>,
  ): Promise<void> {
    for (let i = 0; i < concurrency; i += 1) {
      await this.boss.work<AnalyzeJob>(
        ANALYZE_QUEUE,
        { batchSize: 1, pollingIntervalSeconds: 0.5, includeMetadata: true },
        async ([job]) => {
          if (job) await handler(job.data, job.retryCount + 1);
        },
      );
    }
  }

  /** Jobs that exhausted their retries (or whose workers kept dying) end up here. */
  async onDeadLetter(handler: (job: AnalyzeJob) => Promise<void>): Promise<void> {
    await this.boss.work<AnalyzeJob>(
      ANALYZE_DEAD_LETTER,
      { batchSize: 10, pollingIntervalSeconds: 1 },
      async (jobs) => {
        for (const job of jobs) await handler(job.data);
      },
    );
  }

  /**
   * Runs `handler` on a cron schedule (UTC). pg-boss keeps one schedule per
   * name and hands each tick to one worker, however many are running.
   */
  async scheduleRetention(cron: string, handler: () => Promise<void>): Promise<void> {
    await this.ensureQueue(RETENTION_QUEUE, { retryLimit: 1, expireInSeconds: 3600 });
    await this.boss.schedule(RETENTION_QUEUE, cron, {}, { tz: 'UTC' });
    await this.boss.work(RETENTION_QUEUE, { batchSize: 1, pollingIntervalSeconds: 30 }, async () =>
      handler(),
    );
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    await this.boss.stop({ graceful: true, timeout: 5000, wait: true });
    this.started = false;
  }

  private async ensureQueue(name: string, options: Omit<PgBoss.Queue, 'name'>): Promise<void> {
    const existing = await this.boss.getQueue(name);
    if (existing) await this.boss.updateQueue(name, { name, ...options });
    else await this.boss.createQueue(name, { name, ...options });
  }
}

/** Queue options from the shared environment variables (API and worker agree). */
export function queueOptionsFrom(config: {
  KORDON_ANALYSIS_RETRIES: number;
  KORDON_ANALYSIS_TIMEOUT_S: number;
  KORDON_QUEUE_MAINTENANCE_S: number;
  KORDON_RETRY_DELAY_S: number;
}): QueueOptions {
  return {
    retryLimit: config.KORDON_ANALYSIS_RETRIES,
    expireInSeconds: config.KORDON_ANALYSIS_TIMEOUT_S,
    maintenanceIntervalSeconds: config.KORDON_QUEUE_MAINTENANCE_S,
    retryDelaySeconds: config.KORDON_RETRY_DELAY_S,
  };
}
