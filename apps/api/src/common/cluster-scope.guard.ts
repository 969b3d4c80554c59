import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { KordonError } from '@kordon/contracts';
import { ClustersRepository, SnapshotsRepository } from '@kordon/db';
import { ROUTE_SPEC_KEY } from '../openapi/route.decorator';
import type { RouteSpec } from '../openapi/route-spec';
import { maySeeCluster, type Principal } from './principal';
import type { AuthenticatedRequest } from './request-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type ScopedRequest = AuthenticatedRequest & {
  params?: Record<string, string | undefined>;
  query?: Record<string, unknown>;
};

/**
 * REST routes about one cluster (`/clusters/{name}/…`) or one snapshot (`/snapshots/{id}/…`,
 * and `?against=`) answer `404 not_found` — exactly as for one that does not exist — when the
 * caller is restricted to other clusters. Uploads are left to the intake (ingest rules).
 * Runs after the AuthGuard, which set the principal.
 */
@Injectable()
export class ClusterScopeGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly clusters: ClustersRepository,
    private readonly snapshots: SnapshotsRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'http') return true;
    const spec = this.reflector.get<RouteSpec | undefined>(ROUTE_SPEC_KEY, context.getHandler());
    const req = context.switchToHttp().getRequest<ScopedRequest>();
    const principal = req.principal;
    if (!spec || !principal || principal.clusters === '*') return true;
    if (spec.path.startsWith('/api/v1/clusters/{name}') && spec.method !== 'post')
      await this.checkClusterName(principal, req.params?.['name']);
    if (spec.path.startsWith('/api/v1/snapshots/{id}')) {
      await this.checkSnapshot(principal, req.params?.['id'], 'params.id');
      const against = req.query?.['against'];
      if (typeof against === 'string')
        await this.checkSnapshot(principal, against, 'query.against');
    }
    return true;
  }

  private async checkClusterName(principal: Principal, name: string | undefined): Promise<void> {
    const cluster = name ? await this.clusters.findByName(name) : null;
    if (cluster && !maySeeCluster(principal, cluster.id))
      throw new KordonError('not_found', `no cluster named "${name ?? ''}"`, [
        { path: 'params.name', problem: 'unknown cluster' },
      ]);
  }

  private async checkSnapshot(principal: Principal, id: string | undefined, path: string) {
    const snapshot = id && UUID.test(id) ? await this.snapshots.findSnapshot(id) : null;
    if (snapshot && !maySeeCluster(principal, snapshot.clusterId))
      throw new KordonError('not_found', `no snapshot ${id ?? ''}`, [
        { path, problem: 'unknown snapshot' },
      ]);
  }
}
