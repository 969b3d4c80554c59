import { Module } from '@nestjs/common';
import {
  IssueHistoryRepository,
  PostureRepository,
  WorkloadHistoryRepository,
  type Database,
} from '@kordon/db';
import { DATABASE } from '../../infrastructure/tokens';
import { DiffsController } from './diffs.controller';
import { DiffsResolver } from './diffs.resolver';
import { DiffsService } from './diffs.service';

@Module({
  controllers: [DiffsController],
  providers: [
    {
      provide: IssueHistoryRepository,
      useFactory: (db: Database) => new IssueHistoryRepository(db),
      inject: [DATABASE],
    },
    {
      provide: WorkloadHistoryRepository,
      useFactory: (db: Database) => new WorkloadHistoryRepository(db),
      inject: [DATABASE],
    },
    {
      provide: PostureRepository,
      useFactory: (db: Database) => new PostureRepository(db),
      inject: [DATABASE],
    },
    DiffsService,
    DiffsResolver,
  ],
  exports: [DiffsService],
})
export class DiffsModule {}
