import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig, workerEnvSchema } from '@kordon/config';
import { AnalyzeSnapshotProcessor } from './analyze-snapshot.processor';
import { EnforceRetentionJob } from './enforce-retention.job';
import { CollectorSilenceJob } from './notifications/collector-silence.job';
import { DeliverWebhookProcessor } from './notifications/deliver-webhook.processor';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig(workerEnvSchema);
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), {
    logger: ['error', 'warn', 'log'],
  });
  app.enableShutdownHooks();
  await app.get(AnalyzeSnapshotProcessor).start();
  await app.get(EnforceRetentionJob).start();
  await app.get(DeliverWebhookProcessor).start();
  await app.get(CollectorSilenceJob).start();
  console.log(`Kordon worker ready (concurrency ${config.KORDON_WORKER_CONCURRENCY})`);
}

// pg-boss 10 leaves a rejected promise behind when it cannot record a job's failure while Postgres
// is unreachable (restart, failover). The job expires and is retried; the worker must keep running.
process.on('unhandledRejection', (reason: unknown) => {
  console.error(
    `worker: ignored unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`,
  );
});

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
