import { Module } from '@nestjs/common';
import { SnapshotIntakeService } from './snapshot-intake.service';
import { SnapshotReanalysisService } from './snapshot-reanalysis.service';
import { SnapshotsController } from './snapshots.controller';
import { SnapshotsResolver } from './snapshots.resolver';
import { SnapshotsService } from './snapshots.service';

@Module({
  controllers: [SnapshotsController],
  providers: [
    SnapshotIntakeService,
    SnapshotReanalysisService,
    SnapshotsService,
    SnapshotsResolver,
  ],
  exports: [SnapshotsService],
})
export class SnapshotsModule {}
