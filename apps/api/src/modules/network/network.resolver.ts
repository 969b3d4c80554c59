import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { ComplexityEstimatorArgs } from '@nestjs/graphql';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal } from '../../common/request-context';
import { DB_FIELD_COST, NETWORK_MODEL_COST } from '../../graphql/connection-cost.estimator';
import { Snapshot } from '../snapshots/models/snapshot.model';
import { MatrixCellArgs, ReachArgs } from './dto/reach.args';
import { parseReachQuestionArgs } from './dto/reach-question.args';
import {
  NETWORK_VIEW_DEFAULT_LIMIT,
  NETWORK_VIEW_MAX_LIMIT,
  parseNetworkViewArgs,
} from './dto/network-view.args';
import { DefaultDenyPolicy } from './models/default-deny.model';
import { MatrixCell, toMatrixCellModel } from './models/matrix-cell.model';
import { NetworkView, toNetworkViewModel } from './models/network-view.model';
import { ReachAnswer, toReachAnswerModel } from './models/reach-answer.model';
import { NetworkService } from './network.service';

const STORED = ' (`reanalysis_required` for a snapshot analyzed before the network was stored)';

/** One read; its lists cost their children once per default-sized (500) share of `limit`. */
const networkViewCost = ({ args, childComplexity }: ComplexityEstimatorArgs) =>
  DB_FIELD_COST +
  Math.max(1, childComplexity) *
    Math.max(
      1,
      Math.ceil(Number(args['limit'] ?? NETWORK_VIEW_DEFAULT_LIMIT) / NETWORK_VIEW_DEFAULT_LIMIT),
    );

/** A snapshot's network in GraphQL, over the service the REST controller calls. */
@Resolver(() => Snapshot)
export class NetworkResolver {
  constructor(private readonly service: NetworkService) {}

  @ResolveField(() => NetworkView, {
    description: `Isolation per namespace, the namespace matrix, exposures, attack paths and the CNI verdict${STORED}.`,
    complexity: networkViewCost,
  })
  async network(
    @Parent() snapshot: Snapshot,
    @Args('limit', {
      type: () => Int,
      nullable: true,
      description: `Items each list holds at most, 1–${NETWORK_VIEW_MAX_LIMIT} (default ${NETWORK_VIEW_DEFAULT_LIMIT}); \`totals\` counts them all.`,
    })
    limit: number | null | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<NetworkView> {
    const args = parseNetworkViewArgs({ limit: limit ?? undefined });
    return toNetworkViewModel(await this.service.view(principal, snapshot.id, args));
  }

  @ResolveField(() => MatrixCell, {
    description: `One cell of the namespace matrix: the workload pairs from \`from\` to \`to\` and the rules allowing them${STORED}.`,
    complexity: NETWORK_MODEL_COST,
  })
  async matrixCell(
    @Parent() snapshot: Snapshot,
    @Args() args: MatrixCellArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MatrixCell> {
    return toMatrixCellModel(await this.service.cell(principal, snapshot.id, args.from, args.to));
  }

  @ResolveField(() => ReachAnswer, {
    description: `Can \`from\` reach \`to\` (on a port), and which rules allow or deny it — as \`kordon reach\` answers${STORED}.`,
    complexity: NETWORK_MODEL_COST,
  })
  async reach(
    @Parent() snapshot: Snapshot,
    @Args() args: ReachArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReachAnswer> {
    const question = parseReachQuestionArgs({
      from: args.from,
      to: args.to,
      port: args.port ?? undefined,
      protocol: args.protocol ?? undefined,
    });
    return toReachAnswerModel(await this.service.reach(principal, snapshot.id, question));
  }

  @ResolveField(() => DefaultDenyPolicy, {
    description: `The default-deny NetworkPolicy YAML for a namespace${STORED}.`,
    complexity: DB_FIELD_COST,
  })
  async defaultDenyPolicy(
    @Parent() snapshot: Snapshot,
    @Args('namespace') namespace: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DefaultDenyPolicy> {
    return this.service.defaultDeny(principal, snapshot.id, namespace);
  }
}
