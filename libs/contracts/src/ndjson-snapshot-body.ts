import { KordonError } from './kordon-error';
import { decodeUtf8, concatBytes, parseJsonText } from './json-bytes';
import { assertJsonDepth } from './json-depth';
import { SNAPSHOT_END_KIND, snapshotEndSchema } from './snapshot-end';
import type { SharedPodSpecs } from './shared-pod-specs';
import type { SnapshotEvent } from './snapshot-event';
import { isRecord } from './structural-checks';
import { assertSnapshotObject } from './validate-snapshot-object';

function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return false;
  }
  return true;
}

/**
 * The lines after an NDJSON header: split incrementally at the byte level
 * (a line is decoded only once complete, so UTF-8 split across chunks is
 * safe), one JSON.parse per line, up to the `ClusterSnapshotEnd` line.
 */
export class NdjsonSnapshotBody {
  private parts: Uint8Array[] = [];
  private partBytes = 0;
  private count = 0;
  private endLine = 0;
  private headerTail = true;

  /**
   * `line` is the header's last line: the first bytes pushed are the rest of it.
   * `shared`: read pods with shared specs (see `SharedPodSpecs`).
   */
  constructor(
    private line: number,
    private readonly maxObjectBytes: number,
    private readonly shared: SharedPodSpecs | null = null,
  ) {}

  push(chunk: Uint8Array): SnapshotEvent[] {
    const events: SnapshotEvent[] = [];
    let start = 0;
    for (;;) {
      if (this.parts.length === 0 && !this.headerTail) start = this.skipBlankLines(chunk, start);
      const nl = chunk.indexOf(0x0a, start);
      if (nl === -1) break;
      const piece = chunk.subarray(start, nl);
      const bytes = this.parts.length === 0 ? piece : concatBytes(this.parts, piece);
      this.parts = [];
      this.partBytes = 0;
      this.take(bytes, events);
      start = nl + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      this.parts.push(rest);
      this.partBytes += rest.length;
      if (this.partBytes > this.maxObjectBytes)
        this.tooLarge(this.headerTail ? this.line : this.line + 1);
    }
    return events;
  }

  /**
   * Runs of blank lines cost one tight loop over their bytes (no per-line
   * work): returns where the next non-blank line starts, counting lines.
   */
  private skipBlankLines(chunk: Uint8Array, from: number): number {
    let lineStart = from;
    let lines = 0;
    const n = chunk.length;
    let i = from;
    // whole words of newlines first (the common padding), then byte by byte
    if (chunk.byteOffset % 4 === 0) {
      const words = new Uint32Array(chunk.buffer, chunk.byteOffset, n >>> 2);
      let w = (i + 3) >>> 2;
      while (i < w * 4 && chunk[i] === 0x0a) {
        i++;
        lines++;
      }
      if (i === w * 4) {
        while (w < words.length && words[w] === 0x0a0a0a0a) w++;
        lines += w * 4 - i;
        i = w * 4;
      }
      lineStart = i === from ? from : i;
    }
    for (; i < n; i++) {
      const b = chunk[i];
      if (b === 0x0a) {
        lines++;
        lineStart = i + 1;
      } else if (b !== 0x20 && b !== 0x0d && b !== 0x09) break;
    }
    this.line += lines;
    return lineStart;
  }

  /** At end of input: the last unterminated line, then the end line must have been seen. */
  finish(): SnapshotEvent[] {
    const events: SnapshotEvent[] = [];
    if (this.parts.length > 0) this.take(concatBytes(this.parts), events);
    this.parts = [];
    if (this.endLine === 0) {
      throw new KordonError(
        'snapshot_truncated',
        `snapshot is truncated: no ${SNAPSHOT_END_KIND} line after ${this.count} objects (last line ${this.line})`,
      );
    }
    events.push({ type: 'end', objects: this.count });
    return events;
  }

  private tooLarge(line: number): never {
    const where = `line ${line}`;
    const problem = `exceeds ${this.maxObjectBytes} bytes`;
    throw new KordonError('payload_too_large', `${where}: ${problem}`, [{ path: where, problem }]);
  }

  private take(bytes: Uint8Array, events: SnapshotEvent[]): void {
    const headerTail = this.headerTail;
    this.headerTail = false;
    if (headerTail) {
      if (!isBlank(bytes))
        this.fail(this.line, 'unexpected content after the header on the same line');
      return;
    }
    const line = ++this.line;
    if (bytes.length > this.maxObjectBytes) this.tooLarge(line);
    if (isBlank(bytes)) return;
    if (this.endLine !== 0)
      this.fail(line, `content after the ${SNAPSHOT_END_KIND} line (line ${this.endLine})`);
    const where = `line ${line}`;
    assertJsonDepth(bytes, where);
    const text = decodeUtf8(bytes, where);
    const value = this.shared?.parse(text) ?? parseJsonText(text, where);
    if (isRecord(value) && value.kind === SNAPSHOT_END_KIND) return this.end(value, line);
    if (isRecord(value) && value.kind === 'ClusterSnapshot')
      this.fail(line, 'a second ClusterSnapshot header');
    assertSnapshotObject(value, where);
    events.push({ type: 'object', object: value, line, index: this.count++ });
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
