import { Logger } from '@nestjs/common';
import type { WorkerConfig } from '@kordon/config';
import type { RetentionRepository, SnapshotQueue } from '@kordon/db';

/** The daily retention run: deletes expired raw bodies and history (docs/history.md). */
export class EnforceRetentionJob {
  private readonly logger = new Logger('retention');

  constructor(
    private readonly config: WorkerConfig,
    private readonly queue: SnapshotQueue,
    private readonly retention: RetentionRepository,
  ) {}

  async start(): Promise<void> {
    if (!this.config.KORDON_RETENTION_CRON.trim()) return;
    await this.queue.scheduleRetention(this.config.KORDON_RETENTION_CRON, () =>
      this.run(new Date()),
    );
  }

  async run(now: Date): Promise<void> {
    const outcome = await this.retention.deleteExpired(now, {
      rawDays: this.config.KORDON_RETENTION_RAW_DAYS,
      historyDays: this.config.KORDON_RETENTION_HISTORY_DAYS,
    });
    this.logger.log(`retention: ${JSON.stringify(outcome)}`);
  }
}
