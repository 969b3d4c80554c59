import { DocumentSnapshot } from './document-snapshot';
import { gunzipIfNeeded } from './gunzip-if-needed';
import { JsonObjectScanner } from './json-object-scanner';
import { KordonError } from './kordon-error';
import { NdjsonSnapshotBody } from './ndjson-snapshot-body';
import { SharedPodSpecs } from './shared-pod-specs';
import {
  DEFAULT_MAX_OBJECT_BYTES,
  type ReadSnapshotOptions,
  type SnapshotEvent,
} from './snapshot-event';

function assertOnlyWhitespace(bytes: Uint8Array): void {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) {
      throw new KordonError('invalid_snapshot', 'unexpected content after the JSON document');
    }
  }
}

/** Feeds the top-level object's scanner; once it closes, decides NDJSON or document. */
class SnapshotParser {
  private readonly scanner: JsonObjectScanner;
  private readonly document = new DocumentSnapshot();
  private body: NdjsonSnapshotBody | null = null;
  private closed = false;

  private readonly maxObjectBytes: number;

  constructor(private readonly options: ReadSnapshotOptions) {
    this.maxObjectBytes = options.maxObjectBytes ?? DEFAULT_MAX_OBJECT_BYTES;
    this.scanner = new JsonObjectScanner(this.maxObjectBytes);
  }

  push(chunk: Uint8Array): SnapshotEvent[] {
    if (this.body !== null) return this.body.push(chunk);
    if (this.closed) {
      assertOnlyWhitespace(chunk);
      return [];
    }
    const { events: scanned, end } = this.scanner.push(chunk);
    const events: SnapshotEvent[] = [];
    for (const event of scanned) {
      const out = this.document.handle(event);
      if (out !== null) events.push(out);
    }
    if (this.scanner.done) events.push(...this.close(chunk.subarray(end)));
    return events;
  }

  finish(): SnapshotEvent[] {
    if (this.body !== null) return this.body.finish();
    if (!this.closed) this.scanner.finish();
    return [{ type: 'end', objects: this.scanner.items }];
  }

  private close(rest: Uint8Array): SnapshotEvent[] {
    const closing = this.document.close(this.scanner.items);
    if (closing.type !== 'header') {
      this.closed = true;
      assertOnlyWhitespace(rest);
      return [];
    }
    this.body = new NdjsonSnapshotBody(
      1 + this.scanner.newlines,
      this.maxObjectBytes,
      sharedPodSpecs(this.options.sharePodSpecs),
    );
    return [closing, ...this.body.push(rest)];
  }
}

function sharedPodSpecs(option: ReadSnapshotOptions['sharePodSpecs']): SharedPodSpecs | null {
  if (option === undefined || option === false) return null;
  return new SharedPodSpecs(option === true ? undefined : option.recentOwners);
}

/**
 * Streams a snapshot: gzip or plain; NDJSON (header line, objects, end line),
 * a header document with an `items` array, or a plain Kubernetes List. Yields
 * the header, each structurally validated object, then the end. Never holds
 * more than one object (plus one chunk) in memory. Errors are KordonErrors
 * naming the line or item: `invalid_snapshot`, `snapshot_truncated`,
 * `payload_too_large` (an object above `maxObjectBytes`).
 */
export async function* readSnapshot(
  source: AsyncIterable<Uint8Array>,
  options: ReadSnapshotOptions = {},
): AsyncGenerator<SnapshotEvent> {
  const parser = new SnapshotParser(options);
  for await (const chunk of gunzipIfNeeded(source)) {
    yield* parser.push(chunk);
  }
  yield* parser.finish();
}
