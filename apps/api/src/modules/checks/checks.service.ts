import { Injectable } from '@nestjs/common';
import type { CheckCatalogResponse } from '@kordon/contracts';
import { CATALOG_VERSION, CHECK_CATALOG, ENGINE_VERSION } from '@kordon/engine';
import { toCheckView } from './checks.mapper';

/** The engine's check catalog, as REST and GraphQL answer it. */
@Injectable()
export class ChecksService {
  catalog(): CheckCatalogResponse {
    return {
      catalogVersion: CATALOG_VERSION,
      engineVersion: ENGINE_VERSION,
      items: CHECK_CATALOG.map(toCheckView),
    };
  }
}
