import 'reflect-metadata';
import type { Server } from 'node:http';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig, workerEnvSchema, type WorkerConfig } from '@kordon/config';
import { connectDatabase } from '@kordon/db';
import { AnalyzeSnapshotProcessor } from './analyze-snapshot.processor';
import { EnforceRetentionJob } from './enforce-retention.job';
import { CollectorSilenceJob } from './notifications/collector-silence.job';
import { DeliverWebhookProcessor } from './notifications/deliver-webhook.processor';
import { WorkerMetrics } from './metrics/worker-metrics';
import {
  DatabaseUnreachableError,
  retryWhileDatabaseUnavailable,
} from './retry-while-database-unavailable';
import { WorkerModule } from './worker.module';

/**
 * One start: a quick ping first (so waiting for a database that is not up yet builds nothing and
 * logs one line per try), then the Nest context and every processor; on failure, what was built
 * is closed.
 */
async function startOnce(config: WorkerConfig, logger: ConsoleLogger) {
  const probe = connectDatabase(config.DATABASE_URL, { maxConnections: 1 });
  try {
    await probe.ping();
  } finally {
    await probe.close();
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), {
    logger,
    abortOnError: false, // throw, so start-up can wait for the database and try again
  });
  try {
    await app.get(AnalyzeSnapshotProcessor).start();
    await app.get(EnforceRetentionJob).start();
    await app.get(DeliverWebhookProcessor).start();
    await app.get(CollectorSilenceJob).start();
    return app;
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
}

async function main(): Promise<void> {
  const config = loadConfig(workerEnvSchema);
  // one JSON object per line, like the API
  const logger = new ConsoleLogger({
    json: true,
    colors: false,
    logLevels: ['fatal', 'error', 'warn', 'log'],
  });
  const app = await retryWhileDatabaseUnavailable(
    'worker start-up',
    () => startOnce(config, logger),
    {
      timeoutMs: config.KORDON_WORKER_START_TIMEOUT_S * 1000,
      log: (line) => logger.warn(line, 'worker'),
    },
  );
  app.enableShutdownHooks();
  const metricsServer: Server | null = config.KORDON_WORKER_METRICS_PORT
    ? await app
        .get(WorkerMetrics)
        .listen(config.KORDON_WORKER_METRICS_PORT, config.KORDON_WORKER_METRICS_HOST, (line) =>
          logger.warn(line, 'worker'),
        )
    : null;
  metricsServer?.unref(); // never what keeps the worker running
  logger.log(
    `Kordon worker ready (concurrency ${config.KORDON_WORKER_CONCURRENCY}${metricsServer ? `, metrics on http://${config.KORDON_WORKER_METRICS_HOST}:${config.KORDON_WORKER_METRICS_PORT}/metrics` : ''})`,
    'worker',
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
  const known = error instanceof ConfigError || error instanceof DatabaseUnreachableError;
  console.error(known ? error.message : error);
  process.exit(1);
});
