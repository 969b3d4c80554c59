import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { loadConfig, workerEnvSchema } from '@kordon/config';
import { AnalyzeSnapshotProcessor } from '../src/analyze-snapshot.processor';
import { WorkerModule } from '../src/worker.module';

/** A real worker (Nest context + pg-boss) in this process, on the given database. */
export async function startWorker(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<INestApplicationContext> {
  const config = loadConfig(workerEnvSchema, {
    DATABASE_URL: databaseUrl,
    KORDON_RETRY_DELAY_S: '0',
    KORDON_QUEUE_MAINTENANCE_S: '1',
    ...env,
  });
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), {
    logger: false,
  });
  await app.get(AnalyzeSnapshotProcessor).start();
  return app;
}
