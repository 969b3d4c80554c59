import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DEFAULT_PAGE_LIMIT } from '@kordon/contracts';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal } from '../../common/request-context';
import { DB_FIELD_COST } from '../../graphql/connection-cost.estimator';
import { PageArgs } from '../snapshots/dto/page.args';
import { Snapshot } from '../snapshots/models/snapshot.model';
import { parseNamespacesViewArgs } from './dto/namespaces-view.args';
import { NamespacesView, toNamespacesViewModel } from './models/namespaces-view.model';
import { NamespacesService } from './namespaces.service';

/** A snapshot's namespaces in GraphQL, over the service the REST controller calls. */
@Resolver(() => Snapshot)
export class NamespacesResolver {
  constructor(private readonly namespaces: NamespacesService) {}

  @ResolveField(() => NamespacesView, {
    description:
      'A page of namespaces by name (`first` default 50; pass `nextCursor` as `after`): Pod Security labels, the highest level each could enforce and the `kubectl label` command (`reanalysis_required` for a snapshot analyzed before namespaces were stored). `namespaces` is their count.',
    complexity: DB_FIELD_COST,
  })
  async namespaceSecurity(
    @Parent() snapshot: Snapshot,
    @Args() page: PageArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<NamespacesView> {
    const args = parseNamespacesViewArgs({
      limit: page.first ?? DEFAULT_PAGE_LIMIT,
      cursor: page.after ?? undefined,
    });
    return toNamespacesViewModel(await this.namespaces.view(principal, snapshot.id, args));
  }
}
