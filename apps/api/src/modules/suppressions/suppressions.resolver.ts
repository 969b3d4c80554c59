import { pageCursors } from '@kordon/db';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal } from '../../common/request-context';
import { Scopes } from '../../common/scopes.decorator';
import { toConnection } from '../../graphql/connection';
import { CreateSuppressionInput } from './dto/suppression.input';
import { SuppressionsArgs, parseSuppressionListQuery } from './dto/suppression-list.args';
import { Suppression, SuppressionConnection } from './models/suppression.model';
import { SuppressionsService } from './suppressions.service';

@Resolver(() => Suppression)
export class SuppressionsResolver {
  constructor(private readonly suppressions: SuppressionsService) {}

  @Query(() => SuppressionConnection, {
    name: 'suppressions',
    description: 'Suppressions in force (or all with includeExpired), newest first.',
  })
  @Scopes('read')
  async suppressions_(
    @CurrentPrincipal() caller: Principal,
    @Args() args: SuppressionsArgs,
  ): Promise<SuppressionConnection> {
    const query = parseSuppressionListQuery({
      limit: args.first,
      cursor: args.after,
      cluster: args.cluster,
      repository: args.repository,
      includeExpired: args.includeExpired === undefined ? undefined : String(args.includeExpired),
    });
    return toConnection(
      await this.suppressions.list(caller, query),
      (s) => s,
      pageCursors.suppression,
    );
  }

  @Query(() => Suppression, { description: 'One suppression by id.' })
  @Scopes('read')
  async suppression(
    @CurrentPrincipal() caller: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Suppression> {
    return this.suppressions.get(caller, id);
  }

  @Mutation(() => Suppression, { description: 'Suppress a check (needs the suppress scope).' })
  @Scopes('suppress')
  async createSuppression(
    @CurrentPrincipal() caller: Principal,
    @Args('input') input: CreateSuppressionInput,
  ): Promise<Suppression> {
    return this.suppressions.create(caller, { ...input }, 'input');
  }

  @Mutation(() => Boolean, { description: 'Delete a suppression (needs the suppress scope).' })
  @Scopes('suppress')
  async deleteSuppression(
    @CurrentPrincipal() caller: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    await this.suppressions.delete(caller, id);
    return true;
  }
}
