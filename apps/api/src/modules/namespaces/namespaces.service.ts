import { Injectable } from '@nestjs/common';
import type { NamespacesViewResponse } from '@kordon/contracts';
import { formatPssVersion, type NamespaceModePolicy } from '@kordon/engine';
import type { Principal } from '../../common/principal';
import { SnapshotReadModelService } from '../read-model/snapshot-read-model.service';
import type { SnapshotReadModel } from '../read-model/snapshot-read-model';
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

  async view(principal: Principal, snapshotId: string): Promise<NamespacesViewResponse> {
    const rm = await this.readModel.load(snapshotId, principal);
    return this.readModel.memo(rm, 'namespaces', () => this.compute(rm, snapshotId));
  }

  private async compute(
    rm: SnapshotReadModel,
    snapshotId: string,
  ): Promise<NamespacesViewResponse> {
    const s = await this.readModel.namespacesSummary(rm);
    return {
      snapshotId,
      pssVersion: rm.manifest.pssVersion,
      items: s.namespaces.map(({ name, workloads, podSecurity: p }) => ({
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
      })),
    };
  }
}
