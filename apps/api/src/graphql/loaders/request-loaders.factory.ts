import { Injectable } from '@nestjs/common';
import { ClustersService } from '../../modules/clusters/clusters.service';
import { PostureService } from '../../modules/posture/posture.service';
import { SnapshotsService } from '../../modules/snapshots/snapshots.service';
import { RequestLoaders } from './request-loaders';

/** A singleton that makes each GraphQL request its own loaders over the (singleton) services. */
@Injectable()
export class RequestLoadersFactory {
  constructor(
    private readonly clusters: ClustersService,
    private readonly snapshots: SnapshotsService,
    private readonly posture: PostureService,
  ) {}

  create(): RequestLoaders {
    return new RequestLoaders({
      clusters: this.clusters,
      snapshots: this.snapshots,
      posture: this.posture,
    });
  }
}
