import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  KordonError,
  createUserInputSchema,
  resetPasswordInputSchema,
  type UserView,
  type UserWithPassword,
} from '@kordon/contracts';
import {
  AuditLogRepository,
  ClustersRepository,
  SessionsRepository,
  UsersRepository,
} from '@kordon/db';
import { actorOf } from '../../common/principal-access';
import type { Principal } from '../../common/principal';
import { parseInput } from '../../common/parse-input';
import { toUserView } from './users.mapper';

function generatedPassword(): string {
  return randomBytes(15).toString('base64url');
}

/** Creating users and resetting passwords (admins); every change goes to the audit log. */
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

  async resetPassword(caller: Principal, email: string, body: unknown): Promise<UserWithPassword> {
    const input = parseInput(resetPasswordInputSchema, body, 'body', 'invalid password');
    const user = await this.users.findByEmail(email);
    if (!user)
      throw new KordonError('not_found', `no user has the email ${email}`, [
        { path: 'params.email', problem: 'unknown user' },
      ]);
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
