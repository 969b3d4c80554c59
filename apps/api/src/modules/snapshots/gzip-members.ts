import { gzipSync } from 'node:zlib';

const MEMBER_BYTES = 4 * 1024 * 1024;

/**
 * Turns the sanitized NDJSON that Kordon keeps into gzip members of ~4 MiB of
 * text each (a concatenation of gzip members is a valid gzip stream), so the
 * stored body is compact and written in bounded chunks.
 */
export async function* gzipMembers(texts: AsyncIterable<string>): AsyncGenerator<Buffer> {
  let pending: string[] = [];
  let pendingLength = 0;
  for await (const text of texts) {
    pending.push(text);
    pendingLength += text.length;
    if (pendingLength >= MEMBER_BYTES) {
      yield gzipSync(pending.join(''), { level: 1 });
      pending = [];
      pendingLength = 0;
    }
  }
  if (pendingLength > 0) yield gzipSync(pending.join(''), { level: 1 });
}
