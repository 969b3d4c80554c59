import { Module } from '@nestjs/common';
import { SuppressionsRepository, type Database } from '@kordon/db';
import { DATABASE } from '../../infrastructure/tokens';
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
      useFactory: (db: Database) => new SuppressionsRepository(db),
      inject: [DATABASE],
    },
    ScanIntakeService,
    ScansService,
    ScansResolver,
  ],
})
export class ScansModule {}
