import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal } from '../../common/request-context';
import { DB_FIELD_COST } from '../../graphql/connection-cost.estimator';
import { Snapshot } from '../snapshots/models/snapshot.model';
import { NamespacesView, toNamespacesViewModel } from './models/namespaces-view.model';
import { NamespacesService } from './namespaces.service';

/** A snapshot's namespaces in GraphQL, over the service the REST controller calls. */
@Resolver(() => Snapshot)
export class NamespacesResolver {
  constructor(private readonly namespaces: NamespacesService) {}

  @ResolveField(() => NamespacesView, {
    description:
      'Each namespace: Pod Security labels, the highest level it could enforce and the `kubectl label` command (`reanalysis_required` for a snapshot analyzed before namespaces were stored). `namespaces` is their count.',
    complexity: DB_FIELD_COST,
  })
  async namespaceSecurity(
    @Parent() snapshot: Snapshot,
    @CurrentPrincipal() principal: Principal,
  ): Promise<NamespacesView> {
    return toNamespacesViewModel(await this.namespaces.view(principal, snapshot.id));
  }
}
