import { Inject, Injectable } from '@nestjs/common';
import {
  KordonError,
  grantsAny,
  suppressionExpiry,
  tokenInputSchema,
  zodIssuesToDetails,
  type ApiTokenResponse,
  type CreatedApiTokenResponse,
  type Page,
} from '@kordon/contracts';
import {
  ClustersRepository,
  TokensRepository,
  type ApiTokenRecord,
  type Database,
} from '@kordon/db';
import type { Principal } from '../../common/principal';
import { actorOf } from '../../common/principal-access';
import { DATABASE } from '../../infrastructure/tokens';
import { decodeTokenCursor, encodeTokenCursor } from './token-cursor';

const notFound = () =>
  new KordonError('not_found', 'no such token', [{ path: 'params.id', problem: 'not found' }]);

/** API tokens: created within the creator's scopes and clusters, listed, revoked; all audited. */
@Injectable()
export class TokensService {
  constructor(
    private readonly tokens: TokensRepository,
    private readonly clusters: ClustersRepository,
    @Inject(DATABASE) private readonly db: Database,
  ) {}

  async create(
    caller: Principal,
    body: unknown,
    prefix = 'body',
  ): Promise<CreatedApiTokenResponse> {
    const parsed = tokenInputSchema.safeParse(body);
    if (!parsed.success)
      throw new KordonError(
        'validation_failed',
        'invalid token',
        zodIssuesToDetails(parsed.error, prefix),
      );
    const input = parsed.data;
    const denied = input.scopes.filter((s) => !grantsAny(caller.scopes, [s]));
    if (denied.length > 0)
      throw new KordonError('forbidden', 'a token may not exceed its creator’s scopes', [
        { path: `${prefix}.scopes`, problem: `not yours to grant: ${denied.join(', ')}` },
      ]);
    if (input.scopes.includes('ingest') && input.clusters === undefined)
      throw new KordonError('validation_failed', 'ingest tokens name their clusters', [
        { path: `${prefix}.clusters`, problem: 'name the clusters, or "*" for every cluster' },
      ]);
    const clusters = await this.resolveClusters(caller, input.clusters, `${prefix}.clusters`);
    if (input.scopes.includes('admin') && clusters !== '*')
      throw new KordonError('validation_failed', 'an admin token sees every cluster', [
        { path: `${prefix}.clusters`, problem: 'give "*" (or no clusters) for an admin token' },
      ]);
    const expiresAt = input.expires
      ? suppressionExpiry({ check: '-', reason: '-', expires: input.expires })
      : null;
    if (expiresAt && expiresAt.getTime() <= Date.now())
      throw new KordonError('validation_failed', 'the expiry must lie in the future', [
        { path: `${prefix}.expires`, problem: 'already past' },
      ]);
    const { token, record } = await this.tokens.issueToken(
      { name: input.name, scopes: input.scopes, clusters, expiresAt },
      actorOf(caller),
    );
    return { token, apiToken: await this.view(record) };
  }

  /** Admins list every token; anyone else the tokens they created. */
  async list(
    caller: Principal,
    args: { limit: number; cursor?: string; includeRevoked?: boolean },
  ): Promise<Page<ApiTokenResponse>> {
    const rows = await this.tokens.list({
      ...(caller.scopes.includes('admin') ? {} : { createdBy: caller.auditId }),
      includeRevoked: args.includeRevoked ?? false,
      limit: args.limit + 1,
      ...(args.cursor ? { afterId: decodeTokenCursor(args.cursor) } : {}),
    });
    const page = rows.slice(0, args.limit);
    const names = await this.clusters.namesByIds(page.flatMap((t) => t.clusters));
    const last = page[page.length - 1];
    return {
      items: page.map((t) => this.viewWith(t, names)),
      nextCursor: rows.length > args.limit && last ? encodeTokenCursor(last) : null,
    };
  }

  async revoke(caller: Principal, id: string): Promise<ApiTokenResponse> {
    const token = await this.owned(caller, id);
    await this.tokens.revoke(token.id, actorOf(caller));
    return this.view((await this.tokens.findById(token.id)) as ApiTokenRecord);
  }

  private async owned(caller: Principal, id: string): Promise<ApiTokenRecord> {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const token = uuid.test(id) ? await this.tokens.findById(id) : null;
    if (!token || (!caller.scopes.includes('admin') && token.createdBy !== caller.auditId))
      throw notFound();
    return token;
  }

  /** Names → ids within the creator's clusters; `*` only for a creator who sees every cluster. */
  private async resolveClusters(
    caller: Principal,
    names: string[] | undefined,
    path: string,
  ): Promise<'*' | string[]> {
    if (names === undefined) return caller.clusters === '*' ? '*' : [...caller.clusters];
    if (names.includes('*')) {
      if (caller.clusters !== '*')
        throw new KordonError('forbidden', 'a token may not exceed its creator’s clusters', [
          { path, problem: '"*" needs access to every cluster' },
        ]);
      return '*';
    }
    const ids: string[] = [];
    for (const [i, name] of names.entries()) {
      const existing = await this.clusters.findByName(name);
      if (caller.clusters !== '*' && (!existing || !caller.clusters.includes(existing.id)))
        throw new KordonError('not_found', `no cluster named "${name}"`, [
          { path: `${path}[${i}]`, problem: 'unknown cluster' },
        ]);
      // an unrestricted creator may name a cluster before its first upload
      ids.push(existing?.id ?? (await this.clusters.ensureCluster(this.db, name)));
    }
    return [...new Set(ids)];
  }

  private async view(t: ApiTokenRecord): Promise<ApiTokenResponse> {
    return this.viewWith(t, await this.clusters.namesByIds(t.clusters));
  }

  private viewWith(t: ApiTokenRecord, names: Map<string, string>): ApiTokenResponse {
    return {
      id: t.id,
      name: t.name,
      prefix: t.prefix,
      scopes: t.scopes,
      clusters: t.clusters.map((c) => (c === '*' ? '*' : (names.get(c) ?? c))),
      createdAt: t.createdAt.toISOString(),
      expiresAt: t.expiresAt?.toISOString() ?? null,
      lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
      revokedAt: t.revokedAt?.toISOString() ?? null,
    };
  }
}
