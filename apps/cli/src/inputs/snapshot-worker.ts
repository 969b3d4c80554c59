/**
 * The snapshot reader's worker thread (`read-snapshot-in-worker.ts` starts it
 * from the compiled `snapshot-worker.js`): reads one snapshot file — gunzip,
 * lines, JSON.parse, validation — and posts compact objects in batches, so
 * parsing runs on the second core while the main thread analyses.
 */
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { isKordonError, readSnapshot } from '@kordon/contracts';
import type { KubeObject } from '@kordon/engine';
import { SnapshotCompactor } from './snapshot-compactor';
import type { ObjectBatch, WorkerMessage } from './snapshot-worker-protocol';

const BATCH = 1024;

function emptyBatch(): ObjectBatch {
  return { type: 'objects', objects: [], lines: [], specRefs: [] };
}

async function readFile(file: string, post: (message: WorkerMessage) => void): Promise<void> {
  const compactor = new SnapshotCompactor();
  let batch = emptyBatch();
  const flush = (): void => {
    if (batch.objects.length > 0) post(batch);
    batch = emptyBatch();
  };
  try {
    for await (const event of readSnapshot(createReadStream(file))) {
      if (event.type === 'header') post({ type: 'header', kubernetesVersion: event.header.cluster.kubernetesVersion ?? null });
      else if (event.type === 'object') {
        const { object, specRef } = compactor.compact(event.object as KubeObject);
        batch.objects.push(object);
        batch.lines.push(event.line ?? event.index + 1);
        batch.specRefs.push(specRef);
        if (batch.objects.length >= BATCH) flush();
      }
    }
    flush();
    post({ type: 'done' });
  } catch (error) {
    flush();
    post(toErrorMessage(error));
  }
}

function toErrorMessage(error: unknown): WorkerMessage {
  const kordon = isKordonError(error) ? { code: error.code, details: error.details } : null;
  const errno = (error as { code?: unknown } | null)?.code;
  return {
    type: 'error',
    kordon,
    message: error instanceof Error ? error.message : String(error),
    errno: kordon === null && typeof errno === 'string' ? errno : null,
  };
}

const port = parentPort;
if (port) void readFile((workerData as { file: string }).file, (message) => port.postMessage(message));
