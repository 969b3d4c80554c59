import { Gauge, type Registry } from 'prom-client';

import type { SnapshotQueue } from '../queue/snapshot-queue';
import type { SnapshotsRepository } from '../repositories/snapshots.repository';

export interface QueueSources {
  queueDepth(): Promise<number>;
  snapshotsByStatus(): Promise<Record<string, number>>;
}

/** The sources the API and the worker both read. */
export function queueSourcesOf(queue: SnapshotQueue, snapshots: SnapshotsRepository): QueueSources {
  return {
    queueDepth: () => queue.depth(),
    snapshotsByStatus: () => snapshots.countByStatus(),
  };
}

/**
 * Gauges read from the database at scrape time: analysis jobs waiting and
 * snapshots by status. A database that does not answer leaves them unset
 * instead of failing the scrape.
 */
export function registerQueueGauges(registry: Registry, sources: QueueSources): void {
  new Gauge({
    name: 'kordon_queue_depth',
    help: 'Analysis jobs waiting to run.',
    registers: [registry],
    async collect() {
      const depth = await sources.queueDepth().catch(() => null);
      if (depth !== null) this.set(depth);
    },
  });
  new Gauge({
    name: 'kordon_snapshots',
    help: 'Snapshots by status.',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const counts = await sources.snapshotsByStatus().catch(() => null);
      if (counts === null) return;
      this.reset();
      for (const [status, n] of Object.entries(counts)) this.set({ status }, n);
    },
  });
}
