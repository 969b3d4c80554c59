import { createHash, type Hash } from 'node:crypto';
import { KordonError } from '@kordon/contracts';

/** Counts bytes flowing through and stops with 413 past `limit`. */
export async function* limitBytes(
  source: AsyncIterable<Uint8Array>,
  limit: number,
  what: string,
  counter: { bytes: number },
): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    counter.bytes += chunk.length;
    if (counter.bytes > limit) {
      throw new KordonError('payload_too_large', `${what} exceeds the limit of ${limit} bytes`, [
        {
          path: 'body',
          problem: `larger than ${limit} bytes (KORDON_MAX_UPLOAD_BYTES / KORDON_MAX_SNAPSHOT_BYTES)`,
        },
      ]);
    }
    yield chunk;
  }
}

/** Hashes bytes flowing through (the idempotency key defaults to the decompressed body's SHA-256). */
export async function* hashBytes(
  source: AsyncIterable<Uint8Array>,
  hash: Hash,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    hash.update(chunk);
    yield chunk;
  }
}

export function sha256(): Hash {
  return createHash('sha256');
}
