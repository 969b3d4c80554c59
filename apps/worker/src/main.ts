import 'reflect-metadata';
import type { Server } from 'node:http';
import { ConsoleLogger, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig, workerEnvSchema } from '@kordon/config';
import { AnalyzeSnapshotProcessor } from './analyze-snapshot.processor';
import { EnforceRetentionJob } from './enforce-retention.job';
import { CollectorSilenceJob } from './notifications/collector-silence.job';
import { DeliverWebhookProcessor } from './notifications/deliver-webhook.processor';
import { WorkerMetrics } from './metrics/worker-metrics';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig(workerEnvSchema);
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), {
    // one JSON object per line, like the API
    logger: new ConsoleLogger({
      json: true,
      colors: false,
      logLevels: ['fatal', 'error', 'warn', 'log'],
    }),
  });
  app.enableShutdownHooks();
  const logger = new Logger('worker');
  const metricsServer: Server | null = config.KORDON_WORKER_METRICS_PORT
    ? await app
        .get(WorkerMetrics)
        .listen(config.KORDON_WORKER_METRICS_PORT, config.KORDON_WORKER_METRICS_HOST, (line) =>
          logger.warn(line),
        )
    : null;
  metricsServer?.unref(); // never what keeps the worker running
  await app.get(AnalyzeSnapshotProcessor).start();
  await app.get(EnforceRetentionJob).start();
  await app.get(DeliverWebhookProcessor).start();
  await app.get(CollectorSilenceJob).start();
  logger.log(
    `Kordon worker ready (concurrency ${config.KORDON_WORKER_CONCURRENCY}${metricsServer ? `, metrics on http://${config.KORDON_WORKER_METRICS_HOST}:${config.KORDON_WORKER_METRICS_PORT}/metrics` : ''})`,
  );
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
