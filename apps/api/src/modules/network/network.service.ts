import { Injectable } from '@nestjs/common';
import {
  KordonError,
  type DefaultDenyResponse,
  type MatrixCellResponse,
  type NetworkViewResponse,
  type ReachAnswerResponse,
} from '@kordon/contracts';
import {
  defaultDenyPolicyYaml,
  explainConnection,
  matrixReach,
  namespaceCellConnections,
} from '@kordon/engine';
import type { Principal } from '../../common/principal';
import { SnapshotReadModelService } from '../read-model/snapshot-read-model.service';
import type { SnapshotReadModel } from '../read-model/snapshot-read-model';
import { NETWORK_VIEW_DEFAULT_LIMIT, type NetworkViewArgs } from './dto/network-view.args';
import type { ReachQuestionArgs } from './dto/reach-question.args';
import { resolveWorkloadRef } from './resolve-workload-ref';

/** Pairs a matrix cell lists at most. */
export const MATRIX_CELL_CAP = 500;

/** A snapshot's network, from its stored read model and the engine's explain functions. */
@Injectable()
export class NetworkService {
  constructor(private readonly readModel: SnapshotReadModelService) {}

  /** The network view, each list capped at `limit` (the whole view is computed once per snapshot). */
  async view(
    principal: Principal,
    snapshotId: string,
    args: NetworkViewArgs = { limit: NETWORK_VIEW_DEFAULT_LIMIT },
  ): Promise<NetworkViewResponse> {
    const rm = await this.readModel.load(snapshotId, principal);
    const whole = await this.readModel.memo(rm, 'network', () => this.computeView(rm, snapshotId));
    const cap = <T>(list: T[]) => (list.length > args.limit ? list.slice(0, args.limit) : list);
    return {
      ...whole,
      isolation: cap(whole.isolation),
      exposures: cap(whole.exposures),
      danglingBackends: cap(whole.danglingBackends),
      attackPaths: cap(whole.attackPaths),
    };
  }

  private async computeView(
    rm: SnapshotReadModel,
    snapshotId: string,
  ): Promise<NetworkViewResponse> {
    const [s, matrix, ns] = await Promise.all([
      this.readModel.summary(rm),
      this.readModel.matrix(rm),
      this.readModel.namespacesSummary(rm),
    ]);
    const { verdict, plugins, evidence } = s.cni;
    return {
      snapshotId,
      cni: { verdict, plugins, evidence },
      isolation: ns.isolation,
      matrix,
      exposures: s.exposures,
      danglingBackends: s.danglingBackends,
      attackPaths: s.attackPaths,
      totals: {
        isolation: ns.isolation.length,
        exposures: s.exposures.length,
        danglingBackends: s.danglingBackends.length,
        attackPaths: s.attackPaths.length,
      },
    };
  }

  async cell(
    principal: Principal,
    snapshotId: string,
    from: string,
    to: string,
  ): Promise<MatrixCellResponse> {
    const rm = await this.readModel.load(snapshotId, principal);
    return this.readModel.memo(rm, `cell:${from}\u0000${to}`, () =>
      this.computeCell(rm, snapshotId, from, to),
    );
  }

  private async computeCell(
    rm: SnapshotReadModel,
    snapshotId: string,
    from: string,
    to: string,
  ): Promise<MatrixCellResponse> {
    const matrix = await this.readModel.matrix(rm);
    for (const [field, ns] of [
      ['from', from],
      ['to', to],
    ] as const)
      if (!matrix.namespaces.includes(ns))
        throw new KordonError('not_found', `no namespace with workloads named ${ns}`, [
          { path: `params.${field}`, problem: 'unknown namespace or one without workloads' },
        ]);
    const model = await this.readModel.networkModel(rm);
    const found = namespaceCellConnections(model, from, to, MATRIX_CELL_CAP);
    return {
      snapshotId,
      from,
      to,
      reach: matrixReach(matrix, from, to),
      pairs: found.connections,
      complete: found.complete,
    };
  }

  async reach(
    principal: Principal,
    snapshotId: string,
    q: ReachQuestionArgs,
  ): Promise<ReachAnswerResponse> {
    const rm = await this.readModel.load(snapshotId, principal);
    const model = await this.readModel.networkModel(rm);
    const from = resolveWorkloadRef(q.from, model.workloads, 'from');
    const to = resolveWorkloadRef(q.to, model.workloads, 'to');
    const query = {
      ...(q.port !== undefined ? { port: q.port } : {}),
      ...(q.protocol !== undefined ? { protocol: q.protocol } : {}),
    };
    const e = explainConnection(model, from, to, query);
    return {
      snapshotId,
      from: e.from,
      to: e.to,
      port: e.port,
      protocol: e.protocol,
      allowed: e.allowed,
      ports: e.ports,
      egress: e.egress,
      ingress: e.ingress,
    };
  }

  async defaultDeny(
    principal: Principal,
    snapshotId: string,
    namespace: string,
  ): Promise<DefaultDenyResponse> {
    const rm = await this.readModel.load(snapshotId, principal);
    const s = await this.readModel.namespacesSummary(rm);
    const known = s.namespaces.some((n) => n.name === namespace);
    const iso = s.isolation.find((n) => n.namespace === namespace);
    if (!known && !iso)
      throw new KordonError('not_found', `snapshot ${snapshotId} has no namespace ${namespace}`, [
        { path: 'params.namespace', problem: 'unknown namespace' },
      ]);
    const ingress = iso?.defaultDenyIngress ?? false;
    const egress = iso?.defaultDenyEgress ?? false;
    return {
      namespace,
      defaultDenyIngress: ingress,
      defaultDenyEgress: egress,
      yaml: ingress && egress ? null : defaultDenyPolicyYaml(namespace),
    };
  }
}
