import { Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { SuppressionsRepository } from '@kordon/db';
import { PG_POOL } from '../../infrastructure/tokens';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { ScanIntakeService } from './scan-intake.service';
import { ScansController } from './scans.controller';
import { ScansResolver } from './scans.resolver';
import { ScansService } from './scans.service';

@Module({
  imports: [WebhooksModule],
  controllers: [ScansController],
  providers: [
    {
      provide: SuppressionsRepository,
      useFactory: (pool: Pool) => new SuppressionsRepository(pool),
      inject: [PG_POOL],
    },
    ScanIntakeService,
    ScansService,
    ScansResolver,
  ],
})
export class ScansModule {}
