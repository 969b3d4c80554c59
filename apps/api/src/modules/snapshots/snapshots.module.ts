import { Module } from '@nestjs/common';
import { SnapshotIntakeService } from './snapshot-intake.service';
import { SnapshotsController } from './snapshots.controller';
import { SnapshotsResolver } from './snapshots.resolver';
import { SnapshotsService } from './snapshots.service';

@Module({
  controllers: [SnapshotsController],
  providers: [SnapshotIntakeService, SnapshotsService, SnapshotsResolver],
  exports: [SnapshotsService],
})
export class SnapshotsModule {}
