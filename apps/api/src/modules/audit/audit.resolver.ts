import { pageCursors } from '@kordon/db';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal } from '../../common/request-context';
import { Scopes } from '../../common/scopes.decorator';
import { toConnection } from '../../graphql/connection';
import { AuditEventsArgs, parseAuditQuery } from './dto/audit-events.args';
import { AuditEvent, AuditEventConnection } from './models/audit-event.model';
import { AuditService } from './audit.service';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventConnection, {
    description: 'The audit log, newest first (admin only).',
  })
  @Scopes('admin')
  async auditEvents(
    @CurrentPrincipal() caller: Principal,
    @Args() args: AuditEventsArgs,
  ): Promise<AuditEventConnection> {
    const { first, after, ...rest } = args;
    const page = await this.audit.list(
      caller,
      parseAuditQuery({ ...rest, limit: first, cursor: after }),
    );
    return toConnection(
      page,
      (e) => ({ ...e, details: JSON.stringify(e.details) }),
      pageCursors.auditEvent,
    );
  }
}
