import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { UserView, UserWithPassword as UserWithPasswordView } from '@kordon/contracts';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal } from '../../common/request-context';
import { AnyPrincipal, Scopes } from '../../common/scopes.decorator';
import { CreateUserInput } from './dto/create-user.input';
import { UpdateUserInput } from './dto/update-user.input';
import { User, UserWithPassword, Viewer } from './models/user.model';
import { UsersService } from './users.service';

function toUser(view: UserView): User {
  const { clusters, ...rest } = view;
  return { ...rest, allClusters: clusters === '*', clusterIds: clusters === '*' ? [] : clusters };
}

function toUserWithPassword(result: UserWithPasswordView): UserWithPassword {
  return {
    user: toUser(result.user),
    generatedPassword: result.generatedPassword,
    sessionsEnded: result.sessionsEnded ?? null,
  };
}

/** Users over GraphQL: the caller (`me`), and for admins the user list and changes. */
@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => Viewer, { description: 'Who is calling: role, scopes and clusters.' })
  @AnyPrincipal()
  async me(@CurrentPrincipal() caller: Principal): Promise<Viewer> {
    const user = caller.user ? await this.service.findView(caller.user.id) : null;
    return {
      kind: caller.kind,
      label: caller.label,
      user: user ? toUser(user) : null,
      scopes: caller.scopes,
      allClusters: caller.clusters === '*',
      clusterIds: caller.clusters === '*' ? [] : [...caller.clusters],
    };
  }

  @Query(() => [User], { description: 'Every user, by email (admin only).' })
  @Scopes('admin')
  async users(): Promise<User[]> {
    return (await this.service.list()).items.map(toUser);
  }

  @Mutation(() => UserWithPassword, { description: 'Create a user (admin only).' })
  @Scopes('admin')
  async createUser(
    @CurrentPrincipal() caller: Principal,
    @Args('input') input: CreateUserInput,
  ): Promise<UserWithPassword> {
    const body = {
      email: input.email,
      role: input.role,
      clusters: input.clusters ?? '*',
      ...(input.password ? { password: input.password } : {}),
      ...(input.displayName ? { displayName: input.displayName } : {}),
    };
    return toUserWithPassword(await this.service.create(caller, body));
  }

  @Mutation(() => User, {
    description:
      "Change a user's role or clusters, or disable or enable them (admin only; audited).",
  })
  @Scopes('admin')
  async updateUser(
    @CurrentPrincipal() caller: Principal,
    @Args('email') email: string,
    @Args('input') input: UpdateUserInput,
  ): Promise<User> {
    const clusters = input.clusters?.includes('*') ? '*' : input.clusters;
    const body = {
      ...(input.role != null ? { role: input.role } : {}),
      ...(clusters != null ? { clusters } : {}),
      ...(input.disabled != null ? { disabled: input.disabled } : {}),
    };
    return toUser(await this.service.update(caller, email, body));
  }

  @Mutation(() => UserWithPassword, {
    description:
      "Set a user's password (generated when omitted) and end their sessions (admin only).",
  })
  @Scopes('admin')
  async resetUserPassword(
    @CurrentPrincipal() caller: Principal,
    @Args('email') email: string,
    @Args('password', { type: () => String, nullable: true }) password: string | null,
  ): Promise<UserWithPassword> {
    const body = password ? { password } : {};
    return toUserWithPassword(await this.service.resetPassword(caller, email, body));
  }
}
