const CHUNK_BYTES = 1024 * 1024;

/** Stores request bytes as received, in chunks of about 1 MiB (bounded memory, few rows). */
export class RawChunkWriter {
  private pending: Buffer[] = [];
  private pendingLength = 0;
  chunks = 0;

  constructor(private readonly flush: (chunk: Buffer) => Promise<void>) {}

  async write(bytes: Uint8Array): Promise<void> {
    this.pending.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    this.pendingLength += bytes.byteLength;
    if (this.pendingLength >= CHUNK_BYTES) await this.drain();
  }

  async close(): Promise<void> {
    await this.drain();
  }

  private async drain(): Promise<void> {
    if (this.pendingLength === 0) return;
    const chunk = Buffer.concat(this.pending, this.pendingLength);
    this.pending = [];
    this.pendingLength = 0;
    this.chunks += 1;
    await this.flush(chunk);
  }
}
