import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { KordonError } from './kordon-error';

const GZIP_MAGIC_0 = 0x1f;
const GZIP_MAGIC_1 = 0x8b;
/** Inflated bytes per chunk: 16× zlib's default, so each chunk's trip through the streams costs little. */
const INFLATE_CHUNK_BYTES = 256 * 1024;

async function* prepend(
  first: Uint8Array,
  rest: AsyncIterator<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done === true) return;
    yield next.value;
  }
}

function gunzipError(error: unknown): KordonError {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'Z_BUF_ERROR') {
    return new KordonError('snapshot_truncated', `gzip stream is truncated (${message})`, [], {
      cause: error,
    });
  }
  return new KordonError('invalid_snapshot', `not a valid gzip stream (${message})`, [], {
    cause: error,
  });
}

async function* gunzip(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const input = Readable.from(source, { objectMode: false });
  const inflater = createGunzip({ chunkSize: INFLATE_CHUNK_BYTES });
  input.on('error', (error) => inflater.destroy(error));
  input.pipe(inflater);
  try {
    for await (const chunk of inflater) yield chunk as Uint8Array;
  } catch (error) {
    if (error instanceof KordonError) throw error;
    if ((error as { code?: unknown } | null)?.code?.toString().startsWith('Z_') === true)
      throw gunzipError(error);
    throw error;
  } finally {
    input.destroy();
    inflater.destroy();
  }
}

/**
 * The inflated bytes, refusing a gzip stream inside the gzip stream: nested
 * compression only multiplies what a small upload can expand to.
 */
async function* refuseNestedGzip(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let head: Uint8Array | null = new Uint8Array(0);
  for await (const chunk of source) {
    if (head === null) {
      yield chunk;
      continue;
    }
    head = head.length === 0 ? chunk : Buffer.concat([head, chunk]);
    if (head.length < 2) continue;
    if (head[0] === GZIP_MAGIC_0 && head[1] === GZIP_MAGIC_1) {
      const problem = 'compressed inside compressed: compress the snapshot once';
      throw new KordonError('invalid_snapshot', `body: ${problem}`, [{ path: 'body', problem }]);
    }
    yield head;
    head = null;
  }
  if (head !== null && head.length > 0) yield head;
}

/**
 * Passes the bytes through, inflating them when they start with the gzip
 * magic bytes (1f 8b). Streams: memory stays at one chunk either way.
 */
export async function* gunzipIfNeeded(
  source: AsyncIterable<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  let head: Uint8Array = new Uint8Array(0);
  while (head.length < 2) {
    const next = await iterator.next();
    if (next.done === true) break;
    head = head.length === 0 ? next.value : Buffer.concat([head, next.value]);
  }
  if (head.length === 0) return;
  const stream = prepend(head, iterator);
  if (head[0] === GZIP_MAGIC_0 && head[1] === GZIP_MAGIC_1) yield* refuseNestedGzip(gunzip(stream));
  else yield* stream;
}
