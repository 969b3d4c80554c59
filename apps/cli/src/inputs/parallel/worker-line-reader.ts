import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { NdjsonBatch, NdjsonLine, NdjsonLineReader, SnapshotObject } from '@kordon/contracts';
import type { BatchMessage, LinesMessage } from './line-messages';

interface Pending {
  resolve: (lines: NdjsonLine[]) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  /** Pod specs this worker has sent, by number. */
  specs: Map<number, unknown>;
  pending: Map<number, Pending>;
}

/** The compiled worker script (tests run from sources: the built one under dist/). */
function workerScript(): string {
  const beside = path.join(__dirname, 'line-worker.js');
  if (existsSync(beside)) return beside;
  return path.resolve(__dirname, '../../../../../dist/apps/cli/src/inputs/parallel/line-worker.js');
}

/**
 * Reads NDJSON batches on worker threads, round-robin, for `readSnapshot`'s
 * `lineReader`: parsing is most of the cost of reading a snapshot, and it
 * spreads over cores. Objects come back as analysis views (`analysisView`):
 * use it only to feed the analyzer. `close()` when done.
 */
export class WorkerLineReader implements NdjsonLineReader {
  private readonly threads: Thread[];
  private next = 0;
  private nextId = 0;
  private failure: Error | null = null;

  constructor(count: number) {
    const script = workerScript();
    this.threads = Array.from({ length: Math.max(1, count) }, () => this.start(script));
  }

  read(batch: NdjsonBatch): Promise<NdjsonLine[]> {
    if (this.failure) return Promise.reject(this.failure);
    const thread = this.threads[this.next++ % this.threads.length] as Thread;
    const id = this.nextId++;
    const message: BatchMessage = { id, ...batch };
    return new Promise<NdjsonLine[]>((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage(message, [batch.bytes.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }

  private start(script: string): Thread {
    const thread: Thread = {
      worker: new Worker(script),
      specs: new Map(),
      pending: new Map(),
    };
    thread.worker.on('message', (message: string) =>
      this.receive(thread, JSON.parse(message) as LinesMessage),
    );
    thread.worker.on('error', (error: Error) => this.fail(thread, error));
    thread.worker.on('exit', (code) => {
      if (thread.pending.size > 0)
        this.fail(thread, new Error(`snapshot reader thread exited (code ${code})`));
    });
    return thread;
  }

  private receive(thread: Thread, message: LinesMessage): void {
    for (const [id, spec] of message.specs) thread.specs.set(id, spec);
    const lines = message.lines.map((line): NdjsonLine => {
      if (line.type !== 'pod') return line;
      const object = { ...line.object, spec: thread.specs.get(line.spec) };
      return { type: 'object', object: object as SnapshotObject };
    });
    const pending = thread.pending.get(message.id);
    thread.pending.delete(message.id);
    pending?.resolve(lines);
  }

  private fail(thread: Thread, error: Error): void {
    this.failure ??= error;
    for (const pending of thread.pending.values()) pending.reject(error);
    thread.pending.clear();
  }
}
