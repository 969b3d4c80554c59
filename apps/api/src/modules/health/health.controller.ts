import { Controller, Inject } from '@nestjs/common';
import type { Pool } from 'pg';
import { KordonError, type HealthResponse } from '@kordon/contracts';
import { Route } from '../../openapi/route.decorator';
import { HEALTH_ROUTES } from './health.routes';
import { PG_POOL } from '../../infrastructure/tokens';

@Controller()
export class HealthController {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  @Route(HEALTH_ROUTES.health)
  async health(): Promise<HealthResponse> {
    try {
      await this.pool.query('SELECT 1');
    } catch {
      throw new KordonError('unavailable', 'the database is not reachable');
    }
    return { status: 'ok', database: 'up' };
  }
}
