import { Module } from '@nestjs/common';
import { SnapshotsModule } from '../snapshots/snapshots.module';
import { ClustersController } from './clusters.controller';
import { ClustersResolver } from './clusters.resolver';
import { ClustersService } from './clusters.service';

@Module({
  imports: [SnapshotsModule],
  controllers: [ClustersController],
  providers: [ClustersService, ClustersResolver],
  exports: [ClustersService],
})
export class ClustersModule {}
