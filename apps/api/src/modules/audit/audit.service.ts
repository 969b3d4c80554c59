import { Injectable } from '@nestjs/common';
import type { AuditEventView, Page } from '@kordon/contracts';
import { AuditLogRepository, type AuditEventFilter, type AuditEventRecord } from '@kordon/db';
import { visibleClusterIds } from '../../common/principal-access';
import type { Principal } from '../../common/principal';

export function toAuditEventView(e: AuditEventRecord): AuditEventView {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actorId: e.actorId,
    actor: e.actor,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    details: e.details,
  };
}

/** Reads the audit log (admins); events about clusters outside the caller's are left out. */
@Injectable()
export class AuditService {
  constructor(private readonly log: AuditLogRepository) {}

  async list(
    caller: Principal,
    filter: Omit<AuditEventFilter, 'visibleClusterIds'>,
  ): Promise<Page<AuditEventView>> {
    const page = await this.log.list({ ...filter, visibleClusterIds: visibleClusterIds(caller) });
    return { items: page.items.map(toAuditEventView), nextCursor: page.nextCursor };
  }
}
