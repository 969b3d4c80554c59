import { Controller } from '@nestjs/common';
import type { CheckCatalogResponse } from '@kordon/contracts';
import { Route } from '../../openapi/route.decorator';
import { CHECK_ROUTES } from './checks.routes';
import { ChecksService } from './checks.service';

/** The engine's check catalog, as the dashboard and tools read it. */
@Controller()
export class ChecksController {
  constructor(private readonly checks: ChecksService) {}

  @Route(CHECK_ROUTES.list)
  list(): CheckCatalogResponse {
    return this.checks.catalog();
  }
}
