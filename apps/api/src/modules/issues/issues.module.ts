import { Module } from '@nestjs/common';
import { IssueHistoryRepository, type Database } from '@kordon/db';
import { DATABASE } from '../../infrastructure/tokens';
import { IssuesController } from './issues.controller';
import { IssuesResolver } from './issues.resolver';
import { IssuesService } from './issues.service';

@Module({
  controllers: [IssuesController],
  providers: [
    {
      provide: IssueHistoryRepository,
      useFactory: (db: Database) => new IssueHistoryRepository(db),
      inject: [DATABASE],
    },
    IssuesService,
    IssuesResolver,
  ],
  exports: [IssuesService],
})
export class IssuesModule {}
