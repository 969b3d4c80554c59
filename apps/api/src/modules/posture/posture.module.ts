import { Module } from '@nestjs/common';
import { PostureRepository, type Database } from '@kordon/db';
import { DATABASE } from '../../infrastructure/tokens';
import { PostureController } from './posture.controller';
import { PostureResolver, PostureSeriesResolver } from './posture.resolver';
import { PostureService } from './posture.service';
import { SnapshotPostureResolver } from './snapshot-posture.resolver';

@Module({
  controllers: [PostureController],
  providers: [
    {
      provide: PostureRepository,
      useFactory: (db: Database) => new PostureRepository(db),
      inject: [DATABASE],
    },
    PostureService,
    PostureResolver,
    PostureSeriesResolver,
    SnapshotPostureResolver,
  ],
  exports: [PostureService],
})
export class PostureModule {}
