import { Inject, Injectable } from '@nestjs/common';
import type { ApiConfig } from '@kordon/config';
import type { Role } from '@kordon/contracts';
import {
  AuditLogRepository,
  ClustersRepository,
  UsersRepository,
  type UserRecord,
} from '@kordon/db';
import { API_CONFIG } from '../../../infrastructure/tokens';
import { claimValues, parseRoleMap, roleFromClaims, type Claims } from './oidc-claims';
import { OidcFailure } from './oidc-failure';

/**
 * Turns a provider's claims into a Kordon user. Accounts are linked by (issuer, subject);
 * an email finds an existing user only on that identity's first sign-in, and only when
 * the provider says `email_verified: true`. Role and clusters follow the claims at every
 * sign-in; no mapped role claim, no access.
 */
@Injectable()
export class OidcAccountsService {
  private readonly roleMap: Map<string, Role>;

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly users: UsersRepository,
    private readonly clusters: ClustersRepository,
    private readonly audit: AuditLogRepository,
  ) {
    this.roleMap = parseRoleMap(config.KORDON_OIDC_ROLE_MAP ?? '');
  }

  async resolveUser(issuer: string, claims: Claims): Promise<UserRecord> {
    const subject = typeof claims['sub'] === 'string' ? claims['sub'] : '';
    const role = roleFromClaims(claims, this.config.KORDON_OIDC_ROLE_CLAIM, this.roleMap);
    if (!role)
      throw new OidcFailure(
        'no_role',
        `no value of the "${this.config.KORDON_OIDC_ROLE_CLAIM}" claim maps to a Kordon role`,
      );
    const claimed = await this.clustersFrom(claims);
    // an admin sees every cluster (docs/security.md), whatever the clusters claim names
    const clusters = role === 'admin' ? '*' : claimed;
    const linked = await this.users.findByIdentity(issuer, subject);
    const user = linked ?? (await this.firstSignIn(issuer, subject, claims, role, clusters));
    if (user.disabledAt) throw new OidcFailure('disabled', 'this account is disabled');
    const updated = await this.users.setRoleAndClusters(user.id, role, clusters);
    await this.recordChange(issuer, user, updated);
    return updated;
  }

  /** A role or cluster list changed by the claims is a `user.update` in the audit log. */
  private async recordChange(issuer: string, before: UserRecord, after: UserRecord) {
    const same = (a: UserRecord['clusters'], b: UserRecord['clusters']) =>
      JSON.stringify(a === '*' ? a : [...a].sort()) ===
      JSON.stringify(b === '*' ? b : [...b].sort());
    if (before.role === after.role && same(before.clusters, after.clusters)) return;
    await this.audit.record({
      actor: { id: `oidc:${issuer}`, label: 'single sign-on claims' },
      action: 'user.update',
      targetType: 'user',
      targetId: after.id,
      details: {
        email: after.email,
        before: { role: before.role, clusters: before.clusters },
        after: { role: after.role, clusters: after.clusters },
      },
    });
  }

  private async firstSignIn(
    issuer: string,
    subject: string,
    claims: Claims,
    role: Role,
    clusters: '*' | string[],
  ): Promise<UserRecord> {
    const email = typeof claims['email'] === 'string' ? claims['email'] : null;
    if (!email) throw new OidcFailure('no_email', 'the provider sent no email claim');
    const existing = await this.users.findByEmail(email);
    if (existing) {
      if (claims['email_verified'] !== true)
        throw new OidcFailure(
          'email_taken',
          `a Kordon user has the email ${email}, and the provider did not verify it`,
        );
      await this.users.linkIdentity(existing.id, issuer, subject);
      return existing;
    }
    const name = typeof claims['name'] === 'string' ? claims['name'] : null;
    const created = await this.users.createUser({ email, role, clusters, displayName: name });
    await this.users.linkIdentity(created.id, issuer, subject);
    return created;
  }

  /** Cluster names (or `*`) from the configured claim, as ids; unknown names are skipped. */
  private async clustersFrom(claims: Claims): Promise<'*' | string[]> {
    const claim = this.config.KORDON_OIDC_CLUSTERS_CLAIM;
    if (!claim) return '*';
    const names = claimValues(claims, claim);
    if (!names || names.length === 0)
      throw new OidcFailure('no_clusters', `the "${claim}" claim names no cluster`);
    if (names.includes('*')) return '*';
    const found = await Promise.all(names.map((name) => this.clusters.findByName(name)));
    return found.flatMap((cluster) => (cluster ? [cluster.id] : []));
  }
}
