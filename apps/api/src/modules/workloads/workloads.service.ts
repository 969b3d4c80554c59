import { Injectable } from '@nestjs/common';
import {
  KordonError,
  encodeCursor,
  type WorkloadDetailResponse,
  type WorkloadPageResponse,
  type WorkloadSummaryResponse,
} from '@kordon/contracts';
import { WorkloadTimelineRepository } from '@kordon/db';
import { workloadConnections } from '@kordon/engine';
import type { Principal } from '../../common/principal';
import { SnapshotReadModelService } from '../read-model/snapshot-read-model.service';
import type { SnapshotReadModel } from '../read-model/snapshot-read-model';
import type { SnapshotWorkloadsArgs } from './dto/snapshot-workloads.args';
import { levelChanges, toIssueEvent, toPeer } from './workloads.mapper';

/** How many peers and history events a workload page lists at most. */
export const WORKLOAD_LIST_CAP = 200;

/** A snapshot's workloads, from its stored read model. */
@Injectable()
export class WorkloadsService {
  constructor(
    private readonly readModel: SnapshotReadModelService,
    private readonly timeline: WorkloadTimelineRepository,
  ) {}

  async list(
    principal: Principal,
    snapshotId: string,
    args: SnapshotWorkloadsArgs,
  ): Promise<WorkloadPageResponse> {
    const rm = await this.readModel.load(snapshotId, principal);
    const items: WorkloadSummaryResponse[] = [];
    for (const ns of rm.manifest.namespaces) {
      if (args.namespace !== undefined && ns.name !== args.namespace) continue;
      for (const w of ns.workloads) {
        const id = `${ns.name}/${w.kind}/${w.name}`;
        if (args.after !== null && id <= args.after) continue;
        if (args.kind !== undefined && w.kind !== args.kind) continue;
        if (args.level !== undefined && w.level !== args.level) continue;
        if (args.exposed !== undefined && w.exposed !== args.exposed) continue;
        if (items.length === args.limit) {
          const last = items[items.length - 1] as WorkloadSummaryResponse;
          return { items, nextCursor: encodeCursor({ after: last.id }) };
        }
        items.push({
          id,
          namespace: ns.name,
          kind: w.kind,
          name: w.name,
          level: w.level,
          exposed: w.exposed,
        });
      }
    }
    return { items, nextCursor: null };
  }

  async detail(
    principal: Principal,
    snapshotId: string,
    ref: { namespace: string; kind: string; name: string },
  ): Promise<WorkloadDetailResponse> {
    const rm = await this.readModel.load(snapshotId, principal);
    const id = `${ref.namespace}/${ref.kind}/${ref.name}`;
    return this.readModel.memo(rm, `workload:${id}`, () => this.compute(rm, snapshotId, id, ref));
  }

  private async compute(
    rm: SnapshotReadModel,
    snapshotId: string,
    id: string,
    ref: { namespace: string; kind: string; name: string },
  ): Promise<WorkloadDetailResponse> {
    const ns = await this.readModel.namespace(rm, ref.namespace);
    const w = ns?.workloads.find((x) => x.id === id);
    if (!w)
      throw new KordonError('not_found', `snapshot ${snapshotId} has no workload ${id}`, [
        { path: 'params', problem: 'unknown workload' },
      ]);
    const model = await this.readModel.networkModel(rm);
    const out = workloadConnections(model, id, 'outbound', WORKLOAD_LIST_CAP);
    const into = workloadConnections(model, id, 'inbound', WORKLOAD_LIST_CAP);
    const at = rm.snapshot.collectedAt;
    const [spans, issues] = await Promise.all([
      this.timeline.levelSpans(rm.snapshot.clusterId, id, at),
      this.timeline.issueSpans(rm.snapshot.clusterId, ref, at, WORKLOAD_LIST_CAP),
    ]);
    const { isolation } = w;
    return {
      snapshotId,
      id,
      namespace: w.namespace,
      kind: w.kind,
      name: w.name,
      desiredReplicas: w.desiredReplicas,
      observedPods: w.observedPods,
      level: w.level,
      pssVersion: rm.manifest.pssVersion,
      pss: w.pss,
      containers: w.containers as WorkloadDetailResponse['containers'],
      pod: w.pod as WorkloadDetailResponse['pod'],
      isolation: isolation && {
        hostNetwork: isolation.hostNetwork,
        ingressIsolated: isolation.ingressIsolated,
        egressIsolated: isolation.egressIsolated,
        ingressPolicies: isolation.ingressPolicies,
        egressPolicies: isolation.egressPolicies,
      },
      exposures: w.exposures,
      reach: {
        canReach: out.connections.map((c) => toPeer(c, 'to')),
        reachableFrom: into.connections.map((c) => toPeer(c, 'from')),
        complete: out.complete && into.complete,
      },
      history: {
        levelChanges: levelChanges(spans).filter((c) => Date.parse(c.at) <= at.getTime()),
        issues: issues.map((s) => {
          const e = toIssueEvent(s);
          return s.closedAt && s.closedAt > at
            ? { ...e, resolvedAt: null, resolvedSnapshotId: null, resolvedReason: null }
            : e;
        }),
      },
    };
  }
}
