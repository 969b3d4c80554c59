import { Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { IssueHistoryRepository, PostureRepository, WorkloadHistoryRepository } from '@kordon/db';
import { PG_POOL } from '../../infrastructure/tokens';
import { DiffsController } from './diffs.controller';
import { DiffsResolver } from './diffs.resolver';
import { DiffsService } from './diffs.service';

@Module({
  controllers: [DiffsController],
  providers: [
    {
      provide: IssueHistoryRepository,
      useFactory: (pool: Pool) => new IssueHistoryRepository(pool),
      inject: [PG_POOL],
    },
    {
      provide: WorkloadHistoryRepository,
      useFactory: (pool: Pool) => new WorkloadHistoryRepository(pool),
      inject: [PG_POOL],
    },
    {
      provide: PostureRepository,
      useFactory: (pool: Pool) => new PostureRepository(pool),
      inject: [PG_POOL],
    },
    DiffsService,
    DiffsResolver,
  ],
})
export class DiffsModule {}
