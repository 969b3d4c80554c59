import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import type { WorkerConfig } from '@kordon/config';
import {
  IssuesRepository,
  NotificationQueue,
  PostureRepository,
  RetentionRepository,
  SnapshotQueue,
  SnapshotsRepository,
  SuppressionsRepository,
  WorkloadHistoryRepository,
  ReadModelRepository,
  createPool,
  queueOptionsFrom,
  queueSourcesOf,
} from '@kordon/db';
import { AnalyzeSnapshotProcessor } from './analyze-snapshot.processor';
import { AnalyzeSnapshotUseCase } from './analyze-snapshot.use-case';
import { EnforceRetentionJob } from './enforce-retention.job';
import { notificationProviders } from './notifications/notification-providers';
import { SnapshotNotifications } from './notifications/snapshot-notifications';
import { WorkerMetrics } from './metrics/worker-metrics';

const CONFIG = Symbol('WORKER_CONFIG');
const POOL = Symbol('PG_POOL');

class WorkerLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(POOL) private readonly pool: Pool,
    @Inject(SnapshotQueue) private readonly queue: SnapshotQueue,
    @Inject(NotificationQueue) private readonly notifications: NotificationQueue,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queue.stop().catch(() => undefined);
    await this.notifications.stop().catch(() => undefined);
    await this.pool.end().catch(() => undefined);
  }
}

/** The worker: a Nest application context (no HTTP) around the analysis queue. */
@Module({})
export class WorkerModule {
  static register(config: WorkerConfig): DynamicModule {
    return {
      module: WorkerModule,
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: POOL, useFactory: () => createPool(config.DATABASE_URL, { max: 4 }) },
        {
          provide: SnapshotsRepository,
          useFactory: (pool: Pool) => new SnapshotsRepository(pool),
          inject: [POOL],
        },
        {
          provide: IssuesRepository,
          useFactory: (pool: Pool) => new IssuesRepository(pool),
          inject: [POOL],
        },
        {
          provide: PostureRepository,
          useFactory: (pool: Pool) => new PostureRepository(pool),
          inject: [POOL],
        },
        {
          provide: WorkloadHistoryRepository,
          useFactory: (pool: Pool) => new WorkloadHistoryRepository(pool),
          inject: [POOL],
        },
        {
          provide: ReadModelRepository,
          useFactory: (pool: Pool) => new ReadModelRepository(pool),
          inject: [POOL],
        },
        {
          provide: SnapshotQueue,
          useFactory: async () => {
            const queue = new SnapshotQueue(config.DATABASE_URL, queueOptionsFrom(config));
            await queue.start();
            return queue;
          },
        },
        {
          provide: AnalyzeSnapshotUseCase,
          useFactory: (
            pool: Pool,
            s: SnapshotsRepository,
            i: IssuesRepository,
            p: PostureRepository,
            w: WorkloadHistoryRepository,
            r: ReadModelRepository,
          ) => new AnalyzeSnapshotUseCase(pool, s, i, p, w, new SuppressionsRepository(pool), r),
          inject: [
            POOL,
            SnapshotsRepository,
            IssuesRepository,
            PostureRepository,
            WorkloadHistoryRepository,
            ReadModelRepository,
          ],
        },
        {
          provide: AnalyzeSnapshotProcessor,
          useFactory: (
            q: SnapshotQueue,
            s: SnapshotsRepository,
            u: AnalyzeSnapshotUseCase,
            n: SnapshotNotifications,
            m: WorkerMetrics,
          ) => new AnalyzeSnapshotProcessor(config, q, s, u, (id) => n.afterAnalysis(id), m),
          inject: [
            SnapshotQueue,
            SnapshotsRepository,
            AnalyzeSnapshotUseCase,
            SnapshotNotifications,
            WorkerMetrics,
          ],
        },
        {
          provide: WorkerMetrics,
          useFactory: (q: SnapshotQueue, s: SnapshotsRepository) =>
            new WorkerMetrics(queueSourcesOf(q, s)),
          inject: [SnapshotQueue, SnapshotsRepository],
        },
        {
          provide: EnforceRetentionJob,
          useFactory: (q: SnapshotQueue, pool: Pool) =>
            new EnforceRetentionJob(config, q, new RetentionRepository(pool)),
          inject: [SnapshotQueue, POOL],
        },
        ...notificationProviders(config, POOL),
        WorkerLifecycle,
      ],
    };
  }
}
