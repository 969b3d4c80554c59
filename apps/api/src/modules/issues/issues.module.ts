import { Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { IssueHistoryRepository } from '@kordon/db';
import { PG_POOL } from '../../infrastructure/tokens';
import { IssuesController } from './issues.controller';
import { IssuesResolver } from './issues.resolver';
import { IssuesService } from './issues.service';

@Module({
  controllers: [IssuesController],
  providers: [
    {
      provide: IssueHistoryRepository,
      useFactory: (pool: Pool) => new IssueHistoryRepository(pool),
      inject: [PG_POOL],
    },
    IssuesService,
    IssuesResolver,
  ],
})
export class IssuesModule {}
