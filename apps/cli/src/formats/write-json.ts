/**
 * An array written in place of the value at a path (`namespaceMatrix.pairs`):
 * item by item from an iterable, or by a function that writes the array's
 * exact `JSON.stringify(array, null, 2)` text itself at `indent`.
 */
export type LazyArray =
  | (() => Iterable<unknown>)
  | { writeText: (indent: string, write: (text: string) => void) => void };
export type LazyArrays = ReadonlyMap<string, LazyArray>;

const CHUNK_CHARS = 1 << 20;

class Chunks {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly write: (text: string) => void) {}
  push(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_CHARS) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    this.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

function leaf(value: unknown, indent: string): string {
  const text = JSON.stringify(
    value === undefined || typeof value === 'function' ? null : value,
    null,
    2,
  );
  // JSON strings never hold a raw newline, so every newline is structure.
  return indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  );
}

/** Items stringified per batch: one native call each, no per-item re-indenting. */
const ITEMS_PER_BATCH = 512;

/**
 * `items` as the lines of `JSON.stringify(array, null, 2)` at `indent`, without
 * the brackets: the batch is nested in as many arrays as the indent is deep, so
 * the native stringify indents every line itself, and the wrapping is cut off.
 */
function batchText(batch: unknown[], indent: string): string {
  const levels = indent.length >> 1;
  let value: unknown = batch;
  for (let i = 0; i < levels; i++) value = [value];
  const text = JSON.stringify(value, null, 2);
  // Each of the levels + 1 brackets takes `[` + newline + its indent at the start, as much at the end.
  const cut = (levels + 1) * (levels + 2);
  return text.slice(cut, text.length - cut);
}

function writeItems(items: Iterable<unknown>, indent: string, out: Chunks): void {
  let batch: unknown[] = [];
  let first = true;
  const flush = (): void => {
    out.push(first ? '[\n' : ',\n');
    out.push(batchText(batch, indent));
    first = false;
    batch = [];
  };
  for (const item of items) {
    batch.push(item === undefined || typeof item === 'function' ? null : item);
    if (batch.length >= ITEMS_PER_BATCH) flush();
  }
  if (batch.length > 0) flush();
  out.push(first ? '[]' : `\n${indent}]`);
}

function writeValue(
  value: unknown,
  path: string,
  indent: string,
  depth: number,
  out: Chunks,
  lazy: LazyArrays,
): void {
  const lazyArray = lazy.get(path);
  if (typeof lazyArray === 'function') return writeItems(lazyArray(), indent, out);
  if (lazyArray) return lazyArray.writeText(indent, (text) => out.push(text));
  if (Array.isArray(value) && depth <= 2) return writeItems(value, indent, out);
  if (!isPlainObject(value) || depth >= 2) return out.push(leaf(value, indent));
  const entries = Object.entries(value).filter(
    ([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol',
  );
  if (entries.length === 0) return out.push('{}');
  const inner = `${indent}  `;
  entries.forEach(([key, v], i) => {
    out.push(`${i === 0 ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
    writeValue(v, path === '' ? key : `${path}.${key}`, inner, depth + 1, out, lazy);
  });
  out.push(`\n${indent}}`);
}

/**
 * Writes exactly `JSON.stringify(value, null, 2) + '\n'` in ~1 MB pieces: a
 * report with 100,000s of findings (or millions of namespace pairs, `lazy`)
 * never becomes one giant string.
 */
export function writeJson(
  value: unknown,
  write: (text: string) => void,
  lazy: LazyArrays = new Map(),
): void {
  const out = new Chunks(write);
  writeValue(value, '', '', 0, out, lazy);
  out.push('\n');
  out.flush();
}
