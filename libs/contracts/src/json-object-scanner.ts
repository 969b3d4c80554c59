import { KordonError } from './kordon-error';
import { concatBytes, decodeUtf8, parseJsonText } from './json-bytes';
import { MAX_JSON_DEPTH, tooDeep } from './json-depth';

/** What the scanner found in the top-level object, in input order. */
export type ScanEvent =
  | { type: 'field'; key: string; value: unknown }
  | { type: 'items-start' }
  | { type: 'item'; value: unknown; index: number }
  | { type: 'items-end'; count: number };

const BEFORE = 0;
const KEY_OR_CLOSE = 1;
const KEY_START = 2;
const KEY = 3;
const COLON = 4;
const VALUE_START = 5;
const VALUE = 6;
const ITEM_OR_CLOSE = 7;
const ITEM_START = 8;
const ITEM = 9;
const AFTER_ITEMS = 10;
const DONE = 11;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

const RUNS_ON = -1;
const ENDS_ESCAPED = -2;

/**
 * Inside a string at `i` (not right after a backslash): the index of its
 * closing quote; RUNS_ON when it continues past the chunk, ENDS_ESCAPED when
 * it does so with a pending backslash. Jumps between quotes with indexOf.
 */
function findStringEnd(chunk: Uint8Array, from: number): number {
  let i = from;
  for (;;) {
    const q = chunk.indexOf(QUOTE, i);
    const stop = q === -1 ? chunk.length : q;
    let k = stop - 1;
    while (k >= i && chunk[k] === BACKSLASH) k--;
    const escapedStop = (stop - 1 - k) % 2 === 1;
    if (q === -1) return escapedStop ? ENDS_ESCAPED : RUNS_ON;
    if (!escapedStop) return q;
    i = q + 1;
  }
}

/**
 * A byte-level scanner over one top-level JSON object that never holds more
 * than one member value at a time: each element of a top-level `items` array
 * is parsed on its own, every other member whole. Tracks string/escape state
 * and nesting depth; UTF-8 split across chunks is harmless because only
 * complete values are decoded.
 */
export class JsonObjectScanner {
  /** Newlines consumed outside `items` elements (the header's extent in lines). */
  newlines = 0;
  private state = BEFORE;
  private offset = 0;
  private nest = 0;
  private inString = false;
  private escaped = false;
  private parts: Uint8Array[] = [];
  private partBytes = 0;
  private capStart = -1;
  private key = '';
  private itemCount = 0;
  private events: ScanEvent[] = [];

  constructor(private readonly maxValueBytes: number) {}

  /** Elements of `items` seen so far. */
  get items(): number {
    return this.itemCount;
  }

  get done(): boolean {
    return this.state === DONE;
  }

  /** Feeds a chunk; returns the events it completed and, once done, where the object ended in it. */
  push(chunk: Uint8Array): { events: ScanEvent[]; end: number } {
    this.events = [];
    if (this.capStart !== -1) this.capStart = 0;
    let i = 0;
    while (i < chunk.length && this.state !== DONE) {
      if (this.state === ITEM || this.state === VALUE || this.state === KEY)
        i = this.scanCapture(chunk, i);
      else i = this.step(chunk, this.skipWhitespace(chunk, i));
    }
    if (this.capStart !== -1 && this.state !== DONE) this.keepPartial(chunk);
    this.offset += i;
    return { events: this.events, end: i };
  }

  /** Called at end of input: the object must be complete. */
  finish(): void {
    if (this.state === DONE) return;
    const what =
      this.state === BEFORE
        ? 'the input is empty'
        : 'the JSON document ends before its closing brace';
    throw new KordonError(
      this.state === BEFORE ? 'invalid_snapshot' : 'snapshot_truncated',
      `snapshot is truncated: ${what}`,
    );
  }

  private keepPartial(chunk: Uint8Array): void {
    const part = chunk.subarray(this.capStart);
    this.parts.push(part);
    this.partBytes += part.length;
    if (this.partBytes > this.maxValueBytes) this.tooLarge();
  }

  private tooLarge(): never {
    const where = this.state === ITEM ? `items[${this.itemCount}]` : this.key || 'value';
    throw new KordonError('payload_too_large', `${where}: exceeds ${this.maxValueBytes} bytes`, [
      { path: where, problem: `exceeds ${this.maxValueBytes} bytes` },
    ]);
  }

  private syntax(expected: string, at: number): never {
    throw new KordonError(
      'invalid_snapshot',
      `not valid JSON at byte ${this.offset + at}: expected ${expected}`,
    );
  }

  /** Whitespace between tokens costs one tight loop, however much of it there is. */
  private skipWhitespace(chunk: Uint8Array, from: number): number {
    let newlines = 0;
    let i = from;
    for (; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === 0x0a) newlines++;
      else if (b !== 0x20 && b !== 0x0d && b !== 0x09) break;
    }
    this.newlines += newlines;
    return i;
  }

  /** Structural bytes between members and elements (rare: a few per item); the index after. */
  private step(chunk: Uint8Array, i: number): number {
    if (i >= chunk.length) return i;
    this.stepByte(chunk, i);
    return i + 1;
  }

  private stepByte(chunk: Uint8Array, i: number): void {
    const b = chunk[i] as number;
    if (this.isByteOrderMark(b, i)) return;
    switch (this.state) {
      case BEFORE:
        if (b !== 0x7b)
          this.syntax("'{' (a snapshot header, a document with items or a Kubernetes List)", i);
        this.state = KEY_OR_CLOSE;
        return;
      case KEY_OR_CLOSE:
      case KEY_START:
        if (b === 0x7d && this.state === KEY_OR_CLOSE) this.state = DONE;
        else if (b === QUOTE) this.beginCapture(KEY, i, true);
        else this.syntax('a member name', i);
        return;
      case COLON:
        if (b !== 0x3a) this.syntax("':'", i);
        this.state = VALUE_START;
        return;
      case VALUE_START:
        this.startValue(b, i);
        return;
      case ITEM_OR_CLOSE:
      case ITEM_START:
        if (b === 0x5d && this.state === ITEM_OR_CLOSE) this.endItems();
        else this.beginCapture(ITEM, i, b === QUOTE);
        this.nest = b === 0x7b || b === 0x5b ? 1 : 0;
        return;
      case AFTER_ITEMS:
        if (b === COMMA) this.state = KEY_START;
        else if (b === 0x7d) this.state = DONE;
        else this.syntax("',' or '}'", i);
        return;
    }
  }

  private isByteOrderMark(b: number, i: number): boolean {
    const at = this.offset + i;
    return this.state === BEFORE && at < 3 && b === [0xef, 0xbb, 0xbf][at];
  }

  private startValue(b: number, i: number): void {
    if (this.key === 'items' && b === 0x5b) {
      if (this.itemCount > 0) throw new KordonError('invalid_snapshot', 'items: appears twice');
      this.events.push({ type: 'items-start' });
      this.state = ITEM_OR_CLOSE;
      return;
    }
    this.beginCapture(VALUE, i, b === QUOTE);
    this.nest = b === 0x7b || b === 0x5b ? 1 : 0;
  }

  private beginCapture(state: number, i: number, inString: boolean): void {
    this.state = state;
    this.capStart = i;
    this.inString = inString;
    this.escaped = false;
  }

  private endItems(): void {
    this.events.push({ type: 'items-end', count: this.itemCount });
    this.state = AFTER_ITEMS;
  }

  /** The hot loop: runs to the end of the captured value or of the chunk. */
  private scanCapture(chunk: Uint8Array, from: number): number {
    let nest = this.nest;
    let inString = this.inString;
    let escaped = this.escaped;
    const n = chunk.length;
    let i = from;
    while (i < n) {
      if (inString) {
        if (escaped) {
          escaped = false;
          i++;
          continue;
        }
        const end = findStringEnd(chunk, i);
        if (end < 0) {
          escaped = end === ENDS_ESCAPED;
          i = n;
          break;
        }
        inString = false;
        i = end + 1;
        if (this.state === KEY) return this.endKey(chunk, i);
        continue;
      }
      const b = chunk[i] as number;
      if (b === QUOTE) inString = true;
      else if (b === 0x7b || b === 0x5b) {
        if (++nest > MAX_JSON_DEPTH)
          tooDeep(this.state === ITEM ? `items[${this.itemCount}]` : this.key || 'value');
      } else if (b === 0x7d || b === 0x5d) {
        if (nest === 0) return this.endCapture(chunk, i, b);
        nest--;
      } else if (b === COMMA && nest === 0) return this.endCapture(chunk, i, b);
      i++;
    }
    this.nest = nest;
    this.inString = inString;
    this.escaped = escaped;
    return n;
  }

  private captured(chunk: Uint8Array, end: number): Uint8Array {
    const last = chunk.subarray(this.capStart, end);
    const bytes = this.parts.length === 0 ? last : concatBytes(this.parts, last);
    if (this.partBytes + last.length > this.maxValueBytes) this.tooLarge();
    this.parts = [];
    this.partBytes = 0;
    this.capStart = -1;
    return bytes;
  }

  private endKey(chunk: Uint8Array, end: number): number {
    this.key = parseJsonText(
      decodeUtf8(this.captured(chunk, end), 'member name'),
      'member name',
    ) as string;
    this.state = COLON;
    return end;
  }

  private endCapture(chunk: Uint8Array, i: number, b: number): number {
    const bytes = this.captured(chunk, i);
    if (this.state === ITEM) {
      const where = `items[${this.itemCount}]`;
      const value = parseJsonText(decodeUtf8(bytes, where), where);
      this.events.push({ type: 'item', value, index: this.itemCount++ });
      if (b === 0x5d) this.endItems();
      else if (b === COMMA) this.state = ITEM_START;
      else this.syntax("',' or ']'", i);
      return i + 1;
    }
    for (let k = 0; k < bytes.length; k++) if (bytes[k] === 0x0a) this.newlines++;
    const value = parseJsonText(decodeUtf8(bytes, this.key), this.key);
    this.events.push({ type: 'field', key: this.key, value });
    if (b === COMMA) this.state = KEY_START;
    else if (b === 0x7d) this.state = DONE;
    else this.syntax("',' or '}'", i);
    return i + 1;
  }
}
