import { Injectable } from '@nestjs/common';
import {
  encodeCursor,
  type NamespacePodSecurityResponse,
  type NamespacesViewResponse,
} from '@kordon/contracts';
import { formatPssVersion, type NamespaceModePolicy } from '@kordon/engine';
import type { Principal } from '../../common/principal';
import { SnapshotReadModelService } from '../read-model/snapshot-read-model.service';
import type { SnapshotReadModel } from '../read-model/snapshot-read-model';
import { NAMESPACES_VIEW_DEFAULT_LIMIT, type NamespacesViewArgs } from './dto/namespaces-view.args';
import { kubectlLabelCommand } from './kubectl-label-command';

const mode = (m: NamespaceModePolicy) => ({
  level: m.level,
  version: formatPssVersion(m.version),
  source: m.source,
});

/** A snapshot's namespaces: Pod Security labels against the highest level each could enforce. */
@Injectable()
export class NamespacesService {
  constructor(private readonly readModel: SnapshotReadModelService) {}

  /** One page of the snapshot's namespaces by name (all of them are computed once per snapshot). */
  async view(
    principal: Principal,
    snapshotId: string,
    args: NamespacesViewArgs = { limit: NAMESPACES_VIEW_DEFAULT_LIMIT, after: null },
  ): Promise<NamespacesViewResponse> {
    const rm = await this.readModel.load(snapshotId, principal);
    const all = await this.readModel.memo(rm, 'namespaces', () => this.compute(rm));
    const after = args.after;
    const start = after === null ? 0 : all.findIndex((n) => n.name > after);
    const from = start < 0 ? all.length : start;
    const items = all.slice(from, from + args.limit);
    const last = items[items.length - 1];
    return {
      snapshotId,
      pssVersion: rm.manifest.pssVersion,
      items,
      total: all.length,
      nextCursor:
        from + args.limit < all.length && last ? encodeCursor({ after: last.name }) : null,
    };
  }

  private async compute(rm: SnapshotReadModel): Promise<NamespacePodSecurityResponse[]> {
    const s = await this.readModel.namespacesSummary(rm);
    return [...s.namespaces]
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map(({ name, workloads, podSecurity: p }) => ({
        name,
        workloads,
        labels: p.labels,
        modes: {
          enforce: mode(p.modes.enforce),
          audit: mode(p.modes.audit),
          warn: mode(p.modes.warn),
        },
        recommendedEnforce: p.recommendedEnforce,
        workloadsRejectedByEnforce: p.workloadsRejectedByEnforce,
        command: kubectlLabelCommand(name, p.recommendedEnforce, rm.manifest.pssVersion),
        notes: p.notes,
      }));
  }
}
