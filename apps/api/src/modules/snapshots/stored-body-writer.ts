import { gzipSync } from 'node:zlib';

const MEMBER_BYTES = 4 * 1024 * 1024;

/**
 * Collects the sanitized NDJSON that Kordon keeps and hands it out as gzip
 * members of ~4 MiB of text each (a concatenation of gzip members is a valid
 * gzip stream), so the stored body is compact and written in bounded chunks.
 */
export class StoredBodyWriter {
  private pending: string[] = [];
  private pendingLength = 0;
  bytesWritten = 0;

  constructor(private readonly flush: (chunk: Buffer) => Promise<void>) {}

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= MEMBER_BYTES) await this.drain();
  }

  async close(): Promise<void> {
    await this.drain();
  }

  private async drain(): Promise<void> {
    if (this.pendingLength === 0) return;
    const member = gzipSync(this.pending.join(''), { level: 1 });
    this.pending = [];
    this.pendingLength = 0;
    this.bytesWritten += member.length;
    await this.flush(member);
  }
}
