import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  KordonError,
  createUserInputSchema,
  resetPasswordInputSchema,
  updateUserInputSchema,
  type Role,
  type UserView,
  type UserWithPassword,
} from '@kordon/contracts';
import {
  AuditLogRepository,
  ClustersRepository,
  SessionsRepository,
  UsersRepository,
  type UserRecord,
} from '@kordon/db';
import { actorOf } from '../../common/principal-access';
import type { Principal } from '../../common/principal';
import { parseInput } from '../../common/parse-input';
import { toUserView } from './users.mapper';

function generatedPassword(): string {
  return randomBytes(15).toString('base64url');
}

/** Admins see every cluster: an admin restricted to some could grant itself the rest. */
function checkAdminSeesAll(role: Role, clusters: '*' | string[], path: string): void {
  if (role === 'admin' && clusters !== '*')
    throw new KordonError('validation_failed', 'an admin sees every cluster', [
      { path, problem: 'give "*" for an admin, or another role' },
    ]);
}

/** Creating, changing, disabling users and resetting passwords (admins); all audited. */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly clusters: ClustersRepository,
    private readonly audit: AuditLogRepository,
  ) {}

  async findView(id: string): Promise<UserView | null> {
    const user = await this.users.findById(id);
    return user ? toUserView(user) : null;
  }

  async list(): Promise<{ items: UserView[] }> {
    return { items: (await this.users.listUsers()).map(toUserView) };
  }

  async create(caller: Principal, body: unknown): Promise<UserWithPassword> {
    const input = parseInput(createUserInputSchema, body, 'body', 'invalid user');
    if (await this.users.findByEmail(input.email))
      throw new KordonError('conflict', `a user with the email ${input.email} exists`, [
        { path: 'body.email', problem: 'already taken' },
      ]);
    checkAdminSeesAll(input.role, input.clusters, 'body.clusters');
    const clusters = input.clusters === '*' ? '*' : await this.clusterIds(input.clusters);
    const password = input.password ?? generatedPassword();
    const user = await this.users.createUser({
      email: input.email,
      role: input.role,
      password,
      clusters,
      displayName: input.displayName ?? null,
    });
    await this.audit.record({
      actor: actorOf(caller),
      action: 'user.create',
      targetType: 'user',
      targetId: user.id,
      details: { email: user.email, role: user.role, clusters: user.clusters },
    });
    return { user: toUserView(user), generatedPassword: input.password ? null : password };
  }

  /**
   * A new role or clusters (in force at the user's next request: sessions read the user each
   * time), or disabled (sessions ended; sign-in and the user's tokens refused) / enabled again.
   * The last enabled admin is neither demoted nor disabled.
   */
  async update(caller: Principal, email: string, body: unknown): Promise<UserView> {
    const input = parseInput(updateUserInputSchema, body, 'body', 'invalid user change');
    let user = await this.findByEmail(email);
    const role = input.role ?? user.role;
    const names = input.clusters;
    const changesAccess = input.role !== undefined || names !== undefined;
    if (changesAccess) checkAdminSeesAll(role, names ?? user.clusters, 'body.clusters');
    const clusters =
      names === undefined || names === '*'
        ? (names ?? user.clusters)
        : await this.clusterIds(names);
    await this.keepAnAdmin(user, role, input.disabled === true);
    if (changesAccess) {
      const before = { role: user.role, clusters: user.clusters };
      user = await this.users.setRoleAndClusters(user.id, role, clusters);
      await this.record(caller, 'user.update', user, { before, after: { role, clusters } });
    }
    if (input.disabled !== undefined && input.disabled !== (user.disabledAt !== null)) {
      const now = new Date();
      user = await this.users.setDisabled(user.id, input.disabled ? now : null);
      const sessionsEnded = input.disabled
        ? await this.sessions.revokeUserSessions(user.id, now)
        : 0;
      const action = input.disabled ? 'user.disable' : 'user.enable';
      await this.record(caller, action, user, input.disabled ? { sessionsEnded } : {});
    }
    return toUserView(user);
  }

  async resetPassword(caller: Principal, email: string, body: unknown): Promise<UserWithPassword> {
    const input = parseInput(resetPasswordInputSchema, body, 'body', 'invalid password');
    const user = await this.findByEmail(email);
    const password = input.password ?? generatedPassword();
    await this.users.setPassword(user.id, password);
    const sessionsEnded = await this.sessions.revokeUserSessions(user.id, new Date());
    await this.audit.record({
      actor: actorOf(caller),
      action: 'user.password_reset',
      targetType: 'user',
      targetId: user.id,
      details: { email: user.email, sessionsEnded },
    });
    const updated = (await this.users.findById(user.id)) ?? user;
    return {
      user: toUserView(updated),
      generatedPassword: input.password ? null : password,
      sessionsEnded,
    };
  }

  /** Refuses to demote or disable the last enabled admin. */
  private async keepAnAdmin(user: UserRecord, role: Role, disabling: boolean): Promise<void> {
    const losesAdmin = role !== 'admin' || disabling;
    if (user.role !== 'admin' || user.disabledAt || !losesAdmin) return;
    if ((await this.users.countAdmins()) > 1) return;
    throw new KordonError('conflict', 'this is the last enabled admin', [
      {
        path: role !== 'admin' ? 'body.role' : 'body.disabled',
        problem: 'make another admin first',
      },
    ]);
  }

  private async findByEmail(email: string): Promise<UserRecord> {
    const user = await this.users.findByEmail(email);
    if (!user)
      throw new KordonError('not_found', `no user has the email ${email}`, [
        { path: 'params.email', problem: 'unknown user' },
      ]);
    return user;
  }

  private async record(
    caller: Principal,
    action: string,
    user: UserRecord,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record({
      actor: actorOf(caller),
      action,
      targetType: 'user',
      targetId: user.id,
      details: { email: user.email, ...details },
    });
  }

  private async clusterIds(names: string[]): Promise<string[]> {
    const found = await Promise.all(names.map((name) => this.clusters.findByName(name)));
    return found.map((cluster, i) => {
      if (!cluster)
        throw new KordonError('not_found', `no cluster is named "${names[i]}"`, [
          { path: `body.clusters[${i}]`, problem: 'unknown cluster' },
        ]);
      return cluster.id;
    });
  }
}
