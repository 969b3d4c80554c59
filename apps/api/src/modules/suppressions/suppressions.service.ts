import { Injectable } from '@nestjs/common';
import { KordonError, type Page, type SuppressionView } from '@kordon/contracts';
import { ClustersRepository, SuppressionsRepository } from '@kordon/db';
import { actorOf, visibleClusterIds } from '../../common/principal-access';
import { maySeeCluster, type Principal } from '../../common/principal';
import { parseSuppressionInput } from './dto/suppression.input';
import { toSuppressionView } from './suppressions.mapper';

export interface SuppressionListArgs {
  cluster?: string;
  repository?: string;
  includeExpired?: boolean;
  limit: number;
  cursor?: string;
}

const notFound = (what: string, path: string) =>
  new KordonError('not_found', `no ${what}`, [{ path, problem: 'not found' }]);

/** Suppressions within the caller's clusters: create, list, read, delete (each change audited). */
@Injectable()
export class SuppressionsService {
  constructor(
    private readonly clusters: ClustersRepository,
    private readonly suppressions: SuppressionsRepository,
  ) {}

  async create(caller: Principal, body: unknown, prefix = 'body'): Promise<SuppressionView> {
    const input = parseSuppressionInput(body, new Date(), prefix);
    let clusterId: string | null = null;
    if (input.cluster !== undefined) {
      clusterId = await this.visibleClusterId(caller, input.cluster, `${prefix}.cluster`);
    } else if (caller.clusters !== '*') {
      throw new KordonError(
        'forbidden',
        'a caller restricted to clusters may not suppress for a CI repository',
        [{ path: `${prefix}.repository`, problem: 'needs access to every cluster' }],
      );
    }
    const record = await this.suppressions.create(
      {
        checkId: input.check,
        clusterId,
        repository: input.repository ?? null,
        namespace: input.namespace ?? null,
        workload: input.workload ?? null,
        container: input.container ?? null,
        reason: input.reason,
        expiresAt: input.expiresAt,
      },
      actorOf(caller),
    );
    return toSuppressionView(record);
  }

  async list(caller: Principal, args: SuppressionListArgs): Promise<Page<SuppressionView>> {
    const clusterId =
      args.cluster === undefined
        ? undefined
        : await this.visibleClusterId(caller, args.cluster, 'query.cluster');
    const page = await this.suppressions.list({
      visibleClusterIds: visibleClusterIds(caller),
      ...(clusterId ? { clusterId } : {}),
      ...(args.repository ? { repository: args.repository } : {}),
      includeExpired: args.includeExpired ?? false,
      limit: args.limit,
      ...(args.cursor ? { cursor: args.cursor } : {}),
    });
    const now = new Date();
    return { items: page.items.map((s) => toSuppressionView(s, now)), nextCursor: page.nextCursor };
  }

  async get(caller: Principal, id: string): Promise<SuppressionView> {
    return toSuppressionView(await this.visible(caller, id));
  }

  async delete(caller: Principal, id: string): Promise<SuppressionView> {
    const existing = await this.visible(caller, id);
    if (existing.repository !== null && caller.clusters !== '*')
      throw new KordonError('forbidden', 'a caller restricted to clusters may not delete this', [
        { path: 'params.id', problem: 'repository suppression' },
      ]);
    if (!(await this.suppressions.delete(existing, actorOf(caller))))
      throw notFound('such suppression', 'params.id');
    return toSuppressionView(existing);
  }

  private async visible(caller: Principal, id: string) {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const found = uuid.test(id) ? await this.suppressions.findById(id) : null;
    const hidden = found?.clusterId && !maySeeCluster(caller, found.clusterId);
    if (!found || hidden) throw notFound('such suppression', 'params.id');
    return found;
  }

  private async visibleClusterId(caller: Principal, name: string, path: string): Promise<string> {
    const cluster = await this.clusters.findByName(name);
    if (!cluster || !maySeeCluster(caller, cluster.id))
      throw new KordonError('not_found', `no cluster named "${name}"`, [
        { path, problem: 'unknown cluster' },
      ]);
    return cluster.id;
  }
}
