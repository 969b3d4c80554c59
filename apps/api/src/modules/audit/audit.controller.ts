import { Controller, Query } from '@nestjs/common';
import type { AuditEventView, Page } from '@kordon/contracts';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal } from '../../common/request-context';
import { Route } from '../../openapi/route.decorator';
import { parseAuditQuery } from './dto/audit-events.args';
import { AUDIT_ROUTES } from './audit.routes';
import { AuditService } from './audit.service';

@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Route(AUDIT_ROUTES.list)
  async list(
    @CurrentPrincipal() caller: Principal,
    @Query() query: Record<string, unknown>,
  ): Promise<Page<AuditEventView>> {
    return this.audit.list(caller, parseAuditQuery(query));
  }
}
