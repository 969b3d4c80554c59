import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { encodeCursor } from '@kordon/contracts';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal } from '../../common/request-context';
import { DB_FIELD_COST, NETWORK_MODEL_COST } from '../../graphql/connection-cost.estimator';
import { toConnection } from '../../graphql/connection';
import { Snapshot } from '../snapshots/models/snapshot.model';
import { WorkloadArgs, WorkloadsArgs } from './dto/workloads.args';
import { parseSnapshotWorkloadsArgs } from './dto/snapshot-workloads.args';
import { WorkloadDetail, toWorkloadDetailModel } from './models/workload-detail.model';
import { WorkloadSummaryConnection } from './models/workload-summary.model';
import { WorkloadsService } from './workloads.service';

const optional = (value: unknown) => (value === null || value === undefined ? undefined : value);

/** A snapshot's workloads in GraphQL, over the service the REST controller calls. */
@Resolver(() => Snapshot)
export class WorkloadsResolver {
  constructor(private readonly service: WorkloadsService) {}

  @ResolveField(() => WorkloadSummaryConnection, {
    description:
      "The snapshot's workloads ordered by `namespace/Kind/name`, filtered (`reanalysis_required` for a snapshot analyzed before workloads were stored). `workloads` is their count.",
    complexity: DB_FIELD_COST,
  })
  async workloadList(
    @Parent() snapshot: Snapshot,
    @Args() args: WorkloadsArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WorkloadSummaryConnection> {
    const parsed = parseSnapshotWorkloadsArgs({
      limit: optional(args.first),
      cursor: optional(args.after),
      namespace: optional(args.namespace),
      kind: optional(args.kind),
      level: optional(args.level),
      exposed: typeof args.exposed === 'boolean' ? String(args.exposed) : undefined,
    });
    const page = await this.service.list(principal, snapshot.id, parsed);
    return toConnection(
      page,
      (w) => w,
      (w) => encodeCursor({ after: w.id }),
    );
  }

  @ResolveField(() => WorkloadDetail, {
    description:
      'One workload: effective security context per container (value and source per field), Pod Security verdicts with failing paths, exposures, reach and history.',
    complexity: NETWORK_MODEL_COST,
  })
  async workload(
    @Parent() snapshot: Snapshot,
    @Args() ref: WorkloadArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WorkloadDetail> {
    const { namespace, kind, name } = ref;
    return toWorkloadDetailModel(
      await this.service.detail(principal, snapshot.id, { namespace, kind, name }),
    );
  }
}
