import { readSnapshot } from '../read-snapshot';
import type { ReadSnapshotOptions, SnapshotEvent } from '../snapshot-event';
import type { WireSnapshotHeader } from '../snapshot-header';

export function aHeader(overrides: Partial<WireSnapshotHeader> = {}): WireSnapshotHeader {
  return {
    apiVersion: 'kordon.dev/v1',
    kind: 'ClusterSnapshot',
    cluster: { name: 'prod-eu', kubernetesVersion: 'v1.31.2' },
    collectedAt: '2025-01-31T12:00:00Z',
    collector: { name: 'kordon-collector', version: '0.1.0' },
    coverage: { Pod: 'complete', NetworkPolicy: 'forbidden' },
    ...overrides,
  };
}

export function aPod(name: string, namespace = 'shop', labels: Record<string, string> = { app: name }) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace, labels },
    spec: { containers: [{ name: 'app', image: 'shop/app:1.0' }] },
  };
}

/** Yields `bytes` cut at the given offsets. */
export async function* chunked(bytes: Uint8Array, cuts: number[] = []): AsyncGenerator<Uint8Array> {
  let start = 0;
  for (const cut of cuts) {
    yield bytes.subarray(start, cut);
    start = cut;
  }
  yield bytes.subarray(start);
}

/** Yields `bytes` one chunk of `size` at a time. */
export async function* inChunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

export async function readAll(source: AsyncIterable<Uint8Array>, options?: ReadSnapshotOptions): Promise<SnapshotEvent[]> {
  const events: SnapshotEvent[] = [];
  for await (const event of readSnapshot(source, options)) events.push(event);
  return events;
}

export function bytesOf(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}

/** Reads and returns the thrown error (fails the test when nothing is thrown). */
export async function readError(source: AsyncIterable<Uint8Array>, options?: ReadSnapshotOptions): Promise<unknown> {
  try {
    await readAll(source, options);
  } catch (error) {
    return error;
  }
  throw new Error('expected the snapshot to be rejected');
}
