import { Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { PostureRepository } from '@kordon/db';
import { PG_POOL } from '../../infrastructure/tokens';
import { PostureController } from './posture.controller';
import { PostureService } from './posture.service';

@Module({
  controllers: [PostureController],
  providers: [
    {
      provide: PostureRepository,
      useFactory: (pool: Pool) => new PostureRepository(pool),
      inject: [PG_POOL],
    },
    PostureService,
  ],
})
export class PostureModule {}
