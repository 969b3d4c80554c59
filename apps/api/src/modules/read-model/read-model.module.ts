import { Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { ReadModelRepository, WorkloadTimelineRepository } from '@kordon/db';
import { PG_POOL } from '../../infrastructure/tokens';
import { SnapshotReadModelService } from './snapshot-read-model.service';

/** The stored per-snapshot read model, shared by the workloads, network and namespaces modules. */
@Module({
  providers: [
    {
      provide: ReadModelRepository,
      useFactory: (pool: Pool) => new ReadModelRepository(pool),
      inject: [PG_POOL],
    },
    {
      provide: WorkloadTimelineRepository,
      useFactory: (pool: Pool) => new WorkloadTimelineRepository(pool),
      inject: [PG_POOL],
    },
    SnapshotReadModelService,
  ],
  exports: [SnapshotReadModelService, WorkloadTimelineRepository],
})
export class ReadModelModule {}
