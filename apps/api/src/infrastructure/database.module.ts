import {
  Global,
  Inject,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Pool } from 'pg';
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
  createPool,
  createPrismaClient,
  queueOptionsFrom,
  type PrismaClient,
} from '@kordon/db';
import { API_CONFIG, PG_POOL, PRISMA } from './tokens';

class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly queue: SnapshotQueue,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queue.stop().catch(() => undefined);
    await this.prisma.$disconnect().catch(() => undefined);
    await this.pool.end().catch(() => undefined);
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
        { provide: PG_POOL, useFactory: () => createPool(config.DATABASE_URL) },
        { provide: PRISMA, useFactory: () => createPrismaClient(config.DATABASE_URL) },
        {
          provide: ClustersRepository,
          useFactory: (pool: Pool) => new ClustersRepository(pool),
          inject: [PG_POOL],
        },
        {
          provide: SnapshotsRepository,
          useFactory: (pool: Pool) => new SnapshotsRepository(pool),
          inject: [PG_POOL],
        },
        {
          provide: IssuesRepository,
          useFactory: (pool: Pool) => new IssuesRepository(pool),
          inject: [PG_POOL],
        },
        {
          provide: ScansRepository,
          useFactory: (pool: Pool) => new ScansRepository(pool),
          inject: [PG_POOL],
        },
        {
          provide: AuditLogRepository,
          useFactory: (pool: Pool) => new AuditLogRepository(pool),
          inject: [PG_POOL],
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
        PG_POOL,
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
