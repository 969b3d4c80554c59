import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/principal';
import { ClustersService } from '../../modules/clusters/clusters.service';
import { DiffsService } from '../../modules/diffs/diffs.service';
import { IssuesService } from '../../modules/issues/issues.service';
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
    private readonly issues: IssuesService,
    private readonly diffs: DiffsService,
  ) {}

  /** `principal`: the caller, read lazily (the guard sets it after the context exists). */
  create(principal: () => Principal | undefined): RequestLoaders {
    return new RequestLoaders(
      {
        clusters: this.clusters,
        snapshots: this.snapshots,
        posture: this.posture,
        issues: this.issues,
        diffs: this.diffs,
      },
      principal,
    );
  }
}
