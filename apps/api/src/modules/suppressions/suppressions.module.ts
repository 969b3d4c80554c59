import { Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { SuppressionsRepository } from '@kordon/db';
import { PG_POOL } from '../../infrastructure/tokens';
import { SuppressionsController } from './suppressions.controller';
import { SuppressionsResolver } from './suppressions.resolver';
import { SuppressionsService } from './suppressions.service';

@Module({
  controllers: [SuppressionsController],
  providers: [
    {
      provide: SuppressionsRepository,
      useFactory: (pool: Pool) => new SuppressionsRepository(pool),
      inject: [PG_POOL],
    },
    SuppressionsService,
    SuppressionsResolver,
  ],
})
export class SuppressionsModule {}
