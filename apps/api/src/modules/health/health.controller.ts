import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Pool } from 'pg';
import { KordonError } from '@kordon/contracts';
import { Public } from '../../common/scopes.decorator';
import { PG_POOL } from '../../infrastructure/tokens';

@ApiTags('health')
@Controller('api/v1/health')
export class HealthController {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  @Public()
  @Get()
  @ApiOkResponse({ description: 'The API is up and the database answers.' })
  async health(): Promise<{ status: 'ok'; database: 'up' }> {
    try {
      await this.pool.query('SELECT 1');
    } catch {
      throw new KordonError('unavailable', 'the database is not reachable');
    }
    return { status: 'ok', database: 'up' };
  }
}
