import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
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
  connectDatabase,
  queueOptionsFrom,
  queueSourcesOf,
  type Database,
} from '@kordon/db';
import { AnalyzeSnapshotProcessor } from './analyze-snapshot.processor';
import { AnalyzeSnapshotUseCase } from './analyze-snapshot.use-case';
import { EnforceRetentionJob } from './enforce-retention.job';
import { notificationProviders } from './notifications/notification-providers';
import { SnapshotNotifications } from './notifications/snapshot-notifications';
import { WorkerMetrics } from './metrics/worker-metrics';

const CONFIG = Symbol('WORKER_CONFIG');
const DATABASE = Symbol('DATABASE');

class WorkerLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(SnapshotQueue) private readonly queue: SnapshotQueue,
    @Inject(NotificationQueue) private readonly notifications: NotificationQueue,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queue.stop().catch(() => undefined);
    await this.notifications.stop().catch(() => undefined);
    await this.db.close().catch(() => undefined);
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
        {
          provide: DATABASE,
          useFactory: () => connectDatabase(config.DATABASE_URL, { maxConnections: 4 }),
        },
        {
          provide: SnapshotsRepository,
          useFactory: (db: Database) => new SnapshotsRepository(db),
          inject: [DATABASE],
        },
        {
          provide: IssuesRepository,
          useFactory: (db: Database) => new IssuesRepository(db),
          inject: [DATABASE],
        },
        {
          provide: PostureRepository,
          useFactory: (db: Database) => new PostureRepository(db),
          inject: [DATABASE],
        },
        {
          provide: WorkloadHistoryRepository,
          useFactory: (db: Database) => new WorkloadHistoryRepository(db),
          inject: [DATABASE],
        },
        {
          provide: ReadModelRepository,
          useFactory: (db: Database) => new ReadModelRepository(db),
          inject: [DATABASE],
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
            db: Database,
            s: SnapshotsRepository,
            i: IssuesRepository,
            p: PostureRepository,
            w: WorkloadHistoryRepository,
            r: ReadModelRepository,
          ) => new AnalyzeSnapshotUseCase(db, s, i, p, w, new SuppressionsRepository(db), r),
          inject: [
            DATABASE,
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
          useFactory: (q: SnapshotQueue, db: Database) =>
            new EnforceRetentionJob(config, q, new RetentionRepository(db)),
          inject: [SnapshotQueue, DATABASE],
        },
        ...notificationProviders(config, DATABASE),
        WorkerLifecycle,
      ],
    };
  }
}
