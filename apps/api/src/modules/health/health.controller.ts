import { Controller, Inject } from '@nestjs/common';
import type { Database } from '@kordon/db';
import { KordonError, type HealthResponse } from '@kordon/contracts';
import { Route } from '../../openapi/route.decorator';
import { HEALTH_ROUTES } from './health.routes';
import { DATABASE } from '../../infrastructure/tokens';

const READY_TIMEOUT_MS = 2000;

@Controller()
export class HealthController {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  @Route(HEALTH_ROUTES.health)
  async health(): Promise<HealthResponse> {
    try {
      await this.db.ping();
    } catch {
      throw new KordonError('unavailable', 'the database is not reachable');
    }
    return { status: 'ok', database: 'up' };
  }

  /** Readiness: 503 while the database does not answer within READY_TIMEOUT_MS (a load balancer's cue). */
  @Route(HEALTH_ROUTES.ready)
  async ready(): Promise<HealthResponse> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), READY_TIMEOUT_MS);
    });
    const answered = this.db.ping().then(
      () => 'up' as const,
      () => 'down' as const,
    );
    const outcome = await Promise.race([answered, timeout]);
    clearTimeout(timer);
    if (outcome !== 'up')
      throw new KordonError('unavailable', 'not ready: the database is not reachable');
    return { status: 'ok', database: 'up' };
  }
}
