/**
 * A reader thread (see `WorkerLineReader`): decodes, parses and validates
 * NDJSON lines with shared pod specs, reduces objects to what the analyzer
 * reads, and sends each distinct pod spec to the reader once.
 */
import { parentPort } from 'node:worker_threads';
import { readNdjsonLine, SharedPodSpecs } from '@kordon/contracts';
import { analysisView, type KubeObject } from '@kordon/engine';
import type { BatchMessage, LinesMessage, WireLine } from './line-messages';

const shared = new SharedPodSpecs();
const specIds = new WeakMap<object, number>();
let nextSpec = 0;

function read(batch: BatchMessage): LinesMessage {
  const lines: WireLine[] = [];
  const specs: [number, unknown][] = [];
  let start = 0;
  batch.ends.forEach((end, i) => {
    const line = readNdjsonLine(batch.bytes.subarray(start, end), batch.firstLine + i, shared);
    start = end;
    if (line.type !== 'object') {
      lines.push(line);
      return;
    }
    const view = analysisView(line.object as KubeObject);
    const spec = view.spec;
    if (view.kind !== 'Pod' || typeof spec !== 'object' || spec === null) {
      lines.push({ type: 'object', object: view as typeof line.object });
      return;
    }
    let id = specIds.get(spec);
    if (id === undefined) {
      id = nextSpec++;
      specIds.set(spec, id);
      specs.push([id, spec]);
    }
    const { spec: _sent, ...rest } = view;
    lines.push({ type: 'pod', object: rest, spec: id });
  });
  return { id: batch.id, lines, specs };
}

// One JSON string per batch: copying a string between threads is a memcpy,
// and JSON.parse on the reader's side is several times cheaper than the
// structured clone of the same objects.
parentPort?.on('message', (batch: BatchMessage) => {
  parentPort?.postMessage(JSON.stringify(read(batch)));
});
