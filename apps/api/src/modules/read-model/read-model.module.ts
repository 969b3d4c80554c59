import { Module } from '@nestjs/common';
import { ReadModelRepository, WorkloadTimelineRepository, type Database } from '@kordon/db';
import { DATABASE } from '../../infrastructure/tokens';
import { SnapshotReadModelService } from './snapshot-read-model.service';

/** The stored per-snapshot read model, shared by the workloads, network and namespaces modules. */
@Module({
  providers: [
    {
      provide: ReadModelRepository,
      useFactory: (db: Database) => new ReadModelRepository(db),
      inject: [DATABASE],
    },
    {
      provide: WorkloadTimelineRepository,
      useFactory: (db: Database) => new WorkloadTimelineRepository(db),
      inject: [DATABASE],
    },
    SnapshotReadModelService,
  ],
  exports: [SnapshotReadModelService, WorkloadTimelineRepository],
})
export class ReadModelModule {}
