import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { KordonError, type ErrorCode } from '@kordon/contracts';
import type { KubeObject } from '@kordon/engine';
import type { ObjectSink } from './input-source';
import { NO_SPEC_REF, type ObjectBatch, type WorkerMessage } from './snapshot-worker-protocol';

/** The compiled worker; absent when the CLI runs from TypeScript (tests), which read in-process. */
const WORKER_FILE = path.join(__dirname, 'snapshot-worker.js');

/** True when snapshot files can be read on a worker thread. */
export function snapshotWorkerAvailable(): boolean {
  return __filename.endsWith('.js') && existsSync(WORKER_FILE);
}

function toError(message: Extract<WorkerMessage, { type: 'error' }>): Error {
  if (message.kordon) return new KordonError(message.kordon.code as ErrorCode, message.message, message.kordon.details);
  const error = new Error(message.message) as Error & { code?: string };
  if (message.errno !== null) error.code = message.errno;
  return error;
}

/** Hands a batch's objects to the sink, putting shared pod specs back in place. */
function deliver(batch: ObjectBatch, specs: unknown[], file: string, sink: ObjectSink): void {
  for (let i = 0; i < batch.objects.length; i++) {
    const object = batch.objects[i] as KubeObject;
    const ref = batch.specRefs[i] ?? NO_SPEC_REF;
    if (ref !== NO_SPEC_REF) {
      if (object.spec === undefined) object.spec = specs[ref];
      else specs[ref] = object.spec;
    }
    sink.add(object, { file, line: batch.lines[i] ?? 0 });
  }
}

/**
 * Reads a snapshot file on a worker thread (`snapshot-worker.ts`) and feeds
 * its objects to `sink` as batches arrive: the same objects, lines and errors
 * as `readSnapshot` in-process, with the parsing on the second core.
 */
export function readSnapshotInWorker(file: string, display: string, sink: ObjectSink): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: { file } });
    const specs: unknown[] = [];
    let settled = false;
    const settle = (error: Error | null): void => {
      if (settled) return;
      settled = true;
      if (error) {
        void worker.terminate();
        reject(error);
      } else resolve();
    };
    worker.on('message', (message: WorkerMessage) => {
      try {
        if (message.type === 'header') sink.begin(message.kubernetesVersion);
        else if (message.type === 'objects') deliver(message, specs, display, sink);
        else settle(message.type === 'done' ? null : toError(message));
      } catch (error) {
        settle(error instanceof Error ? error : new Error(String(error)));
      }
    });
    worker.on('error', (error) => settle(error));
    worker.on('exit', (code) => settle(new Error(`the snapshot reader stopped (exit ${code})`)));
  });
}
