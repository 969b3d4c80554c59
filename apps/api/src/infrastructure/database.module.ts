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
  createPrismaClient,
  queueOptionsFrom,
  type PrismaClient,
  type Database,
} from '@kordon/db';
import { API_CONFIG, DATABASE, PRISMA } from './tokens';

class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly queue: SnapshotQueue,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queue.stop().catch(() => undefined);
    await this.prisma.$disconnect().catch(() => undefined);
    await this.db.close().catch(() => undefined);
  }
}

/** Postgres connections, repositories and the queue, shared by every feature module. */
@Global()
@Module({})
export class DatabaseModule {
  static register(config: ApiConfig): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: API_CONFIG, useValue: config },
        { provide: DATABASE, useFactory: () => connectDatabase(config.DATABASE_URL) },
        { provide: PRISMA, useFactory: () => createPrismaClient(config.DATABASE_URL) },
        {
          provide: ClustersRepository,
          useFactory: (db: Database) => new ClustersRepository(db),
          inject: [DATABASE],
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
          provide: ScansRepository,
          useFactory: (db: Database) => new ScansRepository(db),
          inject: [DATABASE],
        },
        {
          provide: AuditLogRepository,
          useFactory: (db: Database) => new AuditLogRepository(db),
          inject: [DATABASE],
        },
        {
          provide: TokensRepository,
          useFactory: (prisma: PrismaClient) => new TokensRepository(prisma),
          inject: [PRISMA],
        },
        ...[
          UsersRepository,
          SessionsRepository,
          SignInFailuresRepository,
          OidcLoginsRepository,
        ].map((repository) => ({
          provide: repository,
          useFactory: (prisma: PrismaClient) => new repository(prisma),
          inject: [PRISMA],
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
      exports: [
        API_CONFIG,
        DATABASE,
        PRISMA,
        ClustersRepository,
        SnapshotsRepository,
        IssuesRepository,
        ScansRepository,
        TokensRepository,
        UsersRepository,
        SessionsRepository,
        SignInFailuresRepository,
        OidcLoginsRepository,
        AuditLogRepository,
        SnapshotQueue,
      ],
    };
  }
}
