import { Inject, Injectable } from '@nestjs/common';
import { KordonError } from '@kordon/contracts';
import { SnapshotQueue, SnapshotsRepository, type Database } from '@kordon/db';
import { DATABASE } from '../../infrastructure/tokens';

/**
 * Queues a stored snapshot for another analysis (e.g. after an engine upgrade).
 * The raw body stays; the worker recomputes posture rows and applies the
 * lifecycle only if the snapshot is still the cluster's newest (re-applying the
 * same findings changes nothing, so nothing is applied twice).
 */
@Injectable()
export class SnapshotReanalysisService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly snapshots: SnapshotsRepository,
    private readonly queue: SnapshotQueue,
  ) {}

  async reanalyze(id: string): Promise<{ snapshotId: string; status: 'queued' }> {
    return this.db.transaction(async (tx) => {
      const refused = await this.snapshots.resetForReanalysis(tx, id);
      if (refused) throw refusal(id, refused);
      await this.queue.enqueueInTransaction(tx, { snapshotId: id });
      return { snapshotId: id, status: 'queued' as const };
    });
  }
}

function refusal(id: string, reason: 'not_found' | 'busy' | 'raw_purged'): KordonError {
  if (reason === 'not_found')
    return new KordonError('not_found', `no snapshot with id "${id}"`, [
      { path: 'params.id', problem: 'unknown snapshot' },
    ]);
  if (reason === 'busy')
    return new KordonError('conflict', `snapshot ${id} is already queued or being analyzed`);
  return new KordonError(
    'conflict',
    `the raw body of snapshot ${id} was deleted by retention; it cannot be analyzed again`,
  );
}
