import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { pageCursors } from '@kordon/db';
import { parsePageQuery } from '../../common/page-query';
import { Scopes } from '../../common/scopes.decorator';
import { DB_FIELD_COST } from '../../graphql/connection-cost.estimator';
import { toConnection } from '../../graphql/connection';
import { PageArgs } from '../snapshots/dto/page.args';
import { ScansArgs } from './dto/scans.args';
import { ScanFindingConnection } from './models/scan-finding.model';
import { Scan, ScanConnection } from './models/scan.model';
import { ScansService } from './scans.service';

@Resolver(() => Scan)
export class ScansResolver {
  constructor(private readonly service: ScansService) {}

  @Query(() => ScanConnection, {
    description: 'CI scans, newest first, by repository and branch.',
    complexity: DB_FIELD_COST,
  })
  @Scopes('read', 'scan')
  async scans(@Args() args: ScansArgs): Promise<ScanConnection> {
    const page = parsePageQuery({ limit: args.first, cursor: args.after });
    const filter = { repository: args.repository, branch: args.branch, tool: args.tool };
    return toConnection(
      await this.service.list(filter, page.limit, page.cursor),
      (s) => s,
      pageCursors.scan,
    );
  }

  @Query(() => Scan, { description: 'One CI scan by id.', complexity: DB_FIELD_COST })
  @Scopes('read', 'scan')
  async scan(@Args('id', { type: () => ID }) id: string): Promise<Scan> {
    return this.service.get(id);
  }

  @ResolveField(() => ScanFindingConnection, {
    description: 'Its findings, most severe first.',
    complexity: DB_FIELD_COST,
  })
  async findings(@Parent() scan: Scan, @Args() args: PageArgs): Promise<ScanFindingConnection> {
    const page = parsePageQuery({ limit: args.first, cursor: args.after });
    return toConnection(
      await this.service.findings(scan.id, page.limit, page.cursor),
      (f) => f,
      pageCursors.scanFinding,
    );
  }
}
