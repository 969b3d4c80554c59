import { Logger } from '@nestjs/common';
import type { WorkerConfig } from '@kordon/config';
import { isKordonError } from '@kordon/contracts';
import { SnapshotQueue, SnapshotsRepository } from '@kordon/db';
import type { AnalyzeSnapshotUseCase } from './analyze-snapshot.use-case';
import type { WorkerMetrics } from './metrics/worker-metrics';

/**
 * What a snapshot's `failureReason` says: a Kordon error's own message (it
 * names the problem in the input), anything else only that it was internal —
 * database and runtime text stays in the worker's log.
 */
export function failureReasonOf(error: unknown): string {
  if (isKordonError(error)) return `${error.code}: ${error.message}`;
  return 'internal error during analysis (the worker log has the details)';
}

/**
 * Consumes analysis jobs: logs start and end, marks the snapshot failed with its
 * reason after the last retry, and rethrows so pg-boss retries with backoff.
 * Jobs whose worker died (expired) and ran out of retries arrive through the
 * dead-letter queue, so no snapshot stays `analyzing` forever.
 */
export class AnalyzeSnapshotProcessor {
  private readonly logger = new Logger('worker');

  constructor(
    private readonly config: WorkerConfig,
    private readonly queue: SnapshotQueue,
    private readonly snapshots: SnapshotsRepository,
    private readonly useCase: AnalyzeSnapshotUseCase,
    /** Runs after a successful analysis (webhooks); its failure is logged, never retried. */
    private readonly afterAnalysis: (snapshotId: string) => Promise<void> = async () => undefined,
    private readonly metrics: WorkerMetrics | null = null,
  ) {}

  async start(): Promise<void> {
    await this.queue.work(this.config.KORDON_WORKER_CONCURRENCY, (job, attempt) =>
      this.handle(job.snapshotId, attempt),
    );
    await this.queue.onDeadLetter(async (job) => {
      await this.snapshots.markFailed(
        job.snapshotId,
        `analysis did not complete after ${this.config.KORDON_ANALYSIS_RETRIES + 1} attempts (failed, timed out or the worker stopped)`,
      );
      this.logger.warn(`snapshot ${job.snapshotId} failed for good`);
    });
  }

  private async handle(snapshotId: string, attempt: number): Promise<void> {
    const started = Date.now();
    this.logger.log(`analyzing snapshot ${snapshotId} (attempt ${attempt})`);
    try {
      const outcome = await this.useCase.execute(snapshotId, attempt);
      this.metrics?.observeAnalysis(outcome.status, (Date.now() - started) / 1000);
      this.logger.log(
        `snapshot ${snapshotId} ${outcome.status} in ${Date.now() - started} ms` +
          (outcome.timings
            ? ` (analysis ${outcome.timings.analyzeMs} ms, writes ${outcome.timings.writeMs} ms)`
            : '') +
          `: ${outcome.findings} findings, ` +
          `${outcome.opened} opened, ${outcome.reopened} reopened, ${outcome.resolved} resolved${outcome.appliedLifecycle ? '' : ' (older than the newest snapshot: lifecycle unchanged)'}`,
      );
      if (outcome.status === 'done')
        await this.afterAnalysis(snapshotId).catch((error: unknown) =>
          this.logger.error(
            `snapshot ${snapshotId}: notifications failed: ${error instanceof Error ? error.message : String(error)}`,
          ),
        );
    } catch (error) {
      this.metrics?.observeAnalysis('failed', (Date.now() - started) / 1000);
      const reason = failureReasonOf(error);
      this.logger.error(
        `snapshot ${snapshotId} attempt ${attempt} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (attempt > this.config.KORDON_ANALYSIS_RETRIES)
        await this.snapshots.markFailed(snapshotId, reason);
      else
        await this.snapshots.noteAttemptFailure(snapshotId, `attempt ${attempt} failed: ${reason}`);
      throw error;
    }
  }
}
