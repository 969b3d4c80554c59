import { KordonError } from './kordon-error';
import { concatBytes } from './json-bytes';
import { lineError, readNdjsonLine, type NdjsonLine } from './ndjson-line';
import type { SharedPodSpecs } from './shared-pod-specs';
import { SNAPSHOT_END_KIND, snapshotEndSchema } from './snapshot-end';
import type { SnapshotEvent } from './snapshot-event';

function tooLarge(line: number, maxObjectBytes: number): KordonError {
  const where = `line ${line}`;
  const problem = `exceeds ${maxObjectBytes} bytes`;
  return new KordonError('payload_too_large', `${where}: ${problem}`, [{ path: where, problem }]);
}

function tooLargeLine(line: number, maxObjectBytes: number): NdjsonLine {
  const error = tooLarge(line, maxObjectBytes);
  return { type: 'invalid', code: error.code, message: error.message, details: error.details };
}

/**
 * The lines after an NDJSON header: split incrementally at the byte level
 * (a line is decoded only once complete, so UTF-8 split across chunks is
 * safe), one JSON.parse per line, up to the `ClusterSnapshotEnd` line.
 */
export class NdjsonSnapshotBody {
  private parts: Uint8Array[] = [];
  private partBytes = 0;
  /** Last line handed on (split); the first one is the rest of the header's line. */
  private splitLine: number;
  private count = 0;
  private endLine = 0;
  private headerTail = true;
  private tailSplit = false;

  /** `line` is the header's last line: the first bytes pushed are the rest of it. */
  constructor(
    private line: number,
    private readonly maxObjectBytes: number,
    private readonly shared: SharedPodSpecs | null = null,
  ) {
    this.splitLine = line - 1;
  }

  /** The events of the lines completed by `chunk`. */
  push(chunk: Uint8Array): SnapshotEvent[] {
    const events: SnapshotEvent[] = [];
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      if (nl === -1) break;
      const piece = chunk.subarray(start, nl);
      const bytes = this.parts.length === 0 ? piece : concatBytes(this.parts, piece);
      this.parts = [];
      this.partBytes = 0;
      this.split(bytes, events);
      start = nl + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      this.parts.push(rest);
      this.partBytes += rest.length;
      if (this.partBytes > this.maxObjectBytes)
        throw tooLarge(this.splitLine + 1, this.maxObjectBytes);
    }
    return events;
  }

  /** At end of input: the last unterminated line, then the end line must have been seen. */
  finish(): SnapshotEvent[] {
    const events: SnapshotEvent[] = [];
    if (this.parts.length > 0) this.split(concatBytes(this.parts), events);
    this.parts = [];
    return [...events, ...this.close()];
  }

  private close(): SnapshotEvent[] {
    if (this.endLine === 0) {
      throw new KordonError(
        'snapshot_truncated',
        `snapshot is truncated: no ${SNAPSHOT_END_KIND} line after ${this.count} objects (last line ${this.line})`,
      );
    }
    return [{ type: 'end', objects: this.count }];
  }

  private split(bytes: Uint8Array, events: SnapshotEvent[]): void {
    const line = ++this.splitLine;
    const first = !this.tailSplit;
    this.tailSplit = true;
    const read = first
      ? headerTailLine(bytes)
      : bytes.length > this.maxObjectBytes
        ? tooLargeLine(line, this.maxObjectBytes)
        : readNdjsonLine(bytes, line, this.shared);
    this.accept(read, events);
  }

  /** Takes the next line's reading, in line order. */
  private accept(read: NdjsonLine, events: SnapshotEvent[]): void {
    const headerTail = this.headerTail;
    this.headerTail = false;
    if (headerTail) {
      if (read.type !== 'blank')
        this.fail(this.line, 'unexpected content after the header on the same line');
      return;
    }
    const line = ++this.line;
    if (read.type === 'invalid' && read.code === 'payload_too_large') throw lineError(read);
    if (read.type === 'blank') return;
    if (this.endLine !== 0)
      this.fail(line, `content after the ${SNAPSHOT_END_KIND} line (line ${this.endLine})`);
    if (read.type === 'invalid') throw lineError(read);
    if (read.type === 'end') return this.end(read.value, line);
    if (read.type === 'header') this.fail(line, 'a second ClusterSnapshot header');
    events.push({ type: 'object', object: read.object, line, index: this.count++ });
  }

  private end(value: unknown, line: number): void {
    const parsed = snapshotEndSchema.safeParse(value);
    if (!parsed.success)
      this.fail(line, 'objects: expected a non-negative integer', 'snapshot_truncated');
    if (parsed.data.objects !== this.count) {
      this.fail(
        line,
        `${SNAPSHOT_END_KIND} counts ${parsed.data.objects} objects, but ${this.count} were read`,
        'snapshot_truncated',
      );
    }
    this.endLine = line;
  }

  private fail(
    line: number,
    problem: string,
    code: 'invalid_snapshot' | 'snapshot_truncated' = 'invalid_snapshot',
  ): never {
    const path = `line ${line}`;
    throw new KordonError(code, `${path}: ${problem}`, [{ path, problem }]);
  }
}

/** The rest of the header's line: only blank is accepted (see `accept`). */
function headerTailLine(bytes: Uint8Array): NdjsonLine {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return { type: 'header' };
  }
  return { type: 'blank' };
}
