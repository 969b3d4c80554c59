import { Controller } from '@nestjs/common';
import type { CheckCatalogResponse } from '@kordon/contracts';
import { CATALOG_VERSION, CHECK_CATALOG, ENGINE_VERSION } from '@kordon/engine';
import { Route } from '../../openapi/route.decorator';
import { toCheckView } from './checks.mapper';
import { CHECK_ROUTES } from './checks.routes';

/** The engine's check catalog, as the dashboard and tools read it. */
@Controller()
export class ChecksController {
  @Route(CHECK_ROUTES.list)
  list(): CheckCatalogResponse {
    return {
      catalogVersion: CATALOG_VERSION,
      engineVersion: ENGINE_VERSION,
      items: CHECK_CATALOG.map(toCheckView),
    };
  }
}
