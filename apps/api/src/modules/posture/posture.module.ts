import { Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { PostureRepository } from '@kordon/db';
import { PG_POOL } from '../../infrastructure/tokens';
import { PostureController } from './posture.controller';
import { PostureResolver, PostureSeriesResolver } from './posture.resolver';
import { PostureService } from './posture.service';
import { SnapshotPostureResolver } from './snapshot-posture.resolver';

@Module({
  controllers: [PostureController],
  providers: [
    {
      provide: PostureRepository,
      useFactory: (pool: Pool) => new PostureRepository(pool),
      inject: [PG_POOL],
    },
    PostureService,
    PostureResolver,
    PostureSeriesResolver,
    SnapshotPostureResolver,
  ],
  exports: [PostureService],
})
export class PostureModule {}
