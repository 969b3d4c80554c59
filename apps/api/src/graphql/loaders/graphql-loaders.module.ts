import { Module } from '@nestjs/common';
import { ClustersModule } from '../../modules/clusters/clusters.module';
import { DiffsModule } from '../../modules/diffs/diffs.module';
import { IssuesModule } from '../../modules/issues/issues.module';
import { PostureModule } from '../../modules/posture/posture.module';
import { SnapshotsModule } from '../../modules/snapshots/snapshots.module';
import { RequestLoadersFactory } from './request-loaders.factory';

@Module({
  imports: [ClustersModule, SnapshotsModule, PostureModule, IssuesModule, DiffsModule],
  providers: [RequestLoadersFactory],
  exports: [RequestLoadersFactory],
})
export class GraphQLLoadersModule {}
