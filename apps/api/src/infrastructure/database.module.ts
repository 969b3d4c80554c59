import {
  Global,
  Inject,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { ApiConfig } from '@kordon/config';
import {
  AuditLogRepository,
  ClustersRepository,
  IssuesRepository,
  OidcLoginsRepository,
  SessionsRepository,
  SignInFailuresRepository,
  ScansRepository,
  SnapshotQueue,
  SnapshotsRepository,
  TokensRepository,
  UsersRepository,
  connectDatabase,
  queueOptionsFrom,
  type Database,
} from '@kordon/db';
import { API_CONFIG, DATABASE } from './tokens';

class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly queue: SnapshotQueue,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queue.stop().catch(() => undefined);
    await this.db.close().catch(() => undefined);
  }
}

/** Repositories every feature module may inject; each is built over the one `Database`. */
const REPOSITORIES = [
  ClustersRepository,
  SnapshotsRepository,
  IssuesRepository,
  ScansRepository,
  AuditLogRepository,
  TokensRepository,
  UsersRepository,
  SessionsRepository,
  SignInFailuresRepository,
  OidcLoginsRepository,
];

/** The database, repositories and the queue, shared by every feature module. */
@Global()
@Module({})
export class DatabaseModule {
  static register(config: ApiConfig): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: API_CONFIG, useValue: config },
        { provide: DATABASE, useFactory: () => connectDatabase(config.DATABASE_URL) },
        ...REPOSITORIES.map((repository) => ({
          provide: repository,
          useFactory: (db: Database) => new repository(db),
          inject: [DATABASE],
        })),
        {
          provide: SnapshotQueue,
          useFactory: async () => {
            const queue = new SnapshotQueue(config.DATABASE_URL, queueOptionsFrom(config));
            await queue.start();
            return queue;
          },
        },
        DatabaseLifecycle,
      ],
      exports: [API_CONFIG, DATABASE, ...REPOSITORIES, SnapshotQueue],
    };
  }
}
