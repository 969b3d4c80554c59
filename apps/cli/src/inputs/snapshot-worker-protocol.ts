import type { ErrorDetail } from '@kordon/contracts';
import type { KubeObject } from '@kordon/engine';

/** No shared spec: the object carries its own (or has none). */
export const NO_SPEC_REF = -1;

/**
 * A batch of compact objects. `specRefs[i]` is `NO_SPEC_REF`, or the id of a
 * shared pod spec: carried by the first object that uses it, left out of the
 * objects that repeat it (the main thread puts the shared object back).
 */
export interface ObjectBatch {
  type: 'objects';
  objects: KubeObject[];
  lines: number[];
  specRefs: number[];
}

/** What the snapshot worker posts to the main thread, in order. */
export type WorkerMessage =
  | { type: 'header'; kubernetesVersion: string | null }
  | ObjectBatch
  | { type: 'done' }
  | { type: 'error'; kordon: { code: string; details: ErrorDetail[] } | null; message: string; errno: string | null };
