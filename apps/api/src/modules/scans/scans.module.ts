import { Module } from '@nestjs/common';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { ScanIntakeService } from './scan-intake.service';
import { ScansController } from './scans.controller';
import { ScansResolver } from './scans.resolver';
import { ScansService } from './scans.service';

@Module({
  imports: [WebhooksModule],
  controllers: [ScansController],
  providers: [ScanIntakeService, ScansService, ScansResolver],
})
export class ScansModule {}
