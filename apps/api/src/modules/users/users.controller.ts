import { Body, Controller, Param } from '@nestjs/common';
import type { UserView, UserWithPassword } from '@kordon/contracts';
import type { Principal } from '../../common/principal';
import { CurrentPrincipal } from '../../common/request-context';
import { Route } from '../../openapi/route.decorator';
import { USER_ROUTES } from './users.routes';
import { UsersService } from './users.service';

@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Route(USER_ROUTES.list)
  async list(): Promise<{ items: UserView[] }> {
    return this.users.list();
  }

  @Route(USER_ROUTES.create)
  async create(
    @CurrentPrincipal() caller: Principal,
    @Body() body: unknown,
  ): Promise<UserWithPassword> {
    return this.users.create(caller, body);
  }

  @Route(USER_ROUTES.update)
  async update(
    @CurrentPrincipal() caller: Principal,
    @Param('email') email: string,
    @Body() body: unknown,
  ): Promise<UserView> {
    return this.users.update(caller, email, body);
  }

  @Route(USER_ROUTES.resetPassword)
  async resetPassword(
    @CurrentPrincipal() caller: Principal,
    @Param('email') email: string,
    @Body() body: unknown,
  ): Promise<UserWithPassword> {
    return this.users.resetPassword(caller, email, body);
  }
}
