import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const READ_CHUNK_BYTES = 1024 * 1024;

/**
 * An upload's bytes as received, in a private temporary file: the request is
 * read (and validated) into it before any database connection is taken, so a
 * slow or stalled client holds a file, never a connection or a transaction.
 */
export class UploadSpool {
  bytes = 0;

  private constructor(
    private readonly dir: string,
    private readonly file: string,
    private readonly handle: FileHandle,
  ) {}

  static async create(parent: string = tmpdir()): Promise<UploadSpool> {
    const dir = await mkdtemp(path.join(parent, 'kordon-upload-'));
    const file = path.join(dir, 'body');
    const handle = await open(file, 'wx', 0o600);
    return new UploadSpool(dir, file, handle);
  }

  async write(chunk: Uint8Array): Promise<void> {
    await this.handle.write(chunk);
    this.bytes += chunk.byteLength;
  }

  /** The bytes back in ~1 MiB chunks (the size stored per `snapshot_chunk` row). */
  async *read(): AsyncGenerator<Buffer> {
    await this.handle.sync().catch(() => undefined);
    const stream = createReadStream(this.file, { highWaterMark: READ_CHUNK_BYTES });
    for await (const chunk of stream) yield chunk as Buffer;
  }

  async remove(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }
}
