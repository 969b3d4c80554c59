import type { NdjsonLine } from '@kordon/contracts';

/** Reader → worker: a batch of complete NDJSON lines (see `NdjsonBatch`). */
export interface BatchMessage {
  id: number;
  bytes: Uint8Array;
  ends: number[];
  firstLine: number;
}

/**
 * A line as it crosses back: objects are analysis views, and a pod's spec is
 * `spec`, the number of a spec sent earlier (or in the same message) by the
 * same worker, so that pods sharing a spec do not copy it again.
 */
export type WireLine = NdjsonLine | { type: 'pod'; object: Record<string, unknown>; spec: number };

/** Worker → reader: the batch's lines in order, and the specs first referenced in it. */
export interface LinesMessage {
  id: number;
  lines: WireLine[];
  specs: [number, unknown][];
}
